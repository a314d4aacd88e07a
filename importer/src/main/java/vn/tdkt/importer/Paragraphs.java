package vn.tdkt.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Joins a document's lines into logical paragraphs. Text from PDF and OCR breaks sentences across lines (and often
 * puts blank lines between the pieces); a line continues the one before it when that one does not end a sentence and
 * <ul>
 *   <li>the line starts in lower case ("... những điển hình tiên / tiến ..."), or</li>
 *   <li>both are in capitals (a heading broken across lines), or</li>
 *   <li>the one before runs to the document's usual full width (it was wrapped) and no wider gap than usual separates
 *       them;</li>
 * </ul>
 * and never when the line starts with a numbering or a bullet, or with the words that open a paragraph of a plan
 * ("Thực hiện", "Căn cứ").
 */
final class Paragraphs {
    private static final Pattern TITLE_WORD = Patterns.compile("^\\s*ke hoach\\s*$");
    private static final Pattern OPENS_PARAGRAPH = Patterns.compile("^(?:thuc hien|can cu|tren day|noi nhan)\\b");
    /** A line of a timed agenda: "7h30 - 8h00: …", "8h15: …", "08:00 - 08:30: …". */
    private static final Pattern AGENDA_LINE = Pattern.compile("^\\d{1,2}\\s*[h:]\\s*\\d{0,2}\\s*(?:[-–]\\s*\\d{1,2}\\s*[h:]\\s*\\d{0,2}\\s*)?:");

    private Paragraphs() {}

    static List<Paragraph> of(List<SourceLine> lines) {
        return of(lines, java.util.Set.of(), java.util.Set.of());
    }

    /**
     * The paragraphs of a document: a table's row is a paragraph of its own; a line known to run to the right margin
     * (a PDF's, by its position) is continued by the next unless that one starts a list item or a heading.
     */
    static List<Paragraph> of(DocumentText document) {
        return of(document.lines(), document.rows(), document.wrapped());
    }

    private static List<Paragraph> of(List<SourceLine> lines, java.util.Set<SourceLine> rows,
                                      java.util.Set<SourceLine> wrapped) {
        int[] lengths = Paragraph.lengths(lines);
        int full = Paragraph.percentile(lengths, 0.75);
        // One paragraph per line (as a Word document or a Markdown text has it): nothing was wrapped.
        int wrapWidth = full > 160 ? 0 : full;
        int usualGap = usualGap(lines);

        List<Paragraph> paragraphs = new ArrayList<>();
        List<SourceLine> current = new ArrayList<>();
        SourceLine previous = null;
        int gap = 0;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                gap++;
                continue;
            }
            boolean row = rows.contains(line) || previous != null && rows.contains(previous);
            boolean joins = previous != null && !row && (wrapped.contains(previous)
                    ? gap <= Math.max(usualGap, 1) && runsOn(previous, line)
                    : continues(previous, line, gap, usualGap, wrapWidth));
            if (previous != null && !joins) {
                paragraphs.add(new Paragraph(current));
                current = new ArrayList<>();
            }
            current.add(line);
            previous = line;
            gap = 0;
        }
        if (!current.isEmpty()) {
            paragraphs.add(new Paragraph(current));
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            paragraphs.get(i).index = i;
        }
        return paragraphs;
    }

    /** The number of blank lines that most often separates two lines: 0 in most texts, 1 in some PDF extractions. */
    private static int usualGap(List<SourceLine> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        int gap = 0;
        boolean seen = false;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                gap++;
            } else {
                if (seen) {
                    counts.merge(gap, 1, Integer::sum);
                }
                seen = true;
                gap = 0;
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey((a, b) -> b - a))).map(Map.Entry::getKey).orElse(0);
    }

    static boolean continues(SourceLine previous, SourceLine line, int gap, int usualGap, int wrapWidth) {
        String before = previous.text().strip();
        String next = line.text().strip();
        if (endsSentence(before)) {
            return false;
        }
        // The title word stands alone: the subject below it, often in capitals too, is a paragraph of its own.
        if (TITLE_WORD.matcher(Folded.of(before).text()).matches()) {
            return false;
        }
        String[] marker = Paragraph.marker(next);
        boolean lowerStart = startsLower(next);
        if (marker[0] != null) {
            // "- xã hội của địa phương": a dash that wrapped from "kinh tế - xã hội" is no bullet.
            boolean wrappedDash = ("DASH".equals(marker[1]) || "PLUS".equals(marker[1])) && startsLower(next.substring(1).strip());
            if (!wrappedDash) {
                return false;
            }
            return true;
        }
        if (OPENS_PARAGRAPH.matcher(Folded.of(next).text()).find() || AGENDA_LINE.matcher(next).find()) {
            return false;
        }
        if (lowerStart) {
            return true;
        }
        if (Paragraph.allCaps(before) && Paragraph.allCaps(next)) {
            return true;
        }
        return wrapWidth > 0 && gap <= usualGap && before.length() >= 0.8 * wrapWidth;
    }

    /**
     * Whether a wrapped line runs on into this one. A line cut at the margin in mid-sentence goes on whatever the next
     * starts with ("… (qua Ban Thi đua" / "- Khen thưởng thành phố) …"), but for a heading in roman numerals or the
     * words that open a paragraph.
     */
    private static boolean runsOn(SourceLine previous, SourceLine line) {
        String next = line.text().strip();
        return !endsSentence(previous.text().strip())
                && !"ROMAN".equals(Paragraph.marker(next)[1])
                && !OPENS_PARAGRAPH.matcher(Folded.of(next).text()).find();
    }

    /** Whether a line ends a sentence: ".", ";", ":", "!", "?" or "…", maybe followed by quotes, ")" or "*". */
    static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "\"”’)*".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".;:!?…".indexOf(line.charAt(i)) >= 0;
    }

    private static boolean startsLower(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return true;
            }
            if (c == '(' || c == ',' || c == ')' || c == '“' || c == '"' || c == '%') {
                continue;
            }
            return false;
        }
        return false;
    }
}
