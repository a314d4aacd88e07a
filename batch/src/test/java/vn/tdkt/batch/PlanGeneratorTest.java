package vn.tdkt.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.finding.GuidanceDocument;
import vn.tdkt.pack.PackDescriptor;
import vn.tdkt.pack.ParameterDefinition;
import vn.tdkt.pack.ParameterValue;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.DeadlineKind;
import vn.tdkt.model.ProvinceNames;
import vn.tdkt.model.YearRange;
import vn.tdkt.model.Plan;
import vn.tdkt.model.SessionLength;
import vn.tdkt.model.UnitLevel;

class PlanGeneratorTest {

    @Test
    void theCountryHas34ProvincesAnd3321Units() {
        List<Province> provinces = PlanGenerator.provinces();
        assertThat(provinces).hasSize(34);
        assertThat(provinces.stream().mapToInt(Province::units).sum()).isEqualTo(3321);
        assertThat(PlanGenerator.findProvince("Hải Phòng").units()).isEqualTo(114);
        assertThat(PlanGenerator.findProvince("Lạng Sơn").units()).isEqualTo(65);
        assertThat(provinces.stream().mapToInt(p -> p.specialZones().size()).sum()).isEqualTo(13);
        assertThat(provinces.stream().mapToInt(Province::wards).sum()).isEqualTo(687);
        assertThat(provinces.stream().mapToInt(Province::communes).sum()).isEqualTo(2621);
        assertThat(provinces.stream().map(Province::name).collect(Collectors.toSet())).hasSize(34);
        assertThat(PlanGenerator.findProvince("hai phong")).isSameAs(PlanGenerator.findProvince("Thành phố Hải Phòng"))
                .isSameAs(PlanGenerator.findProvince("hai-phong"));
        assertThatThrownBy(() -> PlanGenerator.findProvince("Hà Tây")).hasMessageContaining("Hải Phòng");
    }

    @Test
    void theCountryRunYieldsOnePlanPerUnitWithTheStatedCounts() {
        List<GeneratedPlan> plans = new PlanGenerator(1).country().toList();

        assertThat(plans).hasSize(3321);
        Map<String, Long> perProvince = plans.stream()
                .collect(Collectors.groupingBy(p -> p.plan().unit().province(), Collectors.counting()));
        for (Province p : PlanGenerator.provinces()) {
            assertThat(perProvince.get(p.name())).as(p.name()).isEqualTo(p.units());
            assertThat(plans.stream().filter(g -> g.province() == p && g.plan().unit().level() == UnitLevel.WARD)
                    .count()).as(p.name() + " wards").isEqualTo(p.wards());
        }
        assertThat(perProvince).containsEntry("Hải Phòng", 114L).containsEntry("Lạng Sơn", 65L);
        assertThat(plans.stream().map(GeneratedPlan::fileName).collect(Collectors.toSet())).hasSize(3321);
        // unit names are unique within a province
        for (Province p : PlanGenerator.provinces()) {
            assertThat(plans.stream().filter(g -> g.province() == p).map(g -> g.plan().unit().qualifiedName())
                    .collect(Collectors.toSet())).hasSize(p.units());
        }
    }

    @Test
    void theSameSeedGivesTheSamePlansAndAnotherSeedOthers() {
        List<String> a = new PlanGenerator(42).country().map(p -> PlanGenerator.toJsonLine(p.plan())).toList();
        List<String> b = new PlanGenerator(42).country().map(p -> PlanGenerator.toJsonLine(p.plan())).toList();
        List<String> c = new PlanGenerator(43).country().map(p -> PlanGenerator.toJsonLine(p.plan())).toList();

        assertThat(a).isEqualTo(b);
        assertThat(c).isNotEqualTo(a);
        assertThat(c.stream().filter(new HashSet<>(a)::contains).count()).isLessThan(100);
    }

    @Test
    void aProvinceAloneGetsTheSamePlansAsInTheCountryRun() {
        PlanGenerator generator = new PlanGenerator(7);
        List<Plan> alone = generator.province("Lạng Sơn").map(GeneratedPlan::plan).toList();
        List<Plan> inCountry = generator.country().filter(p -> p.province().name().equals("Lạng Sơn"))
                .map(GeneratedPlan::plan).toList();
        assertThat(alone).isEqualTo(inCountry);
    }

    @Test
    void everyPlanReadsBackAsItWasWritten() {
        for (GeneratedPlan p : new PlanGenerator(5).country().toList()) {
            assertThat(PlanJson.read(PlanGenerator.toJsonLine(p.plan()), p.fileName())).isEqualTo(p.plan());
        }
    }

