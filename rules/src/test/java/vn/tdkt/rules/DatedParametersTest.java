package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.pack.PackDescriptor;
import vn.tdkt.pack.PackLibrary;
import vn.tdkt.pack.ParameterDefinition;
import vn.tdkt.pack.ParameterValue;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Severity;
import vn.tdkt.model.Plan;

/**
 * Dated parameters, swept across every boundary (Catala's habit): for every parameter of every pack and of its
 * baseline, on the day before each value starts, the day itself and the day after, exactly one value is in force
 * and it is the one expected; no day after the first value falls between two values. Then the engine's use of them: a
 * plan is judged with the values in force on its date (on the guidance's date when it is dated earlier, today when
 * it is undated), shown on a fixture pack whose cap on delegates changes on 20/8/2025.
 */
class DatedParametersTest {

    /** The packs this module ships and their baselines, by id. */
    private static Map<String, PackDescriptor> packsAndBaselines() {
        Map<String, PackDescriptor> packs = new LinkedHashMap<>();
        for (PackDescriptor pack : ShippedPacks.listed()) {
            for (PackDescriptor p = pack; p != null; p = p.parent()) {
                packs.putIfAbsent(p.id(), p);
            }
        }
        return packs;
    }

    /**
     * The value in force on the day, worked out from the values as written, independently of
     * {@link ParameterDefinition#valueOn}: of the values that start on or before the day, the one that starts last.
     * Fails when two of them start on that same last day (the day would match two values).
     */
    private static ParameterValue expectedOn(List<ParameterValue> values, LocalDate day) {
        List<ParameterValue> latest = new ArrayList<>();
        for (ParameterValue v : values) {
            if (v.from().isAfter(day)) {
                continue;
            }
            if (!latest.isEmpty() && v.from().isAfter(latest.get(0).from())) {
                latest.clear();
            }
            if (latest.isEmpty() || v.from().equals(latest.get(0).from())) {
                latest.add(v);
            }
        }
        assertThat(latest).as("values in force on %s", day).hasSizeLessThanOrEqualTo(1);
        return latest.isEmpty() ? null : latest.get(0);
    }

    /** Sweeps one parameter's boundaries: the day before, the day itself and the day after each. */
    static void sweep(PackDescriptor pack, ParameterDefinition parameter) {
        LocalDate first = parameter.boundaries().get(0);
        for (LocalDate boundary : parameter.boundaries()) {
            for (LocalDate day : List.of(boundary.minusDays(1), boundary, boundary.plusDays(1))) {
                ParameterValue expected = expectedOn(parameter.values(), day);
                String where = pack.id() + " " + parameter.name() + " on " + day;
                if (!day.isBefore(first)) {
                    assertThat(expected).as("%s falls between two values", where).isNotNull();
                }
                assertThat(parameter.valueOn(day)).as(where).isSameAs(expected);
                assertThat(pack.parametersOn(day).values().get(parameter.name())).as(where).isSameAs(expected);
            }
            assertThat(parameter.valueOn(boundary).from()).as("%s %s starts on %s", pack.id(), parameter.name(), boundary)
                    .isEqualTo(boundary);
        }
        assertThat(parameter.valueOn(first.minusDays(1))).as("%s %s before its first value", pack.id(),
                parameter.name()).isNull();
    }

    @TestFactory
    @DisplayName("every parameter of every pack, swept across its boundaries")
    Stream<DynamicTest> everyParameterOfEveryPackHasExactlyOneValueOnEachSideOfEachBoundary() {
        List<DynamicTest> tests = new ArrayList<>();
        packsAndBaselines().values().forEach(pack -> pack.parameters().values().stream()
                .sorted(java.util.Comparator.comparing(ParameterDefinition::name))
                .forEach(p -> tests.add(DynamicTest.dynamicTest(pack.id() + " " + p.name(), () -> sweep(pack, p)))));
        assertThat(packsAndBaselines()).containsKeys("hai-phong", "lang-son", "national");
        assertThat(tests).hasSize(packsAndBaselines().values().stream().mapToInt(p -> p.parameters().size()).sum());
        return tests.stream();
    }

