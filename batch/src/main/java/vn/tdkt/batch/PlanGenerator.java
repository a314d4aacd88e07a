package vn.tdkt.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.Activity;
import vn.tdkt.model.ActivityKind;
import vn.tdkt.model.AwardCategory;
import vn.tdkt.model.Conference;
import vn.tdkt.model.DateQualifier;
import vn.tdkt.model.Deadline;
import vn.tdkt.model.DeadlineKind;
import vn.tdkt.model.Delegation;
import vn.tdkt.model.DocumentRef;
import vn.tdkt.model.Plan;
import vn.tdkt.model.PriorityGroup;
import vn.tdkt.model.ProgramItem;
import vn.tdkt.model.ProgramItemKind;
import vn.tdkt.model.ProvinceNames;
import vn.tdkt.model.RecipientKind;
import vn.tdkt.model.ReportPart;
import vn.tdkt.model.ResultReportItem;
import vn.tdkt.model.SessionLength;
import vn.tdkt.model.Unit;
import vn.tdkt.model.UnitLevel;
import vn.tdkt.model.YearRange;
import vn.tdkt.pack.PackDescriptor;
import vn.tdkt.pack.PackFormatException;
import vn.tdkt.pack.PackLibrary;
import vn.tdkt.pack.Parameters;
import vn.tdkt.text.RomanNumerals;
import vn.tdkt.text.VietnameseText;

/**
 * Makes realistic plans for the commune-level units of Vietnam: the 34 provinces and centrally-run cities since
 * 1 July 2025 and their 3,321 xã, phường and đặc khu (114 in Hải Phòng, 65 in Lạng Sơn), for tests and benchmarks.
 *
 * <p>Each plan starts compliant with the pack that checks its province: the pack that lists the province, else the
 * national baseline (the {@link PackDescriptor#fallback() fallback}). Its cap, exemplar share, sessions, deadlines,
 * programme, activities, evaluation period, report outline and conference name come from the pack's parameters, then
 * the baseline's, then {@link GuidanceDefaults}. It implements the guidance its province issued: the one the
 * province's pack encodes, or, for a province without a pack, a guidance of its own with a number made up for the
 * purpose. It then receives mistakes officials find in real plans ({@link Mistake}), each at its own rate, as
 * departures from those same values.
 * Units formed by merging name the units they were formed from.
 *
 * <p>Seeded and reproducible: the same seed gives the same plans, and a province's plans are the same whether it is
 * generated alone or with the whole country. The names are made up from common Vietnamese place-name syllables; the
 * unit counts per province follow the published totals of the 2025 reorganisation, and the split into phường and xã is
 * approximate. The plans are fiction that looks like the real thing, not data about real communes.
 *
 * <pre>{@code
 * PlanGenerator generator = new PlanGenerator(42);
 * generator.country().count();                       // 3321
 * generator.province("Hải Phòng").map(GeneratedPlan::plan).toList();   // 114 plans
 * }</pre>
 */
public final class PlanGenerator {
    /** Commune-level units in the country since 1 July 2025. */
    public static final int COUNTRY_UNITS = 3321;

    /** How a province's units are named: the common syllables, or some of the highlands' too. */
    private enum Naming { COMMON, NORTHERN_HIGHLANDS, CENTRAL_HIGHLANDS }

    /**
     * A province's units by level, from the published totals of the 2025 reorganisation, and how they are named. Whether
     * it is a city is the province list's ({@link ProvinceNames#kind}).
     */
    private record Units(int units, int wards, Naming naming, List<String> specialZones) {
    }

    private static Units units(int units, int wards, String... specialZones) {
        return new Units(units, wards, Naming.COMMON, List.of(specialZones));
    }

    private static Units units(Naming naming, int units, int wards, String... specialZones) {
        return new Units(units, wards, naming, List.of(specialZones));
    }

