package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.pack.PackDescriptor;
import vn.tdkt.finding.Explanation;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.Report;
import vn.tdkt.json.ReportJson;

/** Explained findings show the plan's fact and the parameter values they were decided on. */
class ExplanationTest {

    @Test
    void everyRuleExplainsExactlyTheParametersItsChecksDrlReads() {
        for (PackDescriptor pack : ShippedPacks.listed()) {
            Map<String, Set<String>> read = ShippedPacks.parametersByRule(pack);
            pack.rules().forEach((id, rule) -> assertThat(new TreeSet<>(rule.parameters()))
                    .as("parameters derived for %s in pack %s", id, pack.id())
                    .isEqualTo(new TreeSet<>(read.getOrDefault(id, Set.of()))));
        }
    }

    @Test
    void anExplainedFindingShowsTheFactAndTheParametersInForce() {
        ComplianceEngine engine = ComplianceEngine.forPack("hai-phong").withClock(RuleAssertions.AUGUST_2025)
                .withExplanations();
        Report report = engine.evaluate(PlanBuilder.compliantHaiPhong().with(p -> p.total = 151).build());

        Finding hp04 = report.findings("HP-04").get(0);
        Explanation why = hp04.explanation();
        assertThat(why).isNotNull();
        assertThat(why.asOf()).isEqualTo("2025-08-10");
        assertThat(why.facts()).containsExactly(new Explanation.Fact("/delegation/total", "151"));
        assertThat(why.parameters()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("delegates.max");
            assertThat(p.value()).isEqualTo("150");
            assertThat(p.from()).isEqualTo("2025-08-08");
            assertThat(p.clause()).isEqualTo("II.1");
        });
        assertThat(ReportJson.write(java.util.List.of(report))).contains("\"explanation\"", "\"delegates.max\"");
    }

    @Test
    void theReorganisationDecidedForAUnitThatDoesNotSayIsExplained() {
        Report report = ComplianceEngine.forPack("hai-phong").withExplanations().evaluate(PlanBuilder.compliantHaiPhong()
                .with(p -> {
                    p.reorganised = null;
                    p.coversPreMergerAchievements = null;
                }).build());
        Explanation why = report.findings("HP-12").get(0).explanation();
        assertThat(why.basis().vi()).isEqualTo("xã, phường, đặc khu đều là đơn vị hình thành sau sắp xếp từ ngày 01/7/2025");
        assertThat(why.basis().en()).startsWith("every commune, ward and special zone");
        assertThat(ReportJson.write(java.util.List.of(report))).contains("\"basis\"");
    }

    @Test
    void withoutAskingThereIsNoExplanation() {
        Report report = RuleAssertions.evaluate("hai-phong", PlanBuilder.compliantHaiPhong().with(p -> p.total = 151).build());
        assertThat(report.findings()).allMatch(f -> f.explanation() == null);
        assertThat(ReportJson.write(java.util.List.of(report))).doesNotContain("\"explanation\"");
    }

    @Test
    void aFactTheConferenceDoesNotStateIsExplainedAsNull() {
        Report report = ComplianceEngine.forPack("hai-phong").withExplanations()
                .evaluate(PlanBuilder.compliantHaiPhong().with(p -> p.length = null).build());
        assertThat(report.findings("HP-02").get(0).explanation().facts())
                .containsExactly(new Explanation.Fact("/conference/length", "null"));
    }

    @Test
    void evaluationAsOfADayUsesTheValuesInForceThatDay() {
        ComplianceEngine engine = ComplianceEngine.forPack("hai-phong").withExplanations()
                .asOf(LocalDate.of(2025, 9, 1));
        Report report = engine.evaluate(PlanBuilder.compliantHaiPhong().with(p -> p.total = 151).build());
        assertThat(report.findings("HP-04").get(0).explanation().asOf()).isEqualTo("2025-09-01");
        assertThat(engine.effectiveDate(PlanBuilder.compliantHaiPhong().build())).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(engine.asOf(null).effectiveDate(PlanBuilder.compliantHaiPhong().build())).isEqualTo(LocalDate.of(2025, 8, 10));
    }
}
