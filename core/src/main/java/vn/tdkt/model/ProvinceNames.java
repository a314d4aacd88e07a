package vn.tdkt.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Province names as people write them: "Hải Phòng", "TP. Hải Phòng", "thành phố Hai Phong" and "hai phong" name the
 * same city. Compared without case, diacritics, spacing or a "Thành phố" / "Tỉnh" prefix.
 */
public final class ProvinceNames {
    private ProvinceNames() {}

    /** The name folded for comparison: "thanh pho Hải Phòng" becomes "haiphong". */
    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').replaceAll("\\s+", "").toLowerCase(Locale.ROOT)
                .replaceFirst("^(thanhpho|tinh|tp\\.?)", "");
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }
}