    /** The units of each province, by its name as {@link ProvinceNames#PROVINCES} writes it. */
    private static final Map<String, Units> UNITS = Map.ofEntries(
            Map.entry("Hà Nội", units(126, 51)),
            Map.entry("Huế", units(40, 19)),
            Map.entry("Lai Châu", units(Naming.NORTHERN_HIGHLANDS, 38, 2)),
            Map.entry("Điện Biên", units(Naming.NORTHERN_HIGHLANDS, 45, 3)),
            Map.entry("Sơn La", units(Naming.NORTHERN_HIGHLANDS, 75, 8)),
            Map.entry("Lạng Sơn", units(Naming.NORTHERN_HIGHLANDS, 65, 4)),
            Map.entry("Quảng Ninh", units(54, 30, "Vân Đồn", "Cô Tô")),
            Map.entry("Thanh Hóa", units(166, 19)),
            Map.entry("Nghệ An", units(130, 11)),
            Map.entry("Hà Tĩnh", units(69, 9)),
            Map.entry("Cao Bằng", units(Naming.NORTHERN_HIGHLANDS, 56, 3)),
            Map.entry("Tuyên Quang", units(Naming.NORTHERN_HIGHLANDS, 124, 7)),
            Map.entry("Lào Cai", units(Naming.NORTHERN_HIGHLANDS, 99, 10)),
            Map.entry("Thái Nguyên", units(Naming.NORTHERN_HIGHLANDS, 92, 15)),
            Map.entry("Phú Thọ", units(148, 15)),
            Map.entry("Bắc Ninh", units(99, 33)),
            Map.entry("Hưng Yên", units(104, 11)),
            Map.entry("Hải Phòng", units(114, 45, "Bạch Long Vĩ", "Cát Hải")),
            Map.entry("Ninh Bình", units(129, 32)),
            Map.entry("Quảng Trị", units(78, 8, "Cồn Cỏ")),
            Map.entry("Đà Nẵng", units(94, 23, "Hoàng Sa")),
            Map.entry("Quảng Ngãi", units(96, 9, "Lý Sơn")),
            Map.entry("Gia Lai", units(Naming.CENTRAL_HIGHLANDS, 135, 25)),
            Map.entry("Khánh Hòa", units(65, 16, "Trường Sa")),
            Map.entry("Lâm Đồng", units(Naming.CENTRAL_HIGHLANDS, 124, 20, "Phú Quý")),
            Map.entry("Đắk Lắk", units(Naming.CENTRAL_HIGHLANDS, 102, 14)),
            Map.entry("Hồ Chí Minh", units(168, 113, "Côn Đảo")),
            Map.entry("Đồng Nai", units(95, 23)),
            Map.entry("Tây Ninh", units(96, 14)),
            Map.entry("Cần Thơ", units(103, 31)),
            Map.entry("Vĩnh Long", units(124, 20)),
            Map.entry("Đồng Tháp", units(102, 21)),
            Map.entry("Cà Mau", units(64, 9)),
            Map.entry("An Giang", units(102, 14, "Phú Quốc", "Kiên Hải", "Thổ Châu")));

    static {
        if (!UNITS.keySet().equals(Set.copyOf(ProvinceNames.PROVINCES))) {
            throw new IllegalStateException("the unit counts name other provinces than ProvinceNames.PROVINCES");
        }
    }

    /** The provinces in the order of {@link ProvinceNames#PROVINCES}, each with its units and its own guidance. */
    private static final List<Province> PROVINCES = ProvinceNames.PROVINCES.stream().map(name -> {
        Units u = UNITS.get(name);
        boolean city = "thành phố".equals(ProvinceNames.kind(name));
        return new Province(name, city, u.units(), u.wards(), u.specialZones(),
                madeUpGuidance((city ? "thành phố " : "tỉnh ") + name, name));
    }).toList();

    /**
     * A guidance of the province's own, a Kế hoạch of its People's Committee with a number and date made up: what the
     * plans of a province implement when no pack encodes its province's text.
     */
    private static Province.Guidance madeUpGuidance(String jurisdiction, String name) {
        int h = Math.floorMod(name.hashCode(), 1_000_003);
        return new Province.Guidance("Ủy ban nhân dân " + jurisdiction, (100 + h % 200) + "/KH-UBND",
                LocalDate.of(2025, 7, 7).plusDays(h % 21));
    }

