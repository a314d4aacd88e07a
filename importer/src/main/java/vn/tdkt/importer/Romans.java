package vn.tdkt.importer;

import java.util.Locale;
import vn.tdkt.model.Editions;

/**
 * Roman numerals as plans write them, OCR'd or not: the numbering of sections ("II.") and the edition of a conference
 * ("Lần thứ IV"). OCR reads I as l or 1, so those count as I; the numerals and ordinal words themselves are the
 * model's ({@link Editions}).
 */
final class Romans {
    private Romans() {}

    /** The value of a numeral ("iv", "IV", "lV" as OCR reads it), or null when it is not one. */
    static Integer value(String written) {
        if (written == null || written.isEmpty()) {
            return null;
        }
        String roman = written.toUpperCase(Locale.ROOT).replace('1', 'I');
        // OCR reads I as l; a numeral of a plan never needs 50.
        if (roman.length() > 1 || roman.equals("L")) {
            roman = roman.replace('L', 'I');
        }
        return Editions.fromRoman(roman);
    }

    /** An edition as written: digits, a numeral, or an ordinal word ("nhất", "hai"); null when none of these. */
    static Integer edition(String written) {
        Integer edition = Editions.parse(written);
        return edition != null ? edition : value(written);
    }

    /** "IV" for 4. */
    static String numeral(int number) {
        return Editions.roman(number);
    }
}