    @Test
    void mistakesComeAtPlausibleRatesAndShowInThePlans() {
        List<GeneratedPlan> plans = new PlanGenerator(3).country().toList();
        Map<Mistake, Long> made = new EnumMap<>(Mistake.class);
        plans.forEach(p -> p.mistakes().forEach(m -> made.merge(m, 1L, Long::sum)));

        for (Mistake m : Mistake.values()) {
            double expected = m.rate() * plans.size();
            assertThat((double) made.getOrDefault(m, 0L)).as(m.name()).isBetween(expected * 0.6, expected * 1.4);
        }
        long compliant = plans.stream().filter(p -> p.mistakes().isEmpty()).count();
        assertThat(compliant).isBetween(plans.size() / 5L, plans.size() / 2L);
        for (GeneratedPlan p : plans) {
            Plan plan = p.plan();
            assertThat(plan.conference().length() == SessionLength.ONE_DAY).as(p.fileName())
                    .isEqualTo(p.mistakes().contains(Mistake.FULL_DAY));
            Integer total = plan.delegation().total();
            assertThat(total != null && total > 150).isEqualTo(p.mistakes().contains(Mistake.OVER_CAP)
                    && !p.mistakes().contains(Mistake.DELEGATES_NOT_STATED));
            assertThat(plan.implementsGuidance() == null).isEqualTo(p.mistakes().contains(Mistake.GUIDANCE_NOT_NAMED));
            if (Boolean.TRUE.equals(plan.unit().reorganised())) {
                assertThat(plan.unit().formedFrom()).hasSizeBetween(2, 4);
            }
        }
        assertThat(plans.stream().filter(p -> Boolean.FALSE.equals(p.plan().unit().reorganised())).count())
                .isBetween(100L, 600L);
    }

    /** A pack as the generator reads it: identity, guidance and parameters, each value from the guidance's day. */
    private static PackDescriptor pack(String id, List<String> provinces, boolean fallback, GuidanceDocument guidance,
                                       Map<String, Object> parameters) {
        Map<String, ParameterDefinition> definitions = new LinkedHashMap<>();
        parameters.forEach((name, value) -> definitions.put(name, new ParameterDefinition(name, name, List.of(
                new ParameterValue(guidance.date(), value, "1", "")))));
        return new PackDescriptor(id, "1", id, provinces, guidance, definitions, Map.of(), fallback, null, null, id,
                null);
    }

    /** A city pack that tightens the baseline, a province pack that states little, and the baseline. */
    private static final List<PackDescriptor> PACKS = List.of(
            pack("city", List.of("Hải Phòng"), false, new GuidanceDocument("Ủy ban nhân dân thành phố Hải Phòng",
                    "3194/QĐ-UBND", LocalDate.of(2025, 8, 8), "Kế hoạch", "QĐ 3194"), Map.ofEntries(
                    Map.entry("delegates.max", 120), Map.entry("delegates.exemplarPercent", 60),
                    Map.entry("conference.sessions", 1), Map.entry("conference.deadline", LocalDate.of(2025, 8, 22)),
                    Map.entry("plan.deadline", LocalDate.of(2025, 8, 14)),
                    Map.entry("results.deadline", LocalDate.of(2025, 8, 29)),
                    Map.entry("conference.form", "Hội nghị tuyên dương điển hình tiên tiến"),
                    Map.entry("conference.name", "Hội nghị tuyên dương điển hình tiên tiến {unit} Lần thứ {edition} ({term})"),
                    Map.entry("programme.items", List.of("OPENING", "SUMMARY_REPORT", "PRESENTATIONS", "EXCHANGE",
                            "COMMENDATION", "LAUNCH", "RESPONSE", "DELEGATES_TO_CONGRESS", "CLOSING")),
                    Map.entry("activities.recommended", List.of("HO_CHI_MINH_PROPAGANDA", "LEADER_DIALOGUE")),
                    Map.entry("report.recipient", "Hội đồng Thi đua - Khen thưởng thành phố"),
                    Map.entry("results.contents", List.of("SUMMARY_REPORT")))),
            pack("province", List.of("Lạng Sơn"), false, new GuidanceDocument("Ủy ban nhân dân tỉnh Lạng Sơn",
                    "199/KH-UBND", LocalDate.of(2025, 7, 23), "Kế hoạch", "KH 199"), Map.of(
                    "programme.items", List.of("OPENING", "SUMMARY_REPORT", "PRESENTATIONS", "COMMENDATION", "LAUNCH",
                            "RESPONSE", "DELEGATES_TO_CONGRESS", "CLOSING"))),
            pack("baseline", List.of(), true, new GuidanceDocument("Bộ Nội vụ", "4758/HD-BNV",
                    LocalDate.of(2025, 7, 5), "Hướng dẫn", "HD 4758"), Map.of(
                    "delegates.max", 140, "conference.sessions", 1, "evaluation.from", 2020, "evaluation.to", 2025)));

