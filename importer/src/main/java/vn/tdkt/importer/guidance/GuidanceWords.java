package vn.tdkt.importer.guidance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.importer.DocumentParagraphs;
import vn.tdkt.importer.DocumentParagraphs.DateHit;
import vn.tdkt.model.DateQualifier;

/**
 * The ways a guidance writes its numbers, shares, months and levels, on the folded text, whatever the province: a count
 * in digits or in words ("không quá một trăm hai mươi đại biểu"), a share as a percent on either side of the words
 * "điển hình tiên tiến" or as a fraction ("7/10 là điển hình tiên tiến"), a deadline that is a month ("trong tháng
 * 8/2025"), a clock time opening a line of an agenda, and whether a clause speaks of the communes or of the agencies.
 */
final class GuidanceWords {
    private GuidanceWords() {}

    private static final String NUMBER_WORD = "(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|tram|linh|le)";

    /** A cap: "tối đa 120 đại biểu", "không vượt quá 100 người", "tối đa là 100 người", "không quá một trăm hai mươi đại biểu". */
    static final Pattern CAP = Pattern.compile("\\b(?:toi da|khong qua|khong vuot qua|nhieu nhat)(?:\\s+(?:la|chi))?\\s+"
            + "(\\d{2,4}|" + NUMBER_WORD + "(?:\\s+" + NUMBER_WORD + ")*)\\s*(?:\\(\\s*\\d{2,4}\\s*\\)\\s*)?"
            + "(?:dai bieu|nguoi|dong chi)\\b");

    /** "điển hình tiên tiến (chiếm) (khoảng) 70%", with no other group of delegates between the words and the share. */
    private static final Pattern SHARE_AFTER =
            Pattern.compile("\\bdien hinh tien tien\\b([^;%()]{0,40}?)(\\d{1,2})\\s*%");
    /** "khoảng 70% là đại biểu điển hình tiên tiến". */
    private static final Pattern SHARE_BEFORE = Pattern.compile(
            "(\\d{1,2})\\s*%\\s+(?:tong so dai bieu\\s+)?(?:la\\s+)?(?:dai bieu\\s+)?(?:la\\s+)?(?:cac\\s+)?dien hinh tien tien\\b");
    /** "7/10 là (đại biểu) điển hình tiên tiến". */
    private static final Pattern SHARE_FRACTION = Pattern.compile(
            "(?<![\\d/])(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d/])\\s+(?:so dai bieu\\s+)?(?:la\\s+)?(?:dai bieu\\s+)?(?:la\\s+)?dien hinh tien tien\\b");

    /** "trong tháng 8/2025", "trong tháng 8 năm 2025", "trong tháng 8": by the month's last day, that day included. */
    private static final Pattern IN_MONTH =
            Pattern.compile("\\btrong\\s+thang\\s+(\\d{1,2})(?:\\s*/\\s*(\\d{4})|\\s+nam\\s+(\\d{4}))?(?![\\d/])");

    /**
     * A line of a timed agenda: "7h30 - 8h00: …", "8h15: …", "08:00 - 08:30 …", "14 giờ: …". Matched on the words as
     * written: the folded form reads a digit beside a letter as a letter (OCR's "8h0O").
     */
    static final Pattern CLOCK = Pattern.compile(
            "^\\(?\\d{1,2}\\s*(?:[hH]|giờ|gio|:)\\s*\\d{0,2}\\s*(?:'|phút)?\\s*(?:[-–:]|đến\\b|\\)|\\s\\p{L})");

    /** The communes (the pack's plans) and the agencies (cấp ngành), as a clause names them. */
    private static final Pattern COMMUNES = Pattern.compile(
            "\\bcap xa\\b|\\bxa, phuong\\b|\\b(?:cac|doi voi) xa\\b|\\bphuong, dac khu\\b|\\bcap co so\\b");
    private static final Pattern AGENCIES = Pattern.compile(
            "\\bcap nganh\\b|\\bso, ban, nganh\\b|\\bcac so\\b|\\bco quan, don vi (?:thuoc|cap) (?:tinh|thanh pho)\\b");

