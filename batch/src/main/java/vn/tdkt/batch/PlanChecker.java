package vn.tdkt.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.engine.Packs;
import vn.tdkt.finding.Report;
import vn.tdkt.model.Plan;

/**
 * Checks one plan of a batch. Called from many threads at once: implementations must be thread-safe, as
 * {@link ComplianceEngine} is. Throws {@link vn.tdkt.engine.PackException} when no pack fits the plan, which rejects
 * that plan only.
 */
@FunctionalInterface
public interface PlanChecker {

    /** The report of one plan; {@code source} names where it came from (a file, a line of a stream). */
    Report check(Plan plan, String source);

    /**
     * Checks several plans at once, where the checker can do that faster than one by one (the rule engine shares a
     * session between plans judged with the same parameters). Returns the reports in the order of the plans. When it
     * throws, the batch checks the plans one by one with {@link #check} to find which failed and why; so an
     * implementation may throw as soon as any plan cannot be checked. The default checks them one by one.
     */
    default List<Report> checkAll(List<Plan> plans, List<String> sources) {
        List<Report> reports = new ArrayList<>(plans.size());
        for (int i = 0; i < plans.size(); i++) {
            reports.add(check(plans.get(i), sources.get(i)));
        }
        return reports;
    }

    /** Every plan against one pack of the class path; the engine is made here, once, and shared. */
    static PlanChecker pack(String packId) {
        return pack(Packs.onClassPath(), packId);
    }

    /** Every plan against one of these packs; the engine is made here, once, and shared. */
    static PlanChecker pack(Packs packs, String packId) {
        ComplianceEngine engine = packs.engine(Objects.requireNonNull(packId, "packId"));
        return new PlanChecker() {
            @Override
            public Report check(Plan plan, String source) {
                return engine.evaluate(plan, source);
            }

            @Override
            public List<Report> checkAll(List<Plan> plans, List<String> sources) {
                return engine.evaluateAll(plans, sources);
            }
        };
    }

    /**
     * Each plan against the pack of its province and guidance ({@link ComplianceEngine#choosePack}). Each pack's
     * engine is made the first time a plan needs it, then shared by all threads.
     */
    static PlanChecker choosingPack() {
        return choosingPack(Packs.onClassPath());
    }

    /** Each plan against the one of these packs that fits it ({@link Packs#choose}). */
    static PlanChecker choosingPack(Packs packs) {
        Map<String, ComplianceEngine> engines = new ConcurrentHashMap<>();
        return byEngine(plan -> engines.computeIfAbsent(packs.choose(plan).packId(), packs::engine));
    }

    /**
     * Each plan against the engine {@code engineFor} gives it (a host's choice of pack, day and explanations); the
     * plans of each engine are checked at once. {@code engineFor} is called from many threads and throws
     * {@link vn.tdkt.engine.PackException} for a plan no pack fits, as soon as it meets one: the batch then goes one
     * by one to reject that plan only.
     */
    static PlanChecker byEngine(Function<Plan, ComplianceEngine> engineFor) {
        Objects.requireNonNull(engineFor, "engineFor");
        return new PlanChecker() {
            @Override
            public Report check(Plan plan, String source) {
                return engineFor.apply(plan).evaluate(plan, source);
            }

            @Override
            public List<Report> checkAll(List<Plan> plans, List<String> sources) {
                Map<ComplianceEngine, List<Integer>> byEngine = new LinkedHashMap<>();
                for (int i = 0; i < plans.size(); i++) {
                    byEngine.computeIfAbsent(engineFor.apply(plans.get(i)), e -> new ArrayList<>()).add(i);
                }
                Report[] reports = new Report[plans.size()];
                byEngine.forEach((engine, indexes) -> {
                    List<Report> made = engine.evaluateAll(indexes.stream().map(plans::get).toList(),
                            indexes.stream().map(sources::get).toList());
                    for (int k = 0; k < indexes.size(); k++) {
                        reports[indexes.get(k)] = made.get(k);
                    }
                });
                return List.of(reports);
            }
        };
    }
}