    @Test
    void withoutMistakesEveryPlanIsAsThePackThatChecksItAsks() {
        PlanGenerator generator = new PlanGenerator(3, PACKS).mistakeScale(0);
        List<GeneratedPlan> plans = generator.country().toList();
        assertThat(plans).allMatch(p -> p.mistakes().isEmpty());
        for (GeneratedPlan p : plans) {
            Plan plan = p.plan();
            assertThat(plan.conference().length()).isEqualTo(SessionLength.ONE_SESSION);
            assertThat(plan.implementsGuidance()).singleElement().satisfies(g -> assertThat(g.number())
                    .isEqualTo(generator.guidance(p.province()).number()));
            assertThat(plan.document().date()).isAfter(generator.guidance(p.province()).date());
            assertThat(plan.evaluationPeriod()).isEqualTo(new YearRange(2020, 2025));
        }
        Province haiPhong = PlanGenerator.findProvince("Hải Phòng");
        Province langSon = PlanGenerator.findProvince("Lạng Sơn");
        assertThat(generator.pack(haiPhong)).contains("city");
        assertThat(generator.pack(langSon)).contains("province");
        assertThat(generator.pack(PlanGenerator.findProvince("Huế"))).contains("baseline");

        // the city's pack: its cap, share, deadlines, form, name, nine items, activities, recipient
        List<GeneratedPlan> city = plans.stream().filter(p -> p.province() == haiPhong).toList();
        assertThat(city).hasSize(114).allSatisfy(p -> {
            Plan plan = p.plan();
            assertThat(plan.delegation().total()).isBetween(1, 120);
            assertThat(plan.delegation().exemplarPercent()).isEqualTo(60);
            assertThat(plan.conference().date()).isBefore(LocalDate.of(2025, 8, 22));
            assertThat(plan.conference().form()).isEqualTo("Hội nghị tuyên dương điển hình tiên tiến");
            assertThat(plan.conference().name()).startsWith("Hội nghị tuyên dương điển hình tiên tiến ")
                    .endsWith(" (2025 - 2030)").contains(" Lần thứ ");
            assertThat(plan.programme()).hasSize(9);
            assertThat(plan.activities()).hasSize(2);
            assertThat(plan.resultReportContents()).hasSize(1);
            assertThat(plan.implementsGuidance().get(0).number()).isEqualTo("3194/QĐ-UBND");
            assertThat(plan.quotes().get("/implementsGuidance")).startsWith("Thực hiện Quyết định số 3194/QĐ-UBND");
            assertThat(plan.deadlines()).anySatisfy(d -> {
                assertThat(d.kind()).isEqualTo(DeadlineKind.PLAN_SUBMISSION);
                assertThat(d.date()).isEqualTo(LocalDate.of(2025, 8, 14));
                assertThat(d.recipient()).isEqualTo("Hội đồng Thi đua - Khen thưởng thành phố");
            });
            assertThat(plan.deadlines()).filteredOn(d -> d.kind() == DeadlineKind.RESULT_REPORT)
                    .singleElement().satisfies(d -> assertThat(d.date()).isBefore(LocalDate.of(2025, 8, 29)));
        });
        assertThat(city.stream().filter(p -> p.plan().delegation().total() == 120).count()).isPositive();

        // a pack that states little: its guidance and programme, the baseline's cap, the defaults for the rest
        List<GeneratedPlan> province = plans.stream().filter(p -> p.province() == langSon).toList();
        assertThat(province).hasSize(65).allSatisfy(p -> {
            Plan plan = p.plan();
            assertThat(plan.implementsGuidance().get(0).number()).isEqualTo("199/KH-UBND");
            assertThat(plan.programme()).hasSize(8);
            assertThat(plan.delegation().total()).isBetween(1, 140);
            assertThat(plan.delegation().exemplarPercent()).isEqualTo(GuidanceDefaults.EXEMPLAR_PERCENT);
            assertThat(plan.conference().form()).isEqualTo(GuidanceDefaults.CONFERENCE_FORM);
            assertThat(plan.conference().date()).isBefore(GuidanceDefaults.CONFERENCE_DEADLINE);
        });

        // the provinces without a pack: their own guidance, the baseline's cap
        assertThat(plans.stream().filter(p -> p.province() != haiPhong && p.province() != langSon)).allSatisfy(p -> {
            assertThat(p.plan().implementsGuidance().get(0).number()).isEqualTo(p.province().guidance().number());
            assertThat(p.plan().delegation().total()).isBetween(1, 140);
            assertThat(p.plan().programme()).hasSize(9);
        });
    }

