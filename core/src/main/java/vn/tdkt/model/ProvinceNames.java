package vn.tdkt.model;

import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import vn.tdkt.text.VietnameseText;

/**
 * Province names as people write them: "Hải Phòng", "TP. Hải Phòng", "thành phố Hai Phong" and "hai phong" name the
 * same city. Compared without case, diacritics, spacing or a "Thành phố" / "Tỉnh" prefix.
 */
public final class ProvinceNames {
    private static final Pattern PREFIX = Pattern.compile("^(thanhpho|tinh|tp\\.?)");
    /**
     * Folded names, by name: a batch compares the same few dozen province names for every plan. Bounded, so that a
     * stream of odd names cannot grow it without end.
     */
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();
    private static final int FOLDED_MAX = 1024;

    /** The list of the provinces, a resource beside this class: "thành phố" or "tỉnh", a tab, the name. */
    private static final String RESOURCE = "provinces.txt";
    /** "thành phố" or "tỉnh", by name, in the resolution's order. */
    private static final Map<String, String> KINDS = load();

    /**
     * The 34 provinces and centrally-run cities from 1 July 2025 (Nghị quyết 202/2025/QH15 on the reorganisation of
     * provincial units), as their names are written, in the resolution's order.
     */
    public static final List<String> PROVINCES = List.copyOf(KINDS.keySet());
    private static final Set<String> KNOWN = PROVINCES.stream().map(ProvinceNames::fold)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private ProvinceNames() {}

    /** "thành phố" for a centrally-run city, "tỉnh" for a province; null for a name not among the 34. */
    public static String kind(String name) {
        if (name == null) {
            return null;
        }
        for (Map.Entry<String, String> province : KINDS.entrySet()) {
            if (same(province.getKey(), name)) {
                return province.getValue();
            }
        }
        return null;
    }

    private static Map<String, String> load() {
        Map<String, String> kinds = new java.util.LinkedHashMap<>();
        try (java.io.InputStream in = ProvinceNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + ProvinceNames.class.getName());
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.strip().split("\t");
                kinds.put(cells[1], cells[0]);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(kinds);
    }

    /** Whether the name is one of the 34 provinces, however it is written ("TP. Hồ Chí Minh", "tinh Lang Son"). */
    public static boolean isKnown(String name) {
        return name != null && KNOWN.contains(fold(name));
    }

    /** The name folded for comparison: "thanh pho Hải Phòng" becomes "haiphong". */
    public static String fold(String name) {
        String folded = FOLDED.get(name);
        if (folded == null) {
            folded = PREFIX.matcher(VietnameseText.fold(name).replace(" ", "")).replaceFirst("");
            if (FOLDED.size() < FOLDED_MAX) {
                FOLDED.put(name, folded);
            }
        }
        return folded;
    }

    /** Whether two names, however written, name the same province; false when either is null. */
    public static boolean same(String a, String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }
}