    @Test
    void theSweepCrossesAParameterWithSeveralValuesIncludingOnConsecutiveDays() {
        ParameterDefinition cap = new ParameterDefinition("delegates.max", "cap", List.of(
                value(LocalDate.of(2025, 9, 2), 100), value(LocalDate.of(2025, 8, 8), 150),
                value(LocalDate.of(2025, 9, 1), 120)));
        PackDescriptor pack = new PackDescriptor("constructed", "0", "", List.of(),
                PackLibrary.onClassPath().descriptor("hai-phong").guidance(), Map.of(cap.name(), cap), Map.of());
        sweep(pack, cap);
        assertThat(cap.valueOn(LocalDate.of(2025, 8, 31)).value()).isEqualTo(150);
        assertThat(cap.valueOn(LocalDate.of(2025, 9, 1)).value()).isEqualTo(120);
        assertThat(cap.valueOn(LocalDate.of(2025, 9, 2)).value()).isEqualTo(100);
        assertThat(pack.boundaries()).containsExactly(LocalDate.of(2025, 8, 8), LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 2));
    }

    @Test
    void twoValuesFromTheSameDayAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ParameterDefinition("delegates.max", "cap",
                        List.of(value(LocalDate.of(2025, 8, 8), 150), value(LocalDate.of(2025, 8, 8), 120))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("delegates.max").hasMessageContaining("2025-08-08");
    }

    // ---- the engine's use of the dated values ----

    private static final LocalDate AMENDED = LocalDate.of(2025, 8, 20);

    private static Clock on(LocalDate day) {
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        return Clock.fixed(day.atStartOfDay(zone).toInstant(), zone);
    }

    private static Plan plan(LocalDate dated, int delegates) {
        return PlanBuilder.compliantHaiPhong().with(p -> {
            p.planDate = dated;
            p.total = delegates;
        }).build();
    }

    private static List<Finding> capFindings(ComplianceEngine engine, Plan plan) {
        return engine.evaluate(plan).findings("HP-04");
    }

    @Test
    void aPlanIsJudgedWithTheCapInForceOnItsDate() {
        ComplianceEngine engine = ComplianceEngine.forPack("fixture-amended-cap").withClock(on(AMENDED));
        // 130 delegates: within the cap of 150, over the amended cap of 120.
        assertThat(capFindings(engine, plan(AMENDED.minusDays(1), 130))).isEmpty();
        for (LocalDate day : List.of(AMENDED, AMENDED.plusDays(1))) {
            List<Finding> findings = capFindings(engine, plan(day, 130));
            assertThat(findings).as("HP-04 on a plan dated %s", day).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
                assertThat(f.expected().vi()).isEqualTo("120");
            });
        }
        // 150 delegates: at the cap before the amendment, over it from the day it holds.
        assertThat(capFindings(engine, plan(AMENDED.minusDays(1), 150))).isEmpty();
        assertThat(capFindings(engine, plan(AMENDED, 150))).extracting(f -> f.expected().vi()).containsExactly("120");
        PackDescriptor fixture = PackLibrary.onClassPath().descriptor("fixture-amended-cap");
        assertThat(fixture.parametersOn(AMENDED.minusDays(1)).integer("delegates.max")).isEqualTo(150);
        assertThat(fixture.parametersOn(AMENDED).integer("delegates.max")).isEqualTo(120);
    }

    @Test
    void anUndatedPlanIsJudgedWithTheValuesInForceToday() {
        ComplianceEngine engine = ComplianceEngine.forPack("fixture-amended-cap");
        assertThat(capFindings(engine.withClock(on(AMENDED.minusDays(1))), plan(null, 130))).isEmpty();
        assertThat(capFindings(engine.withClock(on(AMENDED)), plan(null, 130)))
                .extracting(f -> f.expected().vi()).containsExactly("120");
    }

    @Test
    void aPlanDatedBeforeTheGuidanceIsJudgedWithItsFirstValues() {
        ComplianceEngine engine = ComplianceEngine.forPack("fixture-amended-cap").withClock(on(AMENDED));
        Plan early = plan(LocalDate.of(2025, 8, 1), 140);
        assertThat(engine.effectiveDate(early)).isEqualTo(LocalDate.of(2025, 8, 8));
        assertThat(capFindings(engine, early)).isEmpty();
    }

    @Test
    void everyShippedPackJudgesAPlanAsOfItsDateOrItsGuidancesDate() {
        for (PackDescriptor pack : ShippedPacks.listed()) {
            ComplianceEngine engine = ComplianceEngine.forPack(pack.id()).withClock(on(LocalDate.of(2025, 9, 1)));
            LocalDate issued = pack.guidance().date();
            for (LocalDate day : List.of(issued.minusDays(1), issued, issued.plusDays(1))) {
                Plan plan = plan(day, 100);
                LocalDate asOf = day.isBefore(issued) ? issued : day;
                assertThat(engine.effectiveDate(plan)).as("%s, plan dated %s", pack.id(), day).isEqualTo(asOf);
                assertThat(pack.parametersOn(engine.effectiveDate(plan)).values())
                        .as("%s, plan dated %s", pack.id(), day)
                        .isEqualTo(pack.parametersOn(asOf).values())
                        .containsOnlyKeys(pack.parameters().keySet());
            }
            assertThat(engine.effectiveDate(plan(null, 100))).isEqualTo(LocalDate.of(2025, 9, 1));
        }
    }

    @Test
    void theFixtureIsNotAmongThePacksTheModuleShips() {
        assertThat(ShippedPacks.listed()).extracting(PackDescriptor::id).doesNotContain("fixture-amended-cap")
                .contains("hai-phong", "lang-son");
        assertThat(PackLibrary.onClassPath().descriptor("hai-phong").parameters().get("delegates.max").values())
                .hasSize(1);
        Report report = RuleAssertions.evaluate("hai-phong", plan(AMENDED, 130));
        assertThat(report.findings("HP-04")).isEmpty();
    }

    private static ParameterValue value(LocalDate from, int value) {
        return new ParameterValue(from, value, "clause", "text");
    }
}