    private static final String[] FIRST = {"An", "Bình", "Hòa", "Phú", "Tân", "Thạnh", "Long", "Hưng", "Đông", "Tây",
            "Nam", "Bắc", "Minh", "Thành", "Phước", "Vĩnh", "Quang", "Trung", "Hồng", "Thuận", "Đức", "Lộc", "Thái",
            "Hiệp", "Mỹ", "Sơn", "Hà", "Xuân", "Thủy", "Lâm", "Kim", "Cẩm", "Gia", "Hải", "Yên", "Nghĩa", "Tiến",
            "Phong", "Quảng", "Định", "Châu", "Cao", "Đại", "Tam", "Ngọc", "Vạn", "Kiến", "Liên", "Đồng", "Văn",
            "Tiên", "Hợp", "Khánh", "Trường", "Bảo", "Thượng", "Chí", "Thiện", "Hương", "Mai", "Vân", "Diễn", "Quỳnh"};
    private static final String[] SECOND = {"An", "Bình", "Hòa", "Phú", "Lợi", "Thắng", "Lạc", "Hưng", "Thịnh",
            "Thành", "Phước", "Long", "Sơn", "Hải", "Lâm", "Yên", "Định", "Điền", "Xuyên", "Thủy", "Trung", "Tiến",
            "Mỹ", "Đông", "Nam", "Tây", "Hà", "Quang", "Khê", "Lương", "Trạch", "Vinh", "Cường", "Hiệp", "Ninh",
            "Tường", "Dương", "Châu", "Giang", "Phong", "Lộc", "Tân", "Hồng", "Đức", "Kỳ", "Liêm", "Hạnh", "Dũng"};
    private static final String[] HIGHLAND_FIRST = {"Na", "Nà", "Pác", "Khuổi", "Lũng", "Pò", "Cốc", "Mường",
            "Chiềng", "Bản", "Phìn", "Tà", "Hồng", "Kim", "Tân", "Bắc", "Văn", "Hữu"};
    private static final String[] HIGHLAND_SECOND = {"Sầm", "Khoang", "Vài", "Mạ", "Lầu", "Phầy", "Nhùng", "Xa",
            "Tẩu", "Lìn", "Pè", "Cai", "Chang", "Thàng", "Vạc", "Mộc", "Xá", "Lũng", "Quan", "Lãng"};
    private static final String[] PLATEAU_FIRST = {"Ia", "Đắk", "Ea", "Krông", "Cư", "Buôn"};
    private static final String[] PLATEAU_SECOND = {"Grai", "Pơ", "Hrú", "Mơ", "Drăng", "Tơ", "Kar", "Sar", "Nông",
            "Hiao", "Blang", "Rông", "Pa", "Ktur", "Bông", "Ana"};
    private static final String[] WARD_NAMES = {"Lê Lợi", "Quang Trung", "Trần Hưng Đạo", "Ngô Quyền", "Lê Chân",
            "Hồng Bàng", "Hai Bà Trưng", "Lý Thường Kiệt", "Nguyễn Trãi", "Bạch Đằng", "Hoàng Văn Thụ", "Trần Phú",
            "Phan Bội Châu", "Võ Thị Sáu", "Hàm Nghi", "Tô Hiệu", "Chu Văn An", "Lê Hồng Phong", "Nguyễn Du",
            "Yết Kiêu", "Đinh Tiên Hoàng", "Lê Thánh Tông", "Phan Đình Phùng", "Nguyễn Huệ", "Ngô Gia Tự"};

    private static final ObjectWriter ONE_LINE = PlanJson.mapper().writer()
            .without(SerializationFeature.INDENT_OUTPUT);

    private final long seed;
    private final double mistakeScale;
    private final List<PackDescriptor> packs;
    /** What each province's plans follow, worked out once per generator. */
    private final Map<Province, Guide> guides = new ConcurrentHashMap<>();

    /** A generator with the default rates of mistakes, following the packs on the class path. */
    public PlanGenerator(long seed) {
        this(seed, classPathPacks());
    }

    /**
     * A generator following these packs: each province's plans are compliant with the pack that checks them (the pack
     * that lists the province, else the {@link PackDescriptor#fallback() fallback}); where neither has a parameter,
     * with {@link GuidanceDefaults}. With no packs, every plan follows the defaults.
     */
    public PlanGenerator(long seed, Collection<PackDescriptor> packs) {
        this(seed, 1.0, List.copyOf(packs));
    }

    /** A generator following these packs (those of the class path, maybe with a directory's). */
    public PlanGenerator(long seed, PackLibrary packs) {
        this(seed, packs.descriptors());
    }

    private PlanGenerator(long seed, double mistakeScale, List<PackDescriptor> packs) {
        this.seed = seed;
        this.mistakeScale = mistakeScale;
        this.packs = packs;
    }

    private static List<PackDescriptor> classPathPacks() {
        try {
            return PackLibrary.onClassPath().descriptors();
        } catch (PackFormatException e) {
            return List.of();
        }
    }

    /** The same generator with every mistake's rate multiplied by {@code scale}: 0 makes compliant plans only. */
    public PlanGenerator mistakeScale(double scale) {
        if (scale < 0 || Double.isNaN(scale)) {
            throw new IllegalArgumentException("scale must be 0 or more (was " + scale + ")");
        }
        return new PlanGenerator(seed, scale, packs);
    }

    public long seed() {
        return seed;
    }

    /** The 34 provinces and centrally-run cities, in the order of the 2025 resolution on their reorganisation. */
    public static List<Province> provinces() {
        return PROVINCES;
    }

