package vn.tdkt.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The importer's patterns, compiled so that a search passes over the positions where no match can start with one test
 * of a character. A pattern that opens with a word boundary or a lookbehind ("\bngay\s+", "(?<![\d/.])(\d{1,2})/")
 * is otherwise tried at every position of the text, the boundary checked each time; the characters every match starts
 * with, drawn from the pattern, stand in a lookahead before it. What the pattern matches does not change (its groups
 * neither): a lookahead consumes nothing and holds wherever a match starts.
 */
final class Patterns {
    /** More characters than this at the start: the lookahead would save little. */
    private static final int MOST = 40;

    private Patterns() {}

    static Pattern compile(String regex) {
        TreeSet<Character> first = firstChars(regex);
        if (first == null || first.isEmpty() || first.size() > MOST || startsPlain(regex)) {
            return Pattern.compile(regex);
        }
        StringBuilder ahead = new StringBuilder("(?=[");
        for (char c : first) {
            if (Character.isLetterOrDigit(c) && c < 0x80) {
                ahead.append(c);
            } else {
                ahead.append("\\x{").append(Integer.toHexString(c)).append('}');
            }
        }
        return Pattern.compile(ahead.append("])(?:").append(regex).append(')').toString());
    }

    /** The characters every match of a pattern starts with, as a string; null when the pattern does not say them. */
    static String starts(String regex) {
        TreeSet<Character> first = firstChars(regex);
        if (first == null || first.isEmpty()) {
            return null;
        }
        StringBuilder chars = new StringBuilder();
        for (char c : first) {
            chars.append(c);
        }
        return chars.toString();
    }

