package vn.tdkt.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.model.DateQualifier;

/**
 * Dates as plans write them, read on the folded text: "28/8/2025", "ngày 28 tháng 8 năm 2025", "ngày 28-8-2025",
 * "chiều ngày 28/8" (the year is then the plan's own), each with how the plan ties the event to it: "trước ngày" (before),
 * "chậm nhất" (at the latest) or on the day.
 */
final class Dates {
    /** A date found in a text: where (on the folded form), the day, and how the text ties the event to it. */
    record Hit(int start, int end, LocalDate date, DateQualifier qualifier) {
    }

    private static final Pattern WORDS =
            Patterns.compile("\\bngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s+(?:nam\\s+)?(\\d{4}))?");
    private static final Pattern SLASHED =
            Patterns.compile("(?<![\\d/.])(\\d{1,2})\\s?/\\s?(\\d{1,2})(?:\\s?/\\s?(\\d{4}))?(?![\\d/])(?!\\s*(?:ngay|buoi)\\b)");
    private static final Pattern DASHED =
            Patterns.compile("(?<![\\d/.-])(\\d{1,2})[.-](\\d{1,2})[.-](\\d{4})\\b");
    private static final Pattern BEFORE = Patterns.compile("\\btruoc(?:\\s+ngay)?\\s*$");
    private static final Pattern AT_LATEST =
            Patterns.compile("\\b(?:cham nhat|muon nhat|han chot|han cuoi|den het)(?:\\s+(?:la|vao|truoc))?(?:\\s+ngay)?\\s*$");
    /** What may stand before a day written without its year: "ngày 28/8", "trước 19/8", "chậm nhất 20/8". */
    private static final Pattern DAY_WORD = Patterns.compile("\\b(?:ngay|truoc|nhat|het)\\s*$");

    private static final List<Pattern> PATTERNS = List.of(WORDS, DASHED, SLASHED);

    private Dates() {}

    /**
     * The dates of a folded text in order. A date without its year takes {@code year}; with no year known it is not
     * read. A slashed date without a year is read only after "ngày" ("chiều ngày 28/8"), since "1/2" may be a half.
     */
    static List<Hit> find(String folded, Integer year) {
        if (!hasDigit(folded)) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        boolean[] taken = new boolean[folded.length() + 1];
        for (Pattern pattern : PATTERNS) {
            // Each pattern's words or signs: a text without them holds no date of its kind.
            if (pattern == WORDS && !folded.contains("thang") || pattern == SLASHED && folded.indexOf('/') < 0) {
                continue;
            }
            Matcher m = pattern.matcher(folded);
            while (m.find()) {
                if (taken[m.start()]) {
                    continue;
                }
                String before = folded.substring(Math.max(0, m.start() - 30), m.start());
                if (pattern == SLASHED && m.group(3) == null && !DAY_WORD.matcher(before).find()) {
                    continue;
                }
                Integer y = m.group(3) != null ? Integer.valueOf(m.group(3)) : year;
                if (y == null) {
                    continue;
                }
                LocalDate date;
                try {
                    date = LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                } catch (DateTimeException e) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                hits.add(new Hit(m.start(), m.end(), date, qualifier(folded, m.start())));
            }
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** "trước ngày" or "chậm nhất" just before the date, within its clause; else on the day. */
    static DateQualifier qualifier(String folded, int dateStart) {
        int from = Math.max(0, dateStart - 40);
        String before = folded.substring(from, dateStart);
        int clause = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf('.')));
        if (clause >= 0) {
            before = before.substring(clause + 1);
        }
        // "ngày" of "ngày 28 tháng 8" belongs to the date itself.
        if (AT_LATEST.matcher(before).find()) {
            return DateQualifier.NO_LATER_THAN;
        }
        if (BEFORE.matcher(before).find()) {
            return DateQualifier.BEFORE;
        }
        return DateQualifier.ON;
    }
}
