package vn.tdkt.rules;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import vn.tdkt.finding.RuleIds;

/**
 * Which tests show which rule firing and which show it passing, as recorded at run time by {@link RuleAssertions};
 * and the check that every rule of every pack has both (OPA's and Catala's rule coverage), which the coverage gate
 * applies to the packs' cases ({@link PackCases#coverage}) and reports for the Java rule tests.
 *
 * <p>A test counts for a rule when an assertion about that rule succeeds: {@code assertFires}, {@code assertFinding}
 * and {@code assertReported} show it firing; {@code assertSilent} shows it passing, and so does
 * {@code assertNothingAboveAdvice} when the rule reported nothing at all on the plan.
 */
final class RuleCoverage {
    enum Outcome {
        FIRES("fires"), PASSES("passes");

        final String word;

        Outcome(String word) {
            this.word = word;
        }
    }

    /** One successful assertion: in this test, this rule of this pack fired (or passed). */
    record Hit(String pack, String ruleId, Outcome outcome, String test) {
    }

    /** A rule of a pack without a test of one outcome. */
    record Gap(String pack, String ruleId, Outcome missing) {
        String message() {
            return pack + " " + ruleId + ": no test where it " + missing.word;
        }
    }

    private static final RuleCoverage GLOBAL = new RuleCoverage();
    private static final ThreadLocal<String> CURRENT_TEST = new ThreadLocal<>();

    private final Set<Hit> hits = ConcurrentHashMap.newKeySet();
    private final Set<String> testsRun = ConcurrentHashMap.newKeySet();

    /** The registry of this test run. */
    static RuleCoverage global() {
        return GLOBAL;
    }

    void record(String pack, String ruleId, Outcome outcome) {
        hits.add(new Hit(pack, ruleId, outcome, currentTest()));
    }

    List<Hit> hits() {
        return List.copyOf(hits);
    }

    /**
     * The tests of the {@link RuleTests} classes that have not run in this test run, as "Class.Nested#method": empty
     * when all of them ran, so that the registry holds everything those classes show.
     */
    SortedSet<String> testsNotRun() {
        SortedSet<String> expected = new TreeSet<>();
        for (Class<?> type : ReflectionSupport.findAllClassesInPackage("vn.tdkt.rules",
                c -> AnnotationSupport.isAnnotated(c, RuleTests.class), name -> true)) {
            collectTests(type, expected);
        }
        expected.removeAll(testsRun);
        return expected;
    }

    private static void collectTests(Class<?> type, Set<String> into) {
        if (AnnotationSupport.isAnnotated(type, Disabled.class)) {
            return;
        }
        for (Method m : ReflectionSupport.findMethods(type,
                m -> AnnotationSupport.isAnnotated(m, Testable.class) && !AnnotationSupport.isAnnotated(m, Disabled.class),
                HierarchyTraversalMode.TOP_DOWN)) {
            into.add(testName(type, m.getName()));
        }
        for (Class<?> inner : type.getDeclaredClasses()) {
            if (AnnotationSupport.isAnnotated(inner, Nested.class)) {
                collectTests(inner, into);
            }
        }
    }