    /**
     * The first match at or after {@code from}, as {@link Matcher#find(int)} finds it, tried only where one of the
     * characters a match starts with ({@link #starts}) stands: at each such place in turn, the match that starts there.
     * The matcher sees the whole text (transparent bounds, no anchoring at the region); null {@code starts} searches
     * every position.
     */
    static boolean find(Matcher m, String text, int from, String starts) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        if (from > text.length()) {
            return false;
        }
        if (starts == null) {
            m.region(from, text.length());
            return m.find();
        }
        for (int at = next(text, from, starts); at >= 0; at = next(text, at + 1, starts)) {
            m.region(at, text.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first of the characters at or after {@code from}, or -1. */
    private static int next(String text, int from, String chars) {
        if (chars.length() == 1) {
            return text.indexOf(chars.charAt(0), from);
        }
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A pattern of one branch that opens with what consumes a character (a letter, a class, "\\s"): its first test is
     * already as cheap as the lookahead's.
     */
    private static boolean startsPlain(String regex) {
        List<String> branches = branches(regex);
        if (branches == null || branches.size() != 1) {
            return false;
        }
        return !(regex.startsWith("\\b") || regex.startsWith("\\B") || regex.startsWith("("));
    }

    /** The characters every match of the pattern starts with; null when the pattern does not say them plainly. */
    static TreeSet<Character> firstChars(String regex) {
        if (regex.contains("\\Q")) {
            return null; // quoted words are not read as a pattern's syntax
        }
        TreeSet<Character> chars = new TreeSet<>();
        List<String> branches = branches(regex);
        if (branches == null) {
            return null;
        }
        for (String branch : branches) {
            TreeSet<Character> first = firstOfBranch(branch);
            if (first == null) {
                return null;
            }
            chars.addAll(first);
        }
        return chars;
    }

    private static TreeSet<Character> firstOfBranch(String branch) {
        int i = 0;
        // What consumes nothing is passed over: boundaries and lookarounds.
        while (i < branch.length()) {
            if (branch.startsWith("\\b", i) || branch.startsWith("\\B", i)) {
                i += 2;
            } else if (branch.startsWith("(?<=", i) || branch.startsWith("(?<!", i) || branch.startsWith("(?=", i)
                    || branch.startsWith("(?!", i)) {
                i = skip(branch, i);
            } else {
                break;
            }
        }
        if (i >= branch.length()) {
            return null;
        }
        char c = branch.charAt(i);
        TreeSet<Character> set;
        int next;
        if (c == '(') {
            int close = skip(branch, i);
            if (close > branch.length() || branch.charAt(close - 1) != ')') {
                return null;
            }
            String inner;
            if (branch.startsWith("(?:", i)) {
                inner = branch.substring(i + 3, close - 1);
            } else if (branch.startsWith("(?", i)) {
                return null; // flags, named groups, atomic groups
            } else {
                inner = branch.substring(i + 1, close - 1);
            }
            set = inner.isEmpty() ? null : firstChars(inner);
            next = close;
        } else if (c == '[') {
            int close = classEnd(branch, i);
            if (close < 0) {
                return null;
            }
            set = classChars(branch.substring(i + 1, close));
            next = close + 1;
        } else if (c == '\\') {
            if (i + 1 >= branch.length()) {
                return null;
            }
            set = escape(branch.charAt(i + 1));
            next = i + 2;
        } else if ("^$.|)*+?{}]".indexOf(c) >= 0) {
            return null;
        } else {
            set = new TreeSet<>();
            set.add(c);
            next = i + 1;
        }
        if (set == null || optional(branch, next)) {
            return null;
        }
        return set;
    }

    /** Whether what ends before {@code at} may stand no time at all: "?", "*", "{0,…}". */
    private static boolean optional(String branch, int at) {
        if (at >= branch.length()) {
            return false;
        }
        char q = branch.charAt(at);
        return q == '?' || q == '*' || branch.startsWith("{0", at);
    }

    private static TreeSet<Character> escape(char e) {
        TreeSet<Character> set = new TreeSet<>();
        switch (e) {
            case 'd' -> {
                for (char d = '0'; d <= '9'; d++) {
                    set.add(d);
                }
            }
            case 's' -> {
                for (char s : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
                    set.add(s);
                }
            }
            default -> {
                if (Character.isLetterOrDigit(e)) {
                    return null; // \w, \S, \p, \x …
                }
                set.add(e);
            }
        }
        return set;
    }

    /** The characters of a class of plain characters, ranges and \d or \s; null for any other. */
    private static TreeSet<Character> classChars(String body) {
        if (body.isEmpty() || body.charAt(0) == '^' || body.contains("[") || body.contains("&&")) {
            return null;
        }
        TreeSet<Character> set = new TreeSet<>();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\') {
                if (i + 1 >= body.length()) {
                    return null;
                }
                TreeSet<Character> escaped = escape(body.charAt(i + 1));
                if (escaped == null) {
                    return null;
                }
                set.addAll(escaped);
                i += 2;
                continue;
            }
            if (i + 2 < body.length() && body.charAt(i + 1) == '-' && body.charAt(i + 2) != '\\') {
                char to = body.charAt(i + 2);
                if (to < c || to - c > MOST) {
                    return null;
                }
                for (char k = c; k <= to; k++) {
                    set.add(k);
                }
                i += 3;
                continue;
            }
            set.add(c);
            i++;
        }
        return set;
    }

    /** The index of the "]" that closes the class opening at {@code open}, or -1. */
    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                return -1;
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }

    /** The index after the group opening at {@code open}. */
    private static int skip(String regex, int open) {
        int depth = 0;
        for (int j = open; j < regex.length(); j++) {
            char d = regex.charAt(j);
            if (d == '\\') {
                j++;
            } else if (d == '[') {
                int close = classEnd(regex, j);
                if (close < 0) {
                    return regex.length() + 1;
                }
                j = close;
            } else if (d == '(') {
                depth++;
            } else if (d == ')' && --depth == 0) {
                return j + 1;
            }
        }
        return regex.length() + 1;
    }

    /** The top-level alternatives of a pattern; null when a class in it is not read. */
    /** Whether a text holds one of the literals every match of a pattern must hold (always, when there are none). */
    static boolean mayHold(String text, List<String> literals) {
        if (literals.isEmpty()) {
            return true;
        }
        for (String literal : literals) {
            if (text.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /** The top-level branches of a pattern ("a|b(c|d)" has two), or null when its classes do not close. */
    static List<String> branches(String regex) {
        List<String> branches = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int close = classEnd(regex, i);
                if (close < 0) {
                    return null;
                }
                i = close;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                branches.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        branches.add(regex.substring(from));
        return branches;
    }
}
