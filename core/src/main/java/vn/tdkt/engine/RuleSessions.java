package vn.tdkt.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.conf.SequentialOption;
import org.kie.api.runtime.StatelessKieSession;
import vn.tdkt.check.Check;
import vn.tdkt.check.FindingCollector;
import vn.tdkt.model.Plan;

/**
 * Runs plans through the rules of a KieBase. Building a session's network memory costs far more than checking one
 * plan in it, so plans judged with the same parameters share a session: every rule joins one {@link Plan} with one
 * {@link Check} (the pack's binding of a shared check, which carries its parameters), so plans in one session never
 * see each other, and each finding is filed under its plan.
 *
 * <p>The rule base is built in Drools' sequential mode ({@link #MODE}), and sessions are stateless: the
 * rules only report (to the {@code findings} global) and never insert, modify or retract a fact, so each rule needs
 * to be evaluated once over the facts given, with no agenda to keep, which is what the sequential mode does. The
 * build checks that no rule changes a fact.
 */
final class RuleSessions {
    /** Plans per session: large enough to spread the session's cost, small enough to keep memory flat. */
    static final int PLANS_PER_SESSION = 256;

    /** How the rule base evaluates its rules. */
    static final SequentialOption MODE = SequentialOption.YES;

    private final KieBase kieBase;

    RuleSessions(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /** Checks the plans (all judged with these checks' parameters) and returns what the rules reported, by plan. */
    FindingCollector run(List<Plan> plans, List<Check> checks) {
        FindingCollector collector = new FindingCollector();
        StatelessKieSession session = kieBase.newStatelessKieSession();
        session.setGlobal("findings", collector);
        List<Object> facts = new ArrayList<>(plans.size() + checks.size());
        facts.addAll(checks);
        // A plan given twice is one fact: its findings are filed by identity, once, and both get them.
        Set<Plan> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Plan plan : plans) {
            if (distinct.add(plan)) {
                facts.add(plan);
            }
        }
        session.execute(facts);
        return collector;
    }
}
