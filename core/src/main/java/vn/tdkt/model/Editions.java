package vn.tdkt.model;

import java.util.Map;

/**
 * The edition of a conference as names write it: "Lần thứ I", "lần thứ nhất", "Lần thứ 3", "lần thứ III(2025-2030)".
 * The one place that reads and writes the Roman numerals of editions, for the rules and the importer alike.
 */
public final class Editions {
    /** The words before an edition, lower case. */
    public static final String MARK = "lần thứ ";
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("nhất", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("tư", 4), Map.entry("bốn", 4),
            Map.entry("năm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("tám", 8), Map.entry("chín", 9),
            Map.entry("mười", 10),
            // the same words without diacritics, as plans typed without them write them
            Map.entry("nhat", 1), Map.entry("tu", 4), Map.entry("bon", 4), Map.entry("nam", 5), Map.entry("sau", 6),
            Map.entry("bay", 7), Map.entry("tam", 8), Map.entry("chin", 9), Map.entry("muoi", 10));
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] NUMERALS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Editions() {}

    /** Roman numerals for editions ("Lần thứ I"). */
    public static String roman(int number) {
        StringBuilder roman = new StringBuilder();
        int n = number;
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                roman.append(NUMERALS[i]);
                n -= VALUES[i];
            }
        }
        return roman.toString();
    }

    /** The value of a Roman numeral, or null when the text is not one. */
    public static Integer fromRoman(String text) {
        if (text.isEmpty()) {
            return null;
        }
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        int total = 0;
        int i = 0;
        for (int k = 0; k < VALUES.length && i < upper.length(); k++) {
            while (upper.startsWith(NUMERALS[k], i)) {
                total += VALUES[k];
                i += NUMERALS[k].length();
            }
        }
        return i == upper.length() && roman(total).equals(upper) ? total : null;
    }

    /** Lower case in NFC with runs of spaces as one: enough to find "lần thứ" and the word after it. */
    private static String normalise(String text) {
        String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        String lower = nfc.toLowerCase(java.util.Locale.forLanguageTag("vi"));
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** The edition a name states after "lần thứ", or null when it states none. */
    public static Integer inName(String name) {
        String text = normalise(name);
        int at = text.indexOf(MARK);
        return at < 0 ? null : editionAt(text, at + MARK.length());
    }

    /** An edition written as one word: digits, a Roman numeral or an ordinal ("3", "III", "nhất", "nhat"); or null. */
    public static Integer parse(String word) {
        String lower = word.toLowerCase(java.util.Locale.forLanguageTag("vi"));
        return editionAt(lower, 0);
    }

    /** The word at the index of a lower-case text read as an edition ("i", "iii", "nhất", "3"), or null. */
    public static Integer editionAt(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        String word = text.substring(start, end);
        if (word.isEmpty()) {
            return null;
        }
        if (Character.isDigit(word.charAt(0))) {
            try {
                return Integer.valueOf(word);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Integer spelled = WORDS.get(word);
        return spelled != null ? spelled : fromRoman(word);
    }
}