    @Test
    void mistakesDepartFromThePackThatChecksThePlan() {
        List<GeneratedPlan> plans = new PlanGenerator(6, PACKS).province("Hải Phòng").toList();
        for (GeneratedPlan p : plans) {
            Integer total = p.plan().delegation().total();
            assertThat(total != null && total > 120).as(p.fileName()).isEqualTo(
                    p.mistakes().contains(Mistake.OVER_CAP) && !p.mistakes().contains(Mistake.DELEGATES_NOT_STATED));
            if (p.mistakes().contains(Mistake.LATE_CONFERENCE)) {
                assertThat(p.plan().conference().date()).isAfterOrEqualTo(LocalDate.of(2025, 8, 22));
            } else {
                assertThat(p.plan().conference().date()).isBefore(LocalDate.of(2025, 8, 22));
            }
        }
    }

    @Test
    void withoutPacksEveryPlanFollowsTheDefaultsAndItsProvincesGuidance() {
        PlanGenerator generator = new PlanGenerator(3, List.of()).mistakeScale(0);
        for (GeneratedPlan p : generator.country().toList()) {
            Plan plan = p.plan();
            assertThat(generator.pack(p.province())).isEmpty();
            assertThat(plan.delegation().total()).isBetween(1, GuidanceDefaults.DELEGATES_MAX);
            assertThat(plan.conference().date()).isBefore(GuidanceDefaults.CONFERENCE_DEADLINE);
            assertThat(plan.implementsGuidance()).singleElement()
                    .satisfies(g -> assertThat(g.number()).isEqualTo(p.province().guidance().number()));
        }
    }

    @Test
    void theProvincesAreThoseOfProvinceNames() {
        assertThat(PlanGenerator.provinces().stream().map(Province::name).toList())
                .isEqualTo(ProvinceNames.PROVINCES);
    }

    @Test
    void moreThanTheUnitsStartsAnotherRound() {
        Province haiPhong = PlanGenerator.findProvince("Hải Phòng");
        List<GeneratedPlan> plans = new PlanGenerator(2).plans(List.of(haiPhong), 300).toList();

        assertThat(plans).hasSize(300);
        assertThat(plans.get(114).plan().unit()).isEqualTo(plans.get(0).plan().unit());
        assertThat(plans.get(114).plan()).isNotEqualTo(plans.get(0).plan());
        assertThat(plans.get(114).fileName()).startsWith("hai-phong/r2/115-");
        assertThat(plans.stream().map(GeneratedPlan::fileName).collect(Collectors.toSet())).hasSize(300);
        // lazily: a huge count costs nothing until it is read
        assertThat(new PlanGenerator(2).plans(List.of(haiPhong), Long.MAX_VALUE).limit(3).count()).isEqualTo(3);
    }

    @Test
    void plansAreWrittenAsNdjsonOrAsFiles(@TempDir Path dir) throws IOException {
        PlanGenerator generator = new PlanGenerator(4);
        StringWriter ndjson = new StringWriter();
        assertThat(PlanGenerator.writeNdjson(generator.province("Lạng Sơn"), ndjson)).isEqualTo(65);
        assertThat(ndjson.toString().lines()).hasSize(65);

        assertThat(PlanGenerator.writeFiles(generator.province("Lạng Sơn"), dir)).isEqualTo(65);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSize(65);
        assertThat(files.get(0).toString()).endsWith("lang-son/001-" + vn.tdkt.text.VietnameseText.slug(
                generator.province("Lạng Sơn").findFirst().orElseThrow().plan().unit().qualifiedName()) + ".json");
        Set<Plan> read = new HashSet<>();
        files.forEach(f -> read.add(PlanJson.read(f)));
        assertThat(read).containsExactlyInAnyOrderElementsOf(generator.province("Lạng Sơn").map(GeneratedPlan::plan).toList());
    }
}
