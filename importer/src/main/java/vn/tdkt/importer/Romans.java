package vn.tdkt.importer;

import java.util.Locale;

/**
 * Roman numerals as plans write them: the numbering of sections ("II.") and the edition of a conference ("Lần thứ
 * IV"). OCR reads I as l or 1, so those count as I.
 */
final class Romans {
    private static final int[] VALUES = {50, 40, 10, 9, 5, 4, 1};
    private static final String[] NUMERALS = {"L", "XL", "X", "IX", "V", "IV", "I"};

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
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int value = switch (roman.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            if (value == 0) {
                return null;
            }
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total >= 1 ? total : null;
    }

    /** An edition as written: digits, a numeral, or an ordinal word ("nhất", "hai"); null when none of these. */
    static Integer edition(String written) {
        if (written.matches("\\d+")) {
            int n = Integer.parseInt(written);
            return n >= 1 ? n : null;
        }
        Integer ordinal = switch (Folded.key(written)) {
            case "nhat" -> 1;
            case "hai" -> 2;
            case "ba" -> 3;
            case "tu" -> 4;
            case "nam" -> 5;
            case "sau" -> 6;
            default -> null;
        };
        return ordinal != null ? ordinal : value(written);
    }

    /** "IV" for 4. */
    static String numeral(int number) {
        StringBuilder out = new StringBuilder();
        int n = number;
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                out.append(NUMERALS[i]);
                n -= VALUES[i];
            }
        }
        return out.toString();
    }
}
