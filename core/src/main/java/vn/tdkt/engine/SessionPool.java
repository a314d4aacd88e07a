package vn.tdkt.engine;

import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;
import vn.tdkt.model.Plan;

/** Runs one plan through the rules of a KieBase, in a fresh stateless session, and returns what the rules reported. */
final class SessionPool {
    private final KieBase kieBase;

    SessionPool(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    List<FindingCollector.RawFinding> run(Plan plan, Parameters parameters) {
        FindingCollector collector = new FindingCollector();
        StatelessKieSession session = kieBase.newStatelessKieSession();
        session.setGlobal("findings", collector);
        session.execute(List.of(parameters, plan));
        return collector.drain();
    }
}
