package vn.tdkt.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Province names as people write them: "Hải Phòng", "TP. Hải Phòng", "thành phố Hai Phong" and "hai phong" name the
 * same city. Compared without case, diacritics, spacing or a "Thành phố" / "Tỉnh" prefix.
 */
public final class ProvinceNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PREFIX = Pattern.compile("^(thanhpho|tinh|tp\\.?)");
    /**
     * Folded names, by name: a batch compares the same few dozen province names for every plan. Bounded, so that a
     * stream of odd names cannot grow it without end.
     */
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();
    private static final int FOLDED_MAX = 1024;

    private ProvinceNames() {}

    /** The name folded for comparison: "thanh pho Hải Phòng" becomes "haiphong". */
    public static String fold(String name) {
        String folded = FOLDED.get(name);
        if (folded == null) {
            String decomposed = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
            folded = PREFIX.matcher(SPACES.matcher(decomposed.replace('đ', 'd').replace('Đ', 'D')).replaceAll("")
                    .toLowerCase(Locale.ROOT)).replaceFirst("");
            if (FOLDED.size() < FOLDED_MAX) {
                FOLDED.put(name, folded);
            }
        }
        return folded;
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }
}
