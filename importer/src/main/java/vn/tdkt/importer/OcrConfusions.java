package vn.tdkt.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letters OCR confuses in Vietnamese text, as rewrites of the folded form (see {@code ocr-confusions.tsv}: one rule
 * a line, a regular expression, its replacement and why). They apply only to the form the importer matches on; the
 * plan quotes the document as written.
 */
final class OcrConfusions {
    /**
     * One rewrite: where, into what, and the confusion it undoes; with the literals one of which any match holds
     * (drawn from the pattern), so that a text holding none of them is not searched, and the characters a match starts
     * with (null when the pattern does not say them), so that it is tried only where they stand.
     */
    record Rule(Pattern pattern, String replacement, String why, List<String> literals, String starts) {
        Rule(String regex, String replacement, String why) {
            this(Patterns.compile(regex), replacement, why, literalsOf(regex), Patterns.starts(regex));
        }

        /** The next match in the matcher's text at or after {@code from}, as {@link Matcher#find(int)} finds it. */
        boolean find(Matcher m, String text, int from) {
            return Patterns.find(m, text, from, starts);
        }

        /** The text with every match replaced, as {@link Matcher#replaceAll} replaces them ("$1" a group). */
        String replaceAll(String text) {
            Matcher m = pattern.matcher(text);
            if (!find(m, text, 0)) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length() + 16);
            int last = 0;
            do {
                out.append(text, last, m.start()).append(Folded.expand(replacement, m));
                last = m.end();
            } while (find(m, text, m.end() > m.start() ? m.end() : m.end() + 1));
            return out.append(text, last, text.length()).toString();
        }

        /**
         * Whether the rule matches somewhere in a long text: searched only around the places its literals stand (a
         * match is short), so that a clean text is not searched by every rule from end to end.
         */
        boolean occursIn(String text) {
            // A letter alone stands everywhere: one search of the whole text costs less.
            if (literals.isEmpty() || literals.stream().anyMatch(l -> l.length() < 2 && Character.isLetter(l.charAt(0)))) {
                return mayMatch(text) && find(pattern.matcher(text), text, 0);
            }
            java.util.regex.Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (String literal : literals) {
                int at = text.indexOf(literal);
                while (at >= 0) {
                    // A digit or sign read for a letter touches a letter: "t6", "x&", "1an".
                    if (literal.length() == 1 && !touchesLetter(text, at)) {
                        at = text.indexOf(literal, at + 1);
                        continue;
                    }
                    m.region(Math.max(0, at - BEFORE), Math.min(text.length(), at + literal.length() + AFTER));
                    if (m.find()) {
                        return true;
                    }
                    at = text.indexOf(literal, at + 1);
                }
            }
            return false;
        }

