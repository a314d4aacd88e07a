package vn.tdkt.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /**
     * The 34 provinces and centrally-run cities from 12 June 2025 (Nghị quyết 202/2025/QH15 on the reorganisation of
     * provincial units), as their names are written.
     */
    public static final List<String> PROVINCES = List.of("Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La",
            "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai",
            "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng",
            "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh",
            "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang");
    private static final Set<String> KNOWN = PROVINCES.stream().map(ProvinceNames::fold)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private ProvinceNames() {}

    /** Whether the name is one of the 34 provinces, however it is written ("TP. Hồ Chí Minh", "tinh Lang Son"). */
    public static boolean isKnown(String name) {
        return name != null && KNOWN.contains(fold(name));
    }

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