    /** "HaiPhongRulesTest.HP04#firesOn151Delegates". */
    static String testName(Class<?> type, String method) {
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Class<?> c = type.getEnclosingClass(); c != null; c = c.getEnclosingClass()) {
            name.insert(0, c.getSimpleName() + ".");
        }
        return name + "#" + method;
    }

    /** The running test, from {@link Recorder}; for a class that is not a {@link RuleTests} class, from the stack. */
    private static String currentTest() {
        String current = CURRENT_TEST.get();
        if (current != null) {
            return current;
        }
        Optional<StackWalker.StackFrame> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames
                        .filter(f -> f.getDeclaringClass().getPackageName().equals("vn.tdkt.rules"))
                        .filter(f -> f.getDeclaringClass() != RuleAssertions.class && f.getDeclaringClass() != RuleCoverage.class)
                        .filter(f -> !f.getMethodName().startsWith("lambda$"))
                        .reduce((first, second) -> second));
        return caller.map(f -> testName(f.getDeclaringClass(), f.getMethodName())).orElse("(unknown test)");
    }

    /** Tells the registry which test is running, and that it ran. */
    static final class Recorder implements BeforeEachCallback, AfterEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            String test = testName(context.getRequiredTestClass(), context.getRequiredTestMethod().getName());
            CURRENT_TEST.set(test);
            GLOBAL.testsRun.add(test);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            CURRENT_TEST.remove();
        }
    }

    // ---- the check: a pure function of the packs' rule ids and the hits ----

    /**
     * Compares the hits with every rule id of every pack.
     *
     * @param rulesByPack pack id → its rule ids
     * @param hits        what the tests showed; hits of other packs or rules are ignored
     */
    static Report check(Map<String, ? extends Collection<String>> rulesByPack, Collection<Hit> hits) {
        Map<String, Map<String, Map<Outcome, SortedSet<String>>>> byPack = new TreeMap<>();
        rulesByPack.forEach((pack, ids) -> {
            Map<String, Map<Outcome, SortedSet<String>>> rules = new TreeMap<>(RuleIds.ORDER);
            for (String id : ids) {
                Map<Outcome, SortedSet<String>> tests = new LinkedHashMap<>();
                for (Outcome o : Outcome.values()) {
                    tests.put(o, new TreeSet<>());
                }
                rules.put(id, tests);
            }
            byPack.put(pack, rules);
        });
        for (Hit hit : hits) {
            Map<String, Map<Outcome, SortedSet<String>>> rules = byPack.get(hit.pack());
            if (rules != null && rules.containsKey(hit.ruleId())) {
                rules.get(hit.ruleId()).get(hit.outcome()).add(hit.test());
            }
        }
        return new Report(byPack);
    }

    /** The coverage of each pack: for each rule, the tests where it fires and the tests where it passes. */
    record Report(Map<String, Map<String, Map<Outcome, SortedSet<String>>>> byPack) {

        List<Gap> gaps() {
            List<Gap> gaps = new ArrayList<>();
            byPack.forEach((pack, rules) -> rules.forEach((id, tests) -> tests.forEach((outcome, names) -> {
                if (names.isEmpty()) {
                    gaps.add(new Gap(pack, id, outcome));
                }
            })));
            return gaps;
        }

        /** The tests of one outcome of one rule, sorted. */
        SortedSet<String> tests(String pack, String ruleId, Outcome outcome) {
            return byPack.get(pack).get(ruleId).get(outcome);
        }

        /** For each pack: each rule with the number of tests where it fires and where it passes. */
        String table() {
            StringBuilder out = new StringBuilder();
            byPack.forEach((pack, rules) -> {
                long complete = rules.values().stream()
                        .filter(t -> t.values().stream().noneMatch(Set::isEmpty)).count();
                out.append(String.format("Rule coverage of pack %s: %d of %d rules have a test where they fire and "
                        + "one where they pass (%d%%)%n", pack, complete, rules.size(),
                        rules.isEmpty() ? 100 : complete * 100 / rules.size()));
                out.append(String.format("  %-8s %6s %7s%n", "rule", "fires", "passes"));
                rules.forEach((id, tests) -> {
                    int fires = tests.get(Outcome.FIRES).size();
                    int passes = tests.get(Outcome.PASSES).size();
                    out.append(String.format("  %-8s %6d %7d%s%n", id, fires, passes,
                            fires == 0 || passes == 0 ? "   <- missing" : ""));
                });
            });
            return out.toString();
        }

        /** Names every rule lacking a test, and what to do. */
        String failureMessage() {
            List<Gap> gaps = gaps();
            StringBuilder out = new StringBuilder("rule coverage is incomplete: " + gaps.size()
                    + (gaps.size() == 1 ? " gap" : " gaps") + "\n");
            gaps.forEach(g -> out.append("  ").append(g.message()).append('\n'));
            out.append("Every rule of every pack needs a case where it fires (expect: [{rule: …}]) and a case where it "
                    + "stays silent (silent: […]) in its pack's cases/*.yaml.");
            return out.toString();
        }
    }
}