    /**
     * A province by name, compared without case, diacritics or a "Tỉnh"/"Thành phố" prefix ("hai phong" finds
     * Hải Phòng); throws {@link IllegalArgumentException} listing the names when none matches.
     */
    public static Province findProvince(String name) {
        String wanted = ProvinceNames.fold(name);
        for (Province p : PROVINCES) {
            if (ProvinceNames.fold(p.name()).equals(wanted) || p.slug().equals(name.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("no province '" + name + "'; the provinces are: "
                + String.join(", ", PROVINCES.stream().map(Province::name).toList()));
    }

    /** The plans of every unit of the country: 3,321, province by province. */
    public Stream<GeneratedPlan> country() {
        return plans(PROVINCES, COUNTRY_UNITS);
    }

    /** The plans of every unit of one province. */
    public Stream<GeneratedPlan> province(String name) {
        Province p = findProvince(name);
        return plans(List.of(p), p.units());
    }

    /**
     * {@code count} plans of the provinces' units, lazily: the units in order, then again (a second round of plans
     * with other dates and mistakes, as for a later year's exercise) until the count is reached. Use it for batches
     * larger than the country.
     */
    public Stream<GeneratedPlan> plans(List<Province> provinces, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        List<Province> chosen = List.copyOf(provinces);
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no province");
        }
        int perRound = chosen.stream().mapToInt(Province::units).sum();
        Map<Province, List<UnitIdentity>> units = new LinkedHashMap<>();
        return LongStream.range(0, count).mapToObj(n -> {
            int round = (int) (n / perRound) + 1;
            int k = (int) (n % perRound);
            for (Province p : chosen) {
                if (k < p.units()) {
                    List<UnitIdentity> ofProvince = units.computeIfAbsent(p, this::units);
                    return plan(p, ofProvince.get(k), k + 1 + (round - 1) * p.units(), round);
                }
                k -= p.units();
            }
            throw new IllegalStateException("unreachable");
        });
    }

    /** A plan as one line of JSON, for NDJSON. */
    public static String toJsonLine(Plan plan) {
        try {
            return ONE_LINE.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write plan " + plan.label(), e);
        }
    }

    /** Writes the plans as NDJSON, one per line; returns how many. Does not close the writer. */
    public static long writeNdjson(Stream<GeneratedPlan> plans, Writer out) throws IOException {
        long n = 0;
        for (GeneratedPlan p : (Iterable<GeneratedPlan>) plans::iterator) {
            out.write(toJsonLine(p.plan()));
            out.write('\n');
            n++;
        }
        out.flush();
        return n;
    }

    /** Writes each plan to its own file under the directory ({@link GeneratedPlan#fileName()}); returns how many. */
    public static long writeFiles(Stream<GeneratedPlan> plans, Path directory) throws IOException {
        long n = 0;
        Set<Path> made = new HashSet<>();
        for (GeneratedPlan p : (Iterable<GeneratedPlan>) plans::iterator) {
            Path file = directory.resolve(p.fileName());
            if (made.add(file.getParent())) {
                Files.createDirectories(file.getParent());
            }
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                out.write(PlanJson.write(p.plan()));
                out.write('\n');
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            n++;
        }
        return n;
    }

    // --- the units ------------------------------------------------------------------------------------------------

    /** Who a unit is; the same in every round. */
    private record UnitIdentity(String name, UnitLevel level, boolean reorganised, List<String> formedFrom) {
        String qualified() {
            return switch (level) {
                case COMMUNE -> "xã " + name;
                case WARD -> "phường " + name;
                case SPECIAL_ZONE -> "đặc khu " + name;
                case AGENCY -> name;
            };
        }
    }

    /** The province's units, phường first, then xã, each in Vietnamese alphabetical order, then the đặc khu. */
    private List<UnitIdentity> units(Province province) {
        SplittableRandom random = new SplittableRandom(mix(seed, PROVINCES.indexOf(province), 0, 0));
        Set<String> taken = new HashSet<>(province.specialZones());
        Set<String> formerNames = new HashSet<>();
        List<UnitIdentity> wards = new ArrayList<>();
        List<UnitIdentity> communes = new ArrayList<>();
        for (int i = 0; i < province.wards(); i++) {
            String name = i < WARD_NAMES.length && random.nextInt(3) == 0
                    ? unique(WARD_NAMES[random.nextInt(WARD_NAMES.length)], taken, province, random)
                    : unique(null, taken, province, random);
            wards.add(identity(name, UnitLevel.WARD, province, random, formerNames));
        }
        for (int i = 0; i < province.communes(); i++) {
            communes.add(identity(unique(null, taken, province, random), UnitLevel.COMMUNE, province, random,
                    formerNames));
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        wards.sort((a, b) -> collator.compare(a.name(), b.name()));
        communes.sort((a, b) -> collator.compare(a.name(), b.name()));
        List<UnitIdentity> all = new ArrayList<>(wards);
        all.addAll(communes);
        for (String zone : province.specialZones()) {
            boolean merged = random.nextInt(3) > 0;
            all.add(new UnitIdentity(zone, UnitLevel.SPECIAL_ZONE, merged,
                    merged ? formerUnits(zone, random, formerNames, province) : null));
        }
        return Collections.unmodifiableList(all);
    }

    private UnitIdentity identity(String name, UnitLevel level, Province province, SplittableRandom random,
                                  Set<String> formerNames) {
        boolean merged = random.nextDouble() < 0.9; // a few units kept their borders
        return new UnitIdentity(name, level, merged, merged ? formerUnits(name, random, formerNames, province) : null);
    }

    /** Two to four pre-merger units; the new unit often keeps the name of one of them. */
    private static List<String> formerUnits(String name, SplittableRandom random, Set<String> formerNames,
                                            Province province) {
        int n = 2 + random.nextInt(3);
        List<String> former = new ArrayList<>();
        if (random.nextBoolean()) {
            former.add(name);
        }
        while (former.size() < n) {
            String candidate = syllables(province, random);
            if (!former.contains(candidate) && formerNames.add(candidate)) {
                former.add(candidate);
            }
        }
        return List.copyOf(former);
    }

    private static String unique(String preferred, Set<String> taken, Province province, SplittableRandom random) {
        if (preferred != null && taken.add(preferred)) {
            return preferred;
        }
        for (int attempt = 0; attempt < 1000; attempt++) {
            String name = syllables(province, random);
            if (taken.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("cannot make a new unit name in " + province.name());
    }

    private static String syllables(Province province, SplittableRandom random) {
        String[] first = FIRST;
        String[] second = SECOND;
        Naming naming = UNITS.get(province.name()).naming();
        if (naming == Naming.NORTHERN_HIGHLANDS && random.nextInt(5) < 2) {
            first = HIGHLAND_FIRST;
            second = HIGHLAND_SECOND;
        } else if (naming == Naming.CENTRAL_HIGHLANDS && random.nextInt(5) < 2) {
            first = PLATEAU_FIRST;
            second = PLATEAU_SECOND;
        }
        String a = first[random.nextInt(first.length)];
        String b;
        do {
            b = second[random.nextInt(second.length)];
        } while (b.equals(a));
        return a + " " + b;
    }

    /**
     * What a province's plans follow: the guidance they implement (the province's own pack's, else the province's own
     * made-up text) and the parameters of the pack that checks them, then of the national baseline, then
     * {@link GuidanceDefaults}.
     */
    private static final class Guide {
        final String pack;
        final Province.Guidance guidance;
        final List<Parameters> sources;

        Guide(String pack, Province.Guidance guidance, List<Parameters> sources) {
            this.pack = pack;
            this.guidance = guidance;
            this.sources = sources;
        }

        private Parameters source(String name) {
            for (Parameters p : sources) {
                if (p.values().containsKey(name)) {
                    return p;
                }
            }
            return null;
        }

        boolean has(String name) {
            return source(name) != null;
        }

        int integer(String name) {
            Parameters p = source(name);
            return p != null ? p.integer(name) : (Integer) GuidanceDefaults.of(name);
        }

        double decimal(String name) {
            Parameters p = source(name);
            return p != null ? p.decimal(name) : ((Number) GuidanceDefaults.of(name)).doubleValue();
        }

        LocalDate date(String name) {
            Parameters p = source(name);
            return p != null ? p.date(name) : (LocalDate) GuidanceDefaults.of(name);
        }

        String text(String name) {
            Parameters p = source(name);
            return p != null ? p.text(name) : (String) GuidanceDefaults.of(name);
        }

        @SuppressWarnings("unchecked")
        List<String> texts(String name) {
            Parameters p = source(name);
            return p != null ? p.texts(name) : (List<String>) GuidanceDefaults.of(name);
        }

        <E extends Enum<E>> List<E> kinds(Class<E> type, String name) {
            return texts(name).stream().map(k -> Enum.valueOf(type, k)).toList();
        }
    }

    private Guide guide(Province province) {
        return guides.computeIfAbsent(province, p -> {
            PackDescriptor own = packs.stream()
                    .filter(d -> d.provinces().stream().anyMatch(q -> ProvinceNames.same(q, p.name())))
                    .min(Comparator.comparing(PackDescriptor::id)).orElse(null);
            PackDescriptor baseline = packs.stream().filter(PackDescriptor::fallback)
                    .min(Comparator.comparing(PackDescriptor::id)).orElse(null);
            Province.Guidance guidance = own == null ? p.guidance()
                    : new Province.Guidance(own.guidance().issuer(), own.guidance().number(), own.guidance().date());
            List<Parameters> sources = new ArrayList<>();
            for (PackDescriptor d : Arrays.asList(own, baseline)) {
                if (d != null) {
                    sources.add(d.parametersOn(guidance.date()));
                }
            }
            String checking = own != null ? own.id() : baseline != null ? baseline.id() : null;
            return new Guide(checking, guidance, List.copyOf(sources));
        });
    }

    /**
     * The guidance the province's plans implement: the one its pack encodes when a pack lists the province, else the
     * province's own ({@link Province#guidance()}).
     */
    public Province.Guidance guidance(Province province) {
        return guide(province).guidance;
    }

    /** The id of the pack whose parameters the province's plans follow, if any: the province's pack or the fallback. */
    public Optional<String> pack(Province province) {
        return Optional.ofNullable(guide(province).pack);
    }

    // --- the plans ------------------------------------------------------------------------------------------------

    private GeneratedPlan plan(Province province, UnitIdentity unit, int index, int round) {
        SplittableRandom random = new SplittableRandom(mix(seed, PROVINCES.indexOf(province), round, index));
        Set<Mistake> mistakes = EnumSet.noneOf(Mistake.class);
        for (Mistake m : Mistake.values()) {
            if (random.nextDouble() < m.rate() * mistakeScale) {
                mistakes.add(m);
            }
        }
        if (!unit.reorganised()) {
            mistakes.remove(Mistake.PRE_MERGER_NOT_COVERED);
        }
        Draft d = Draft.compliant(province, guide(province), unit, random);
        for (Mistake m : mistakes) {
            d.apply(m, random);
        }
        String fileName = province.slug() + "/" + (round > 1 ? "r" + round + "/" : "")
                + String.format(Locale.ROOT, "%03d-%s.json", index, VietnameseText.slug(unit.qualified()));
        return new GeneratedPlan(d.build(), province, index, fileName, mistakes);
    }

    private static long mix(long seed, int province, int round, int index) {
        long h = seed * 0x9E3779B97F4A7C15L;
        h = (h ^ (province + 1)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ ((long) round << 20)) * 0x94D049BB133111EBL;
        h = (h ^ index) * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 31);
    }

    private static String day(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    /** A plan being made: the facts, changed by mistakes, then built. */
    private static final class Draft {
        final Province province;
        final UnitIdentity unit;
        final Guide guide;
        String number;
        LocalDate planDate;
        List<DocumentRef> guidance;
        String form;
        String name;
        Integer edition;
        LocalDate conferenceDate;
        SessionLength length;
        String venue;
        Integer total;
        Integer exemplarPercent;
        Integer guestPercent;
        List<ProgramItem> programme;
        List<Activity> activities;
        List<ReportPart> reportOutline;
        Boolean coversPreMerger;
        List<AwardCategory> awards;
        LocalDate nominations;
        LocalDate approval;
        LocalDate planSent;
        DateQualifier planSentQualifier = DateQualifier.BEFORE;
        LocalDate results;
        List<ResultReportItem> resultContents;
        String recipient;
        final Map<String, String> quotes = new LinkedHashMap<>();

        private Draft(Province province, UnitIdentity unit, Guide guide) {
            this.province = province;
            this.unit = unit;
            this.guide = guide;
        }

        /** A plan as the guide asks: every value from the pack that checks it, or the defaults. */
        static Draft compliant(Province province, Guide guide, UnitIdentity unit, SplittableRandom random) {
            Draft d = new Draft(province, unit, guide);
            Province.Guidance g = guide.guidance;
            d.number = (3 + random.nextInt(60)) + "/KH-UBND";
            d.guidance = List.of(new DocumentRef(g.issuer(), g.number(), g.date(), null));
            d.edition = unit.reorganised() ? 1 : 2 + random.nextInt(5);
            d.venue = random.nextBoolean() ? "Hội trường Ủy ban nhân dân " + unit.qualified()
                    : "Hội trường Trung tâm Chính trị " + unit.qualified();
            int cap = guide.integer("delegates.max");
            d.total = random.nextInt(4) == 0 ? cap : Math.max(1, cap - 5 * (1 + random.nextInt(12)));
            d.exemplarPercent = guide.integer("delegates.exemplarPercent");
            d.guestPercent = 100 - d.exemplarPercent;
            d.length = SessionLength.ofSessions(guide.integer("conference.sessions"));
            d.coversPreMerger = unit.reorganised() ? Boolean.TRUE : null;
            d.activities = guide.kinds(ActivityKind.class, "activities.recommended").stream()
                    .map(k -> new Activity(k, k.label())).toList();
            d.reportOutline = guide.kinds(ReportPart.class, "report.parts");
            d.awards = awards(unit, random);
            d.form = guide.text("conference.form");
            d.recipient = guide.has("report.recipient") ? guide.text("report.recipient")
                    : GuidanceDefaults.reportRecipient(province.city());

            // the plan a few days after the guidance, early enough to be sent before the plan deadline
            LocalDate planDeadline = guide.date("plan.deadline");
            long room = ChronoUnit.DAYS.between(g.date(), planDeadline) - 2;
            d.planDate = g.date().plusDays(1 + random.nextInt((int) Math.max(1, Math.min(10, room))));
            // the conference in the week before its deadline, then the steps before it
            d.conferenceDate = guide.date("conference.deadline").minusDays(1 + random.nextInt(6));
            if (d.conferenceDate.isBefore(d.planDate.plusDays(4))) {
                d.conferenceDate = d.planDate.plusDays(4);
            }
            d.approval = d.conferenceDate.minusDays(1 + random.nextInt(3));
            d.nominations = afterThePlan(d.approval.minusDays(1 + random.nextInt(3)), d.planDate);
            d.planSent = planDeadline;
            d.results = guide.date("results.deadline").minusDays(1 + random.nextInt(3));
            if (!d.results.isAfter(d.conferenceDate)) {
                d.results = d.conferenceDate.plusDays(1);
            }
            d.programme = guide.kinds(ProgramItemKind.class, "programme.items").stream()
                    .map(k -> new ProgramItem(k, k.label())).toList();
            d.resultContents = guide.kinds(ResultReportItem.class, "results.contents");
            d.name = d.conferenceName(d.edition);
            return d;
        }

        /** The name the guidance's template gives the conference of this edition. */
        String conferenceName(int ofEdition) {
            return guide.text("conference.name").replace("{unit}", unit.qualified())
                    .replace("{edition}", RomanNumerals.of(ofEdition))
                    .replace("{term}", guide.integer("term.from") + " - " + guide.integer("term.to"));
        }

        /** A "trước ngày" deadline for nominations that leaves at least the plan's own day to send them. */
        private static LocalDate afterThePlan(LocalDate nominations, LocalDate planDate) {
            return nominations.isAfter(planDate) ? nominations : planDate.plusDays(1);
        }

        /** "Quyết định", "Hướng dẫn" or "Kế hoạch", as the document's number says ("3194/QĐ-UBND"). */
        private static String documentKind(String number) {
            String upper = number.toUpperCase(Locale.forLanguageTag("vi"));
            return upper.contains("/QĐ") ? "Quyết định" : upper.contains("/HD") ? "Hướng dẫn" : "Kế hoạch";
        }

        private static List<AwardCategory> awards(UnitIdentity unit, SplittableRandom random) {
            List<AwardCategory> all = List.of(
                    new AwardCategory("Các thôn, tổ dân phố", RecipientKind.COLLECTIVE, 3, 5,
                            "Dẫn đầu phong trào thi đua giai đoạn 2020 - 2025", "Ủy ban Mặt trận Tổ quốc Việt Nam "
                            + unit.qualified(), "Giấy khen"),
                    new AwardCategory("Ngành giáo dục", RecipientKind.COLLECTIVE, 2, 3,
                            "Mỗi bậc học lựa chọn 01 trường có thành tích tiêu biểu", "Phòng Văn hóa - Xã hội",
                            "Giấy khen"),
                    new AwardCategory("Cá nhân điển hình tiên tiến", RecipientKind.INDIVIDUAL, 10, 15,
                            "Trực tiếp sản xuất, công tác, có thành tích xuất sắc", "Các cơ quan, đơn vị",
                            "Giấy khen"),
                    new AwardCategory("Hộ gia đình sản xuất, kinh doanh giỏi", RecipientKind.HOUSEHOLD, 3, 5,
                            "Hộ có thu nhập cao, giúp đỡ cộng đồng", "Hội Nông dân", "Giấy khen"),
                    new AwardCategory("Doanh nghiệp, hợp tác xã", RecipientKind.ENTERPRISE, 1, 3,
                            "Thực hiện tốt nghĩa vụ thuế, tạo việc làm cho người lao động", "Phòng Kinh tế",
                            "Giấy khen"));
            List<AwardCategory> chosen = new ArrayList<>();
            for (AwardCategory a : all) {
                if (chosen.isEmpty() || random.nextInt(3) > 0) {
                    chosen.add(a);
                }
            }
            return chosen;
        }

        void apply(Mistake mistake, SplittableRandom random) {
            switch (mistake) {
                case LATE_CONFERENCE -> {
                    LocalDate deadline = guide.date("conference.deadline");
                    conferenceDate = random.nextInt(10) < 3 ? deadline : deadline.plusDays(1 + random.nextInt(4));
                    if (approval.isAfter(conferenceDate)) {
                        approval = conferenceDate.minusDays(1);
                    }
                    if (results != null && !results.isAfter(conferenceDate)) {
                        results = conferenceDate.plusDays(2);
                    }
                }
                case FULL_DAY -> {
                    int allowed = guide.integer("conference.sessions");
                    length = SessionLength.ONE_DAY.sessions() > allowed ? SessionLength.ONE_DAY
                            : SessionLength.SEVERAL_DAYS;
                }
                case OVER_CAP -> total = guide.integer("delegates.max") + 1 + random.nextInt(70);
                case COMPOSITION_OFF -> {
                    long tolerance = Math.max(1, Math.round(guide.decimal("delegates.tolerance")));
                    int[] off = {-3, -2, 2, 3};
                    long share = exemplarPercent + off[random.nextInt(off.length)] * tolerance;
                    exemplarPercent = (int) Math.max(0, Math.min(100, share));
                    guestPercent = 100 - exemplarPercent;
                }
                case PROGRAMME_ITEMS_MISSING -> {
                    List<ProgramItem> items = new ArrayList<>(programme);
                    int drop = 1 + random.nextInt(3);
                    for (int i = 0; i < drop && items.size() > 3; i++) {
                        items.remove(1 + random.nextInt(items.size() - 1)); // never the opening
                    }
                    programme = List.copyOf(items);
                }
                case PROGRAMME_OUT_OF_ORDER -> {
                    List<ProgramItem> items = new ArrayList<>(programme);
                    if (items.size() >= 4) {
                        int i = 1 + random.nextInt(items.size() - 3);
                        Collections.swap(items, i, i + 1);
                        programme = List.copyOf(items);
                    }
                }
                case DEADLINES_OUT_OF_ORDER -> {
                    LocalDate n = nominations;
                    nominations = approval.plusDays(1);
                    approval = n;
                }
                case PLAN_SENT_LATE -> {
                    planSent = guide.date("plan.deadline").plusDays(1 + random.nextInt(3));
                    planSentQualifier = DateQualifier.ON;
                }
                case RESULTS_LATE -> {
                    if (results != null) {
                        results = guide.date("results.deadline").plusDays(random.nextInt(6));
                    }
                }
                case PRE_MERGER_NOT_COVERED -> coversPreMerger = null;
                case WRONG_NAME -> {
                    int how = random.nextInt(3);
                    if (how == 0) {
                        name = conferenceName(edition + 1);
                    } else if (how == 1) {
                        name = "Hội nghị biểu dương điển hình tiên tiến " + unit.qualified() + " năm 2025";
                    } else {
                        name = form + " " + unit.qualified() + " giai đoạn " + guide.integer("evaluation.from")
                                + " - " + guide.integer("evaluation.to");
                    }
                }
                case DELEGATES_NOT_STATED -> total = null;
                case AWARD_CRITERIA_MISSING -> {
                    List<AwardCategory> changed = new ArrayList<>(awards);
                    AwardCategory a = changed.get(0);
                    changed.set(0, new AwardCategory(a.field(), a.recipients(), a.countMin(), a.countMax(), null,
                            a.proposer(), a.awardForm()));
                    awards = List.copyOf(changed);
                }
                case GUIDANCE_NOT_NAMED -> guidance = null;
            }
        }

        Plan build() {
            List<Deadline> deadlines = new ArrayList<>();
            if (planSent != null) {
                deadlines.add(new Deadline(DeadlineKind.PLAN_SUBMISSION, planSent, planSentQualifier, recipient, null));
            }
            deadlines.add(new Deadline(DeadlineKind.NOMINATIONS, nominations, DateQualifier.BEFORE,
                    "Ủy ban nhân dân " + unit.qualified() + " (qua Phòng Văn hóa - Xã hội)", null));
            deadlines.add(new Deadline(DeadlineKind.EXEMPLAR_LIST_APPROVAL, approval, DateQualifier.BEFORE, null, null));
            if (results != null) {
                deadlines.add(new Deadline(DeadlineKind.RESULT_REPORT, results, DateQualifier.BEFORE, recipient, null));
            }
            String lengthWords = switch (length) {
                case ONE_SESSION -> "01 buổi";
                case HALF_DAY -> "½ ngày";
                case TWO_SESSIONS -> "02 buổi";
                case ONE_DAY -> "01 ngày";
                case SEVERAL_DAYS -> "02 ngày";
            };
            quotes.put("/conference/date", "Thời gian: " + lengthWords + ", dự kiến ngày " + day(conferenceDate) + ".");
            quotes.put("/conference/length", quotes.get("/conference/date"));
            if (total != null) {
                quotes.put("/delegation/total", "Số lượng: " + total + " đại biểu (đại biểu điển hình tiên tiến khoảng "
                        + exemplarPercent + "%; đại biểu khách mời và lãnh đạo khoảng " + guestPercent + "%).");
            }
            quotes.put("/conference/name", name.toUpperCase(Locale.forLanguageTag("vi")));
            if (guidance != null) {
                Province.Guidance g = guide.guidance;
                quotes.put("/implementsGuidance", "Thực hiện " + documentKind(g.number()) + " số " + g.number()
                        + " ngày " + day(g.date()) + " của " + g.issuer() + ";");
            }
            Unit u = new Unit(unit.name(), unit.level(), province.name(), unit.reorganised(), unit.formedFrom());
            return new Plan(u,
                    new DocumentRef("Ủy ban nhân dân " + unit.qualified(), number, planDate,
                            "Kế hoạch tổ chức " + form + " " + unit.qualified()),
                    guidance,
                    new Conference(form, name, edition,
                            new YearRange(guide.integer("term.from"), guide.integer("term.to")), conferenceDate,
                            DateQualifier.ON, length, venue),
                    new YearRange(guide.integer("evaluation.from"), guide.integer("evaluation.to")),
                    new Delegation(total, total == null ? null : exemplarPercent, total == null ? null : guestPercent,
                            List.of(PriorityGroup.values()), true, true, null, null),
                    programme, activities, reportOutline, null, coversPreMerger, awards, deadlines, resultContents,
                    true, quotes);
        }
    }
}
