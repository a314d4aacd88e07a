package vn.tdkt.rules.support;

import java.text.Normalizer;
import java.util.Locale;

/** Comparing Vietnamese wording as officials do: case, spacing, dash style and Unicode form do not matter. */
public final class Texts {
    private Texts() {}

    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(new Locale("vi"));
        s = s.replaceAll("[\u2010-\u2015\u2212]", "-");
        s = s.replaceAll("\\s+", " ").strip();
        s = s.replaceAll("\\s*-\\s*", "-").replaceAll("\\(\\s*", "(").replaceAll("\\s*\\)", ")");
        return s;
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && normalise(a).equals(normalise(b));
    }

    /** How many different texts the list holds, compared as {@link #same} does. */
    public static long distinctCount(java.util.List<String> texts) {
        return texts.stream().map(Texts::normalise).distinct().count();
    }

    /** Parameter lists name kinds by their constants; findings show them in the guidance's words. */
    public static <E extends Enum<E>> java.util.List<E> kinds(Class<E> type, java.util.List<String> names) {
        return names.stream().map(name -> Enum.valueOf(type, name)).toList();
    }

    /** Roman numerals for editions ("Lần thứ I"). */
    public static String roman(int number) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        int n = number;
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                roman.append(numerals[i]);
                n -= values[i];
            }
        }
        return roman.toString();
    }
}
