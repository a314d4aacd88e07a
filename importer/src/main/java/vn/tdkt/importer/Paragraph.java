package vn.tdkt.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.text.RomanNumerals;

/**
 * A logical paragraph: the lines of one heading, list item or sentence run, joined with single spaces, with its
 * numbering or bullet (the marker) told apart.
 */
final class Paragraph {
    /** How a paragraph is numbered or bulleted; a lower level is a higher heading. */
    enum Kind {
        /** "II." */
        ROMAN,
        /** "1.", "1.1.", "4.2." */
        NUMBER,
        /** "a.", "b)" */
        LETTER,
        /** "-", "–", "•", "▪", "*" */
        DASH,
        /** "+", and the hollow bullets of a second level ("◦", "○") */
        PLUS,
        /** no marker */
        NONE
    }

    private static final Pattern ROMAN = Patterns.compile("^([IVXL][IVXL1l]{0,4})\\s?[.)]\\s*(?=\\p{Lu})");
    private static final Pattern NUMBER = Patterns.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})[.)]\\s*(?=\\S)");
    private static final Pattern NUMBER_TIGHT = Patterns.compile("^\\d{1,2}(?:\\.\\d{1,2}){1,3}\\s+(?=\\S)");
    private static final Pattern LETTER = Patterns.compile("^([a-zđ])[.)]\\s+(?=\\p{Lu})");
    private static final Pattern BULLET = Patterns.compile("^([-–—•·*+◦○▪])\\s*(?=\\S)");

    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    final List<SourceLine> lines;
    final String text;
    final Kind kind;
    final int level;
    final String marker;
    final String body;
    final Folded folded;
    final Folded foldedBody;
    int index;

    Paragraph(List<SourceLine> lines) {
        this.lines = List.copyOf(lines);
        StringBuilder joined = new StringBuilder();
        for (SourceLine line : lines) {
            String part = line.text().strip();
            if (doubleSpace(part)) {
                part = SPACES.matcher(part).replaceAll(" ");
            }
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(part);
        }
        this.text = joined.toString();
        String[] parsed = marker(text);
        this.marker = parsed[0];
        this.kind = Kind.valueOf(parsed[1]);
        this.level = level(kind, marker);
        this.body = text.substring(marker == null ? 0 : parsed[2].length()).strip();
        this.folded = Folded.of(text);
        // The body ends the text: its folded form is the text's, from where the body starts.
        this.foldedBody = text.endsWith(body) ? folded.from(text.length() - body.length()) : Folded.of(body);
    }

    /** Whether two white-space characters ("\\s") follow each other in a text. */
    private static boolean doubleSpace(String text) {
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean s = c == ' ' || c >= '\t' && c <= '\r';
            if (s && space) {
                return true;
            }
            space = s;
        }
        return false;
    }

    /** {marker, kind, the text up to the body} for a line. */
    static String[] marker(String text) {
        // Each marker's pattern opens with the characters it may start with: only those are tried.
        char first = text.isEmpty() ? 0 : text.charAt(0);
        Matcher m;
        if ("IVXL".indexOf(first) >= 0) {
            m = ROMAN.matcher(text);
            if (m.find() && RomanNumerals.valueAsScanned(m.group(1)) != null && !ROMAN_WORD.matcher(text).matches()) {
                return new String[] {m.group(1), "ROMAN", m.group()};
            }
        }
        if (first >= '0' && first <= '9') {
            m = NUMBER.matcher(text);
            if (m.find()) {
                return new String[] {m.group(1), "NUMBER", m.group()};
            }
            m = NUMBER_TIGHT.matcher(text);
            if (m.find()) {
                return new String[] {m.group().strip(), "NUMBER", m.group()};
            }
        }
        if (first >= 'a' && first <= 'z' || first == 'đ') {
            m = LETTER.matcher(text);
            if (m.find()) {
                return new String[] {m.group(1), "LETTER", m.group()};
            }
        }
        if ("-–—•·*+◦○▪".indexOf(first) >= 0) {
            m = BULLET.matcher(text);
            if (m.find()) {
                return new String[] {m.group(1), "+◦○".contains(m.group(1)) ? "PLUS" : "DASH", m.group()};
            }
        }
        return new String[] {null, "NONE", ""};
    }

    /** A word that starts with a roman numeral's letter ("Về", "Lần"): no heading. */
    private static final Pattern ROMAN_WORD = Pattern.compile("^[IVXL]\\p{Ll}.*");

    private static int level(Kind kind, String marker) {
        return switch (kind) {
            case ROMAN -> 1;
            case NUMBER -> 1 + marker.split("\\.").length;
            case LETTER -> 6;
            case DASH -> 7;
            case PLUS -> 8;
            case NONE -> 99;
        };
    }

    boolean isHeading() {
        return kind == Kind.ROMAN || kind == Kind.NUMBER || kind == Kind.LETTER;
    }

    boolean isBullet() {
        return kind == Kind.DASH || kind == Kind.PLUS;
    }

    /** The body without its closing ";", "." or ",": an item's own words. */
    String itemText() {
        return body.replaceAll("[\\s;.,:]+$", "").strip();
    }

    SourceSpan span() {
        return span(text);
    }

    SourceSpan span(String words) {
        return new SourceSpan(lines.get(0).page(), lines.get(0).number(), lines.get(lines.size() - 1).number(), words);
    }

    /** The span of several paragraphs, each quoted on its own line. */
    static SourceSpan span(List<Paragraph> paragraphs) {
        if (paragraphs.size() == 1) {
            return paragraphs.get(0).span();
        }
        Paragraph first = paragraphs.get(0);
        Paragraph last = paragraphs.get(paragraphs.size() - 1);
        List<String> texts = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            texts.add(p.text);
        }
        return new SourceSpan(first.lines.get(0).page(), first.lines.get(0).number(),
                last.lines.get(last.lines.size() - 1).number(), String.join("\n", texts));
    }

    @Override
    public String toString() {
        return lines.get(0).number() + ": " + text;
    }

    static boolean allCaps(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    static int[] lengths(List<SourceLine> lines) {
        return lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.text().strip().length()).sorted().toArray();
    }

    static int percentile(int[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
    }
}
