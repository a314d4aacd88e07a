package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.finding.Report;
import vn.tdkt.model.Plan;

/** Checking plans together in shared sessions gives each plan exactly the report it gets alone. */
class BatchEvaluationProperties {
    private final ComplianceEngine engine = ComplianceEngine.forPack("hai-phong").withClock(RuleAssertions.AUGUST_2025);

    @Property(tries = 60)
    void checkingTogetherEqualsCheckingAlone(@ForAll("planLists") List<Plan> plans) {
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            sources.add("plan-" + i + ".json");
        }
        List<Report> together = engine.evaluateAll(plans, sources);
        assertThat(together).hasSize(plans.size());
        for (int i = 0; i < plans.size(); i++) {
            assertThat(together.get(i)).as("plan %d", i).isEqualTo(engine.evaluate(plans.get(i), sources.get(i)));
        }
    }

    @Property(tries = 20)
    void theSamePlanTwiceInOneBatchGetsTwoEqualReports(@ForAll("plans") Plan plan) {
        List<Report> reports = engine.evaluateAll(List.of(plan, plan), null);
        assertThat(reports.get(0)).isEqualTo(reports.get(1)).isEqualTo(engine.evaluate(plan));
    }

    @Provide
    Arbitrary<List<Plan>> planLists() {
        // More than one session's worth now and then, so that chunking is exercised.
        return new PlanProperties().plans().list().ofMinSize(0).ofMaxSize(300);
    }

    @Provide
    Arbitrary<Plan> plans() {
        return new PlanProperties().plans();
    }
}
