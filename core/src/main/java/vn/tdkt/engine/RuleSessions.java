package vn.tdkt.engine;

import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import vn.tdkt.model.Plan;

/**
 * Runs plans through the rules of a KieBase. Building a session's network memory costs far more than checking one
 * plan in it, so plans judged with the same parameters share a session: every rule joins one {@link Plan} with the
 * {@link Parameters}, so plans in one session never see each other, and each finding is filed under its plan.
 */
final class RuleSessions {
    /** Plans per session: large enough to spread the session's cost, small enough to keep memory flat. */
    static final int PLANS_PER_SESSION = 256;

    private final KieBase kieBase;

    RuleSessions(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /** Checks the plans (all judged with these parameters) and returns what the rules reported, by plan. */
    FindingCollector run(List<Plan> plans, Parameters parameters) {
        FindingCollector collector = new FindingCollector();
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("findings", collector);
            session.insert(parameters);
            for (Plan plan : plans) {
                session.insert(plan);
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return collector;
    }
}