    /** The level a clause speaks of. */
    enum Level { COMMUNES, AGENCIES, BOTH, NONE }

    static Level level(String foldedClause) {
        boolean communes = COMMUNES.matcher(foldedClause).find();
        boolean agencies = AGENCIES.matcher(foldedClause).find();
        return communes && agencies ? Level.BOTH : communes ? Level.COMMUNES : agencies ? Level.AGENCIES : Level.NONE;
    }

    /** A count written in digits or in Vietnamese words ("một trăm hai mươi": 120), or null. */
    static Integer count(String folded) {
        String s = folded.strip();
        if (s.matches("\\d+")) {
            return Integer.valueOf(s);
        }
        int value = 0;
        int pending = 0;
        boolean tens = false;
        for (String word : s.split("\\s+")) {
            switch (word) {
                case "mot" -> pending = 1;
                case "hai" -> pending = 2;
                case "ba" -> pending = 3;
                case "bon" -> pending = 4;
                case "tu" -> {
                    if (!tens) {
                        return null;
                    }
                    pending = 4;
                }
                case "nam", "lam" -> pending = 5;
                case "sau" -> pending = 6;
                case "bay" -> pending = 7;
                case "tam" -> pending = 8;
                case "chin" -> pending = 9;
                case "tram" -> {
                    value += (pending == 0 ? 1 : pending) * 100;
                    pending = 0;
                }
                case "muoi" -> {
                    value += (pending == 0 ? 1 : pending) * 10;
                    pending = 0;
                    tens = true;
                }
                case "linh", "le" -> {
                    // "một trăm linh năm": no tens
                }
                default -> {
                    return null;
                }
            }
        }
        value += pending;
        return value > 0 ? value : null;
    }

    /** A share of exemplars a folded text states: {percent, start, end} of its words, or null. */
    static int[] share(String f) {
        int[] found = null;
        Matcher after = SHARE_AFTER.matcher(f);
        while (after.find()) {
            String between = after.group(1);
            String next = f.substring(after.end(), Math.min(f.length(), after.end() + 30));
            // "… điển hình tiên tiến, khoảng 30% là đại biểu khách mời": the guests' share, not the exemplars'.
            if (!between.matches(".*\\b(?:khach moi|lanh dao)\\b.*")
                    && !next.matches("^\\s*(?:la\\s+)?(?:dai bieu\\s+)?(?:la\\s+)?(?:khach moi|lanh dao)\\b.*")) {
                found = new int[] {Integer.parseInt(after.group(2)), after.start(), after.end()};
                break;
            }
        }
        Matcher before = SHARE_BEFORE.matcher(f);
        if (before.find() && (found == null || before.start() < found[1])) {
            found = new int[] {Integer.parseInt(before.group(1)), before.start(), before.end()};
        }
        if (found != null) {
            return found;
        }
        Matcher fraction = SHARE_FRACTION.matcher(f);
        if (fraction.find()) {
            int a = Integer.parseInt(fraction.group(1));
            int b = Integer.parseInt(fraction.group(2));
            if (b > 0 && a < b) {
                return new int[] {Math.round(100f * a / b), fraction.start(), fraction.end()};
            }
        }
        return null;
    }

    /** The dates of a folded text as the importer reads them, and the months "trong tháng 8/2025", in order. */
    static List<DateHit> dates(String f, Integer year) {
        List<DateHit> hits = new ArrayList<>(DocumentParagraphs.dates(f, year));
        Matcher m = IN_MONTH.matcher(f);
        while (m.find()) {
            String y = m.group(2) != null ? m.group(2) : m.group(3);
            Integer onYear = y != null ? Integer.valueOf(y) : year;
            int month = Integer.parseInt(m.group(1));
            if (onYear == null || month < 1 || month > 12) {
                continue;
            }
            int start = m.start();
            if (hits.stream().anyMatch(h -> h.start() < m.end() && h.end() > start)) {
                continue;
            }
            LocalDate last = YearMonth.of(onYear, month).atEndOfMonth();
            hits.add(new DateHit(start, m.end(), last, DateQualifier.NO_LATER_THAN));
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
    }
}
