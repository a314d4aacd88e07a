package vn.tdkt.rules.support;

import java.util.Locale;
import vn.tdkt.text.VietnameseText;

/** Comparing Vietnamese wording as officials do: case, spacing, dash style and Unicode form do not matter. */
public final class Texts {
    /** The found value of a fact the plan states as false: it says "no", which is not the same as saying nothing. */
    public static final vn.tdkt.finding.LocalizedText SAYS_NO = new vn.tdkt.finding.LocalizedText(
            "kế hoạch nêu là không", "the plan says no");
    /** What I.4 asks of the conference. */
    public static final vn.tdkt.finding.LocalizedText SOLEMN = new vn.tdkt.finding.LocalizedText(
            "trang trọng, thiết thực, tiết kiệm, tránh phô trương, hình thức, lãng phí",
            "solemn, practical and economical, without ostentation, formality or waste");

    private Texts() {}

    /**
     * Lower case in NFC, every dash as "-", runs of spaces as one, no space around a dash or inside parentheses.
     * One pass by hand: rules compare names and forms for every plan.
     */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String lower = VietnameseText.nfc(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean pendingSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= '\u2010' && c <= '\u2015') || c == '\u2212') {
                c = '-';
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
                continue;
            }
            boolean tight = c == '-' || c == ')';
            int last = out.length() - 1;
            boolean afterTight = last >= 0 && (out.charAt(last) == '-' || out.charAt(last) == '(');
            if (pendingSpace && out.length() > 0 && !tight && !afterTight) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(c);
        }
        return out.toString();
    }

    /**
     * {@link #normalise Normalised} and without diacritics ("Hội đồng Thi đua" → "hoi dong thi dua"), for matching
     * words that plans also write without them.
     */
    public static String fold(String text) {
        return VietnameseText.fold(normalise(text));
    }

    /** Whether two texts say the same, as {@link #normalise} compares them. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        // Most plans copy the guidance's words exactly; normalising is for the rest.
        return a.equals(b) || normalise(a).equals(normalise(b));
    }

    /** How many different texts the list holds, compared as {@link #same} does. */
    public static long distinctCount(java.util.List<String> texts) {
        return texts.stream().map(Texts::normalise).distinct().count();
    }

    /**
     * The kinds a parameter list names (by their constants) that are not among those present, in the list's order.
     * A loop, not a stream: rules ask this of every plan.
     */
    public static <E extends Enum<E>> java.util.List<E> absent(Class<E> type, java.util.List<String> names,
                                                              java.util.Collection<E> present) {
        java.util.List<E> absent = new java.util.ArrayList<>();
        for (String name : names) {
            E kind = Enum.valueOf(type, name);
            if (!present.contains(kind)) {
                absent.add(kind);
            }
        }
        return absent;
    }

    /** Parameter lists name kinds by their constants; findings show them in the guidance's words. */
    public static <E extends Enum<E>> java.util.List<E> kinds(Class<E> type, java.util.List<String> names) {
        return names.stream().map(name -> Enum.valueOf(type, name)).toList();
    }
}
