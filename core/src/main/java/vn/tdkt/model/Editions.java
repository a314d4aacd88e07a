package vn.tdkt.model;

import java.util.Map;
import vn.tdkt.text.RomanNumerals;
import vn.tdkt.text.VietnameseText;

/**
 * The edition of a conference as names write it: "Lần thứ I", "lần thứ nhất", "Lần thứ 3", "lần thứ III(2025-2030)":
 * the one place that reads an edition's words, for the rules and the importer alike (its numerals are
 * {@link RomanNumerals}').
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

    private Editions() {}

    /** The edition a name states after "lần thứ", or null when it states none. */
    public static Integer inName(String name) {
        String text = VietnameseText.normalise(name);
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
        return spelled != null ? spelled : RomanNumerals.value(word);
    }
}
