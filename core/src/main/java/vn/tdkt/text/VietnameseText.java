package vn.tdkt.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text in the forms the library compares it in. The same words reach it precomposed (NFC) or decomposed
 * (NFD, as some editors and PDF text layers write them), in capitals or not, with non-breaking spaces, and without
 * their diacritics when typed on a keyboard without a Vietnamese input method; every comparison goes through here so
 * that "Hải Phòng", "HẢI PHÒNG", "Ha\u0309i Pho\u0300ng" and "Hai Phong" are handled alike everywhere.
 *
 * <ul>
 *   <li>{@link #nfc}: the text composed, nothing else changed (for display and for quoting).</li>
 *   <li>{@link #normalise}: composed, lower case, white space as single spaces, diacritics kept ("kẻ sặt" and "kẻ
 *       sắt" stay apart, as they must where a unit or a document is named).</li>
 *   <li>{@link #fold}: normalised and without diacritics, đ as d ("hai phong"): for matching words that plans also
 *       write without their marks.</li>
 *   <li>{@link #fold(char)}: one character folded, for a reader that keeps the way back to the original text.</li>
 *   <li>{@link #slug}: folded to ASCII words joined by '-', for file names.</li>
 * </ul>
 */
public final class VietnameseText {
    /**
     * The folded form of each character met so far, filled as characters come (a data race that only ever writes
     * the same immutable value): computing every one of the 65,536 up front would cost each run's start-up.
     */
    private static final String[] FOLDED = new String[Character.MAX_VALUE + 1];

    static {
        for (char c = 0; c < 0x80; c++) {
            FOLDED[c] = String.valueOf(Character.toLowerCase(c));
        }
    }

    private VietnameseText() {}

    /** The text in NFC, the form every Vietnamese letter has one code point in; null for null. */
    public static String nfc(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The text as two writers of the same words agree on it, diacritics kept: NFC, lower case, every run of white
     * space (line breaks, tabs, non-breaking spaces) one space, no space at either end. Null for null.
     */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String lower = nfc(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The text {@link #normalise normalised} and without diacritics, đ (and the Ð that some fonts and OCR put for it)
     * written d: "Thành phố  HẢI PHÒNG" is "thanh pho hai phong", whether its marks were precomposed or not. Null for
     * null.
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        boolean space = false;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            String folded = fold(c);
            if (folded.isEmpty()) {
                continue; // a combining mark
            }
            if (out == null) {
                out = new StringBuilder(length);
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(folded);
        }
        return out == null ? "" : out.toString();
    }

    /**
     * One character folded as {@link #fold(String)} folds it, white space aside: a letter lower case without its
     * marks ("Ặ" is "a", "Đ" is "d"), a combining mark nothing, white space other than ASCII (a non-breaking space)
     * one space, any ASCII character lower case and otherwise as it is (a line break stays one). The result is what
     * stands for this character in the folded text, so a reader can map each folded character back to its source.
     */
    public static String fold(char c) {
        String folded = FOLDED[c];
        if (folded == null) {
            folded = foldWide(c);
            FOLDED[c] = folded;
        }
        return folded;
    }

    private static String foldWide(char c) {
        switch (c) {
            case 'đ', 'Đ', 'ð', 'Ð', 'ɖ', 'Ɖ':
                return "d";
            default:
                break;
        }
        if (isSpace(c)) {
            return " ";
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            int type = Character.getType(d);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                base.append(d);
            }
        }
        return base.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The text {@link #fold folded} to lower-case ASCII words joined by '-': "Lạng Sơn" is "lang-son", "Đặc khu Cô
     * Tô" is "dac-khu-co-to". Whatever is not a letter or digit of ASCII once folded separates words.
     */
    public static String slug(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                out.append(c);
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    /** White space as people see it: what Java calls white space and the space characters (no-break spaces too). */
    private static boolean isSpace(char c) {
        return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
