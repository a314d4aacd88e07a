package vn.tdkt.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.json.PlanJson;
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

    @Test
    void withoutMistakesEveryPlanIsAsItsGuidanceAsks() {
        List<GeneratedPlan> plans = new PlanGenerator(3).mistakeScale(0).country().toList();
        assertThat(plans).allMatch(p -> p.mistakes().isEmpty());
        for (GeneratedPlan p : plans) {
            Plan plan = p.plan();
            assertThat(plan.delegation().total()).isBetween(1, 150);
            assertThat(plan.conference().length()).isEqualTo(SessionLength.ONE_SESSION);
            assertThat(plan.conference().date()).isBefore(java.time.LocalDate.of(2025, 8, 25));
            assertThat(plan.implementsGuidance()).singleElement()
                    .satisfies(g -> assertThat(g.number()).isEqualTo(p.province().guidance().number()));
        }
        assertThat(plans.stream().filter(p -> p.province().name().equals("Hải Phòng")))
                .allMatch(p -> p.plan().conference().form().equals("Hội nghị tuyên dương điển hình tiên tiến"))
                .allMatch(p -> p.plan().programme().size() == 9);
        assertThat(plans.stream().filter(p -> p.province().name().equals("Lạng Sơn")))
                .allMatch(p -> p.plan().implementsGuidance().get(0).number().equals("199/KH-UBND"))
                .allMatch(p -> p.plan().programme().size() == 8);
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
        assertThat(files.get(0).toString()).endsWith("lang-son/001-" + Province.slug(
                generator.province("Lạng Sơn").findFirst().orElseThrow().plan().unit().qualifiedName()) + ".json");
        Set<Plan> read = new HashSet<>();
        files.forEach(f -> read.add(PlanJson.read(f)));
        assertThat(read).containsExactlyInAnyOrderElementsOf(generator.province("Lạng Sơn").map(GeneratedPlan::plan).toList());
    }
}
