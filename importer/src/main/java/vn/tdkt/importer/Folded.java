package vn.tdkt.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.text.VietnameseText;

/**
 * A text in the form the importer matches on, with the way back to the words as written.
 *
 * <p>Folding ({@link VietnameseText#fold(char)}, character by character) lower-cases, strips the diacritics and
 * writes đ as d, so that "Thời gian", "THỜI GIAN", "Thoi gian" and the NFD spelling of the first all read "thoi gian".
 * The {@link OcrConfusions} then rewrite the folded form where OCR misreads letters ("théng" is "thang", "Pai" is
 * "dai"). Every folded character remembers the stretch of the original it came from, so a match on the folded form is
 * quoted in the original words.
 */
final class Folded {
    private final String original;
    private final String text;
    private final int[] start;
    private final int[] end;

    private Folded(String original, String text, int[] start, int[] end) {
        this.original = original;
        this.text = text;
        this.start = start;
        this.end = end;
    }

    /**
     * The folding of one document: the OCR confusions that occur in it at all (in a clean text, none of them), and
     * each text folded once however often the readers ask for it.
     */
    private static final class Scope {
        final List<OcrConfusions.Rule> rules;
        final Map<String, Folded> folded = new java.util.HashMap<>();

        Scope(List<OcrConfusions.Rule> rules) {
            this.rules = rules;
        }
    }

    private static final ThreadLocal<Scope> SCOPE = new ThreadLocal<>();
    /** A document's texts folded and remembered at most: beyond, they are folded again when asked for. */
    private static final int REMEMBERED = 50_000;

    /**
     * Runs the reading of a document with its folding: a rule no part of the document's text matches (its lines
     * joined by spaces, as paragraphs join them, or by line breaks) is left out for its texts.
     */
    static <T> T within(List<SourceLine> lines, java.util.function.Supplier<T> reading) {
        // The text as the readers see it whole: its lines without the blank ones, each on its own line.
        StringBuilder spaced = new StringBuilder();
        for (SourceLine line : lines) {
            if (!line.isBlank()) {
                spaced.append(line.text().strip()).append('\n');
            }
        }
        String whole = spaced.toString();
        // The rules apply in order, each to what the ones before made: a rule is tried on the text the rules before
        // it rewrote.
        Folded plain = plain(whole);
        String text = plain.text();
        List<OcrConfusions.Rule> rules = new java.util.ArrayList<>();
        for (OcrConfusions.Rule rule : OcrConfusions.rules()) {
            if (rule.occursIn(text)) {
                String rewritten = rule.replaceAll(text);
                // A rule that leaves the text as it is ("bao cao" for "bao cao") has nothing to undo in it.
                if (!rewritten.equals(text)) {
                    rules.add(rule);
                    text = rewritten;
                }
            }
        }
        Scope previous = SCOPE.get();
        SCOPE.set(new Scope(List.copyOf(rules)));
        try {
            return reading.get();
        } finally {
            if (previous == null) {
                SCOPE.remove();
            } else {
                SCOPE.set(previous);
            }
        }
    }

    /**
     * The folded form of lines joined by line breaks, each line folded on its own (and remembered): the same as
     * folding the joined text, for confusions within a line, at the cost of a copy.
     */
    static Folded lines(List<String> lines) {
        List<Folded> parts = new java.util.ArrayList<>(lines.size());
        int originalLength = 0;
        int length = 0;
        for (String line : lines) {
            Folded folded = of(line);
            parts.add(folded);
            originalLength += line.length() + 1;
            length += folded.text.length() + 1;
        }
        StringBuilder original = new StringBuilder(originalLength);
        char[] text = new char[length];
        int[] start = new int[length];
        int[] end = new int[length];
        int n = 0;
        for (Folded folded : parts) {
            int offset = original.length();
            int size = folded.text.length();
            folded.text.getChars(0, size, text, n);
            for (int i = 0; i < size; i++) {
                start[n + i] = offset + folded.start[i];
                end[n + i] = offset + folded.end[i];
            }
            n += size;
            original.append(folded.original).append('\n');
            text[n] = '\n';
            start[n] = original.length() - 1;
            end[n] = original.length();
            n++;
        }
        return new Folded(original.toString(), new String(text), start, end);
    }

    /** The folded form of an NFC text, OCR confusions included. */
    static Folded of(String original) {
        Scope scope = SCOPE.get();
        if (scope == null) {
            return plain(original).apply(OcrConfusions.rules());
        }
        Folded folded = scope.folded.get(original);
        if (folded == null) {
            folded = plain(original).apply(scope.rules);
            if (scope.folded.size() < REMEMBERED) {
                scope.folded.put(original, folded);
            }
        }
        return folded;
    }

