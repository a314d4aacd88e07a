package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.rules.RuleCoverage.Hit;
import vn.tdkt.rules.RuleCoverage.Outcome;

/** The coverage gate's check, on registries built here: it fails naming each rule that lacks a test. */
class RuleCoverageTest {
    private static final List<String> HAI_PHONG = List.copyOf(
            ComplianceEngine.forPack("hai-phong").pack().rules().keySet());

    /** A firing and a passing test for every rule of the hai-phong pack, less the ones named. */
    private static List<Hit> everyTestBut(Hit... left) {
        List<Hit> hits = new ArrayList<>();
        for (String id : HAI_PHONG) {
            hits.add(new Hit("hai-phong", id, Outcome.FIRES, "Rules." + id + "#fires"));
            hits.add(new Hit("hai-phong", id, Outcome.PASSES, "Rules." + id + "#passes"));
        }
        hits.removeAll(List.of(left));
        return hits;
    }

    @Test
    void aRegistryWithEveryTestPasses() {
        RuleCoverage.Report coverage = RuleCoverage.check(Map.of("hai-phong", HAI_PHONG), everyTestBut());
        assertThat(coverage.gaps()).isEmpty();
        assertThat(coverage.table()).contains("Rule coverage of pack hai-phong: 24 of 24 rules").doesNotContain("missing");
    }

    @Test
    void aRegistryWithoutTheFiringTestOfHp04FailsNamingHp04() {
        RuleCoverage.Report coverage = RuleCoverage.check(Map.of("hai-phong", HAI_PHONG),
                everyTestBut(new Hit("hai-phong", "HP-04", Outcome.FIRES, "Rules.HP-04#fires")));

        assertThat(coverage.gaps()).containsExactly(new RuleCoverage.Gap("hai-phong", "HP-04", Outcome.FIRES));
        assertThat(coverage.failureMessage()).contains("hai-phong HP-04: no test where it fires")
                .doesNotContain("HP-05");
        // The gate's assertion fails with that message.
        assertThatThrownBy(() -> assertTrue(coverage.gaps().isEmpty(), coverage::failureMessage))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("HP-04");
        assertThat(coverage.table())
                .contains("Rule coverage of pack hai-phong: 23 of 24 rules")
                .containsPattern("HP-04 +0 +1 +<- missing");
    }

    @Test
    void aRuleWithoutAPassingTestIsNamedToo() {
        RuleCoverage.Report coverage = RuleCoverage.check(Map.of("hai-phong", HAI_PHONG),
                everyTestBut(new Hit("hai-phong", "CC-3", Outcome.PASSES, "Rules.CC-3#passes")));
        assertThat(coverage.failureMessage()).contains("hai-phong CC-3: no test where it passes");
    }

    @Test
    void coverageCountsPerPackAndPerTest() {
        // A test of the same rule id in another pack does not cover this one; the same test twice counts once.
        List<Hit> hits = everyTestBut(new Hit("hai-phong", "CC-1", Outcome.FIRES, "Rules.CC-1#fires"));
        hits.add(new Hit("lang-son", "CC-1", Outcome.FIRES, "LangSon.CC1#fires"));
        hits.add(new Hit("hai-phong", "CC-2", Outcome.FIRES, "Rules.CC-2#fires"));
        RuleCoverage.Report coverage = RuleCoverage.check(Map.of("hai-phong", HAI_PHONG), hits);
        assertThat(coverage.gaps()).extracting(RuleCoverage.Gap::ruleId).containsExactly("CC-1");
        assertThat(coverage.tests("hai-phong", "CC-2", Outcome.FIRES)).containsExactly("Rules.CC-2#fires");
    }

    @Test
    void testsAreNamedByClassNestedClassAndMethod() {
        assertThat(RuleCoverage.testName(HaiPhongRulesTest.class, "compliantPlan"))
                .isEqualTo("HaiPhongRulesTest#compliantPlan");
        assertThat(RuleCoverage.testName(HaiPhongRulesTest.HP04.class, "firesOn151Delegates"))
                .isEqualTo("HaiPhongRulesTest.HP04#firesOn151Delegates");
    }
}