        private static boolean touchesLetter(String text, int at) {
            return at > 0 && Character.isLetter(text.charAt(at - 1))
                    || at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at + 1));
        }

        /** Whether the rule may match somewhere in the text: it holds one of the literals (or the rule has none). */
        boolean mayMatch(String text) {
            return Patterns.mayHold(text, literals);
        }
    }

    /**
     * For each top-level branch of a pattern, the strings one of which every match holds: its longest run of plain
     * characters, a group of plain alternatives in it multiplying the run ("tr(?:ude|uec)" holds "trude" or
     * "truec"). Lookarounds, classes and optional parts end a run. None when a branch has no run (the rule is then
     * always searched).
     */
    private static List<String> branchesOf(String regex) {
        List<String> branches = Patterns.branches(regex);
        return branches != null ? branches : List.of(regex);
    }

    static List<String> literalsOf(String regex) {
        List<String> literals = new ArrayList<>();
        for (String branch : branchesOf(regex)) {
            List<String> best = List.of();
            List<String> run = new ArrayList<>(List.of(""));
            int i = 0;
            while (i <= branch.length()) {
                char c = i < branch.length() ? branch.charAt(i) : 0;
                List<String> piece = null;
                int next = i + 1;
                if (c != 0 && (Character.isLetterOrDigit(c) || c == '&' || c == '€' || c == ' ')) {
                    piece = List.of(String.valueOf(c));
                } else if (c == '\\' && i + 1 < branch.length() && (branch.charAt(i + 1) == '$' || branch.charAt(i + 1) == '.')) {
                    piece = List.of(String.valueOf(branch.charAt(i + 1)));
                    next = i + 2;
                } else if (c == '[' && branch.indexOf(']', i) > i + 1
                        && branch.substring(i + 1, branch.indexOf(']', i)).matches("[a-z0-9]{1,8}")) {
                    // A small class of letters is as many literals: "ng[dei]y" holds "ngdy", "ngey" or "ngiy".
                    int close = branch.indexOf(']', i);
                    piece = new ArrayList<>();
                    for (char k : branch.substring(i + 1, close).toCharArray()) {
                        piece.add(String.valueOf(k));
                    }
                    next = close + 1;
                } else if (c == '(' && branch.startsWith("(?=", i)) {
                    // What a lookahead needs stands in the text right after the run, or at least somewhere.
                    int close = skip(branch, i);
                    List<String> ahead = literalsOf(branch.substring(i + 3, close - 1));
                    // Its literal follows the run only when the lookahead opens with it: "(?=\\s+hien)" puts a space
                    // between them, so "thue" and "hien" are apart ("thue hien", never "thuehien").
                    char opens = close - 1 > i + 3 ? branch.charAt(i + 3) : 0;
                    boolean adjacent = Character.isLetterOrDigit(opens) || opens == '[';
                    if (!ahead.isEmpty() && !run.get(0).isEmpty() && adjacent) {
                        List<String> longer = new ArrayList<>();
                        for (String a : run) {
                            for (String b : ahead) {
                                longer.add(a + b);
                            }
                        }
                        run = longer;
                    } else if (!ahead.isEmpty() && shortest(ahead) > shortest(best)) {
                        best = ahead;
                    }
                    if (shortest(run) > shortest(best)) {
                        best = run;
                    }
                    run = new ArrayList<>(List.of(""));
                    i = close;
                    continue;
                } else if (c == '(' && branch.startsWith("(?:", i)) {
                    int close = branch.indexOf(')', i);
                    String inside = close < 0 ? "" : branch.substring(i + 3, close);
                    if (close > 0 && inside.matches("[a-z0-9|]+")) {
                        piece = List.of(inside.split("\\|"));
                        next = close + 1;
                    }
                }
                boolean optional = next < branch.length() && "?*{".indexOf(branch.charAt(next)) >= 0;
                // "e{2,}": the piece as often as it must stand, then the run ends.
                java.util.regex.Matcher counted = COUNTED.matcher(branch).region(Math.min(next, branch.length()), branch.length());
                if (piece != null && counted.lookingAt() && Integer.parseInt(counted.group(1)) >= 1) {
                    List<String> longer = new ArrayList<>();
                    for (String a : run) {
                        for (String b : piece) {
                            longer.add(a + b.repeat(Integer.parseInt(counted.group(1))));
                        }
                    }
                    run = longer;
                    piece = null;
                    next = counted.end();
                }
                if (piece != null && !optional) {
                    List<String> longer = new ArrayList<>();
                    for (String a : run) {
                        for (String b : piece) {
                            longer.add(a + b);
                        }
                    }
                    run = longer;
                    i = next;
                    continue;
                }
                if (shortest(run) > shortest(best)) {
                    best = run;
                }
                run = new ArrayList<>(List.of(""));
                i = skip(branch, i);
            }
            if (best.isEmpty() || shortest(best) == 0 || best.stream().anyMatch(String::isBlank)) {
                return List.of();
            }
            literals.addAll(best);
        }
        return List.copyOf(literals);
    }

    private static final Pattern COUNTED = Pattern.compile("\\{(\\d+)(?:,\\d*)?\\}");

    private static int shortest(List<String> strings) {
        return strings.stream().mapToInt(String::length).min().orElse(0);
    }

    /** The index after the element at i (a class, a group, an escape, a quantifier, a character). */
    private static int skip(String regex, int i) {
        if (i >= regex.length()) {
            return i + 1;
        }
        char c = regex.charAt(i);
        if (c == '\\') {
            return i + 2;
        }
        if (c == '[') {
            int close = regex.indexOf(']', i + 2);
            return close < 0 ? regex.length() : close + 1;
        }
        if (c == '(') {
            int depth = 0;
            for (int j = i; j < regex.length(); j++) {
                char d = regex.charAt(j);
                if (d == '\\') {
                    j++;
                } else if (d == '(') {
                    depth++;
                } else if (d == ')' && --depth == 0) {
                    return j + 1;
                }
            }
            return regex.length();
        }
        if (c == '{') {
            int close = regex.indexOf('}', i);
            return close < 0 ? regex.length() : close + 1;
        }
        return i + 1;
    }

    private static final List<Rule> RULES = load();
    /** How far a match of a rule reaches on either side of its literal: the rules match a word or two. */
    private static final int BEFORE = 12;
    private static final int AFTER = 24;

    private OcrConfusions() {}

    static List<Rule> rules() {
        return RULES;
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = OcrConfusions.class.getResourceAsStream("ocr-confusions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("ocr-confusions.tsv is missing from the importer's resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 3 || cells[2].isBlank()) {
                    throw new IllegalStateException("ocr-confusions.tsv:" + number
                            + ": expected three tab-separated cells (pattern, replacement, why)");
                }
                rules.add(new Rule(cells[0], cells[1], cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rules);
    }
}