    /** The folded form without the OCR confusions: what the text says with its diacritics taken away. */
    static Folded plain(String original) {
        char[] chars = original.toCharArray();
        int length = chars.length;
        char[] text = new char[length];
        int[] start = new int[length];
        int[] end = new int[length];
        int n = 0;
        for (int i = 0; i < length; i++) {
            String folded = VietnameseText.fold(chars[i]);
            if (folded.length() == 1 && n < text.length) {
                text[n] = folded.charAt(0);
                start[n] = i;
                end[n] = i + 1;
                n++;
                continue;
            }
            for (int k = 0; k < folded.length(); k++) {
                if (n >= text.length) {
                    int grown = Math.max(16, text.length * 2);
                    text = Arrays.copyOf(text, grown);
                    start = Arrays.copyOf(start, grown);
                    end = Arrays.copyOf(end, grown);
                }
                text[n] = folded.charAt(k);
                start[n] = i;
                end[n] = i + 1;
                n++;
            }
        }
        return new Folded(original, new String(text, 0, n), n == start.length ? start : Arrays.copyOf(start, n),
                n == end.length ? end : Arrays.copyOf(end, n));
    }

    /** Folds a text with no way back: for keys and comparisons. */
    static String key(String original) {
        return SPACES.matcher(of(VietnameseText.nfc(original)).text()).replaceAll(" ").strip();
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Whether a character carries a Vietnamese diacritic (or is đ). */
    static boolean marked(char c) {
        return Character.isLetter(c) && c >= 0x80 && !VietnameseText.fold(c).equals(String.valueOf(Character.toLowerCase(c)));
    }

    Folded apply(List<OcrConfusions.Rule> rules) {
        Folded folded = this;
        for (OcrConfusions.Rule rule : rules) {
            if (rule.mayMatch(folded.text)) {
                folded = folded.replaceAll(rule);
            }
        }
        return folded;
    }

    /** Replaces every match; the replacement's characters stand for the whole stretch the match came from. */
    Folded replaceAll(OcrConfusions.Rule rule) {
        Matcher m = rule.pattern().matcher(text);
        if (!rule.find(m, text, 0)) {
            return this;
        }
        String replacement = rule.replacement();
        Spans out = new Spans(text.length() + 16);
        int last = 0;
        do {
            for (int i = last; i < m.start(); i++) {
                out.append(text.charAt(i), start[i], end[i]);
            }
            String with = expand(replacement, m);
            int from = m.start() < text.length() ? start[m.start()] : original.length();
            int to = m.end() > m.start() ? end[m.end() - 1] : from;
            for (int k = 0; k < with.length(); k++) {
                out.append(with.charAt(k), from, to);
            }
            last = m.end();
        } while (rule.find(m, text, m.end() > m.start() ? m.end() : m.end() + 1));
        for (int i = last; i < text.length(); i++) {
            out.append(text.charAt(i), start[i], end[i]);
        }
        return out.folded(original);
    }

    /** The folded text being built, with the span of the original that each of its characters comes from. */
    private static final class Spans {
        private final StringBuilder text;
        private int[] starts;
        private int[] ends;
        private int length;

        Spans(int capacity) {
            text = new StringBuilder(capacity);
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void append(char c, int from, int to) {
            if (length >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            text.append(c);
            starts[length] = from;
            ends[length] = to;
            length++;
        }

        Folded folded(String original) {
            return new Folded(original, text.toString(), Arrays.copyOf(starts, length), Arrays.copyOf(ends, length));
        }
    }

    static String expand(String replacement, Matcher m) {
        if (replacement.indexOf('$') < 0) {
            return replacement;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '$' && i + 1 < replacement.length() && Character.isDigit(replacement.charAt(i + 1))) {
                String group = m.group(replacement.charAt(++i) - '0');
                out.append(group == null ? "" : group);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The folded form of the original from {@code at} on, without folding it again (a paragraph's body). */
    Folded from(int at) {
        int i = 0;
        while (i < start.length && start[i] < at) {
            i++;
        }
        int n = start.length - i;
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int k = 0; k < n; k++) {
            starts[k] = start[i + k] - at;
            ends[k] = end[i + k] - at;
        }
        return new Folded(original.substring(at), text.substring(i), starts, ends);
    }

    String text() {
        return text;
    }

    String original() {
        return original;
    }

    /** Where in the original the folded character at {@code index} starts (the original's length past the end). */
    int originalStart(int index) {
        return index >= start.length ? original.length() : start[index];
    }

    /** Where in the original the folded stretch ending before {@code index} ends. */
    int originalEnd(int index) {
        return index <= 0 ? 0 : end[Math.min(index, end.length) - 1];
    }

    /** The original words of the folded stretch [from, to). */
    String original(int from, int to) {
        if (from >= to) {
            return "";
        }
        return original.substring(originalStart(from), originalEnd(to));
    }

    boolean contains(String folded) {
        return text.contains(folded);
    }

    boolean find(Pattern pattern) {
        return pattern.matcher(text).find();
    }
}
