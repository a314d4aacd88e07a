package vn.tdkt.text;

import java.util.Locale;

/**
 * Roman numerals as Vietnamese administrative documents use them: the sections of a plan ("II. NỘI DUNG") and the
 * edition of a conference ("Lần thứ IV"). Written in capitals, read in any case; only the canonical form reads ("IV",
 * never "IIII"), so that a word that merely looks like one is not taken for a number.
 */
public final class RomanNumerals {
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] NUMERALS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private RomanNumerals() {}

    /** The numeral of a number: "IV" for 4; empty for a number below 1, which no numeral writes. */
    public static String of(int number) {
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

    /** The value of a numeral in any case ("iv", "IV"), or null when the text is not one in its canonical form. */
    public static Integer value(String written) {
        if (written == null || written.isEmpty()) {
            return null;
        }
        String upper = written.toUpperCase(Locale.ROOT);
        int total = 0;
        int i = 0;
        for (int k = 0; k < VALUES.length && i < upper.length(); k++) {
            while (upper.startsWith(NUMERALS[k], i)) {
                total += VALUES[k];
                i += NUMERALS[k].length();
            }
        }
        return i == upper.length() && of(total).equals(upper) ? total : null;
    }

    /**
     * The value of a numeral read from a scan, where OCR reads I as l or 1: "lV" and "1I" count as 4 and 2. A plan's
     * numerals never need 50, so L is always an I misread. Null when the text is not a numeral even so.
     */
    public static Integer valueAsScanned(String written) {
        if (written == null || written.isEmpty()) {
            return null;
        }
        return value(written.toUpperCase(Locale.ROOT).replace('1', 'I').replace('L', 'I'));
    }
}
