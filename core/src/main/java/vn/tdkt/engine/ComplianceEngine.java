package vn.tdkt.engine;

import vn.tdkt.finding.RuleDescription;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.check.Check;
import vn.tdkt.check.FindingCollector;
import vn.tdkt.finding.Citation;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.PlanIdentity;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Severity;
import vn.tdkt.model.Plan;
import vn.tdkt.pack.PackDescriptor;
import vn.tdkt.pack.ParameterDefinition;
import vn.tdkt.pack.ParameterValue;
import vn.tdkt.pack.Parameters;

/**
 * Checks plans against one rule pack.
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.forPack("hai-phong");
 * Report report = engine.evaluate(plan);
 * }</pre>
 *
 * <p>An engine is safe to share between threads: all share one Drools KieBase, and each call runs in sessions of
 * its own. To check many plans, {@link #evaluateAll(List, List)} is much faster than a loop over {@link #evaluate}.
 */
public final class ComplianceEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ComplianceEngine.class);

    /** The pack as hosts see it, whose rules complete the findings. */
    private final PackInfo pack;
    /** The pack as its format describes it, whose parameters the checks read. */
    private final PackDescriptor format;
    private final KieBase kieBase;
    private final Clock clock;
    private final LocalDate fixedAsOf;
    private final boolean explain;
    private final RuleSessions sessions;
    /** Parameters in force, by day: plans of one run share a handful of dates. */
    private final Map<LocalDate, Parameters> parametersByDay = new ConcurrentHashMap<>();
    private final Map<Map<String, ParameterValue>, Parameters> parametersByValues = new ConcurrentHashMap<>();
    /** The facts of the pack's checks, by the parameters they read. */
    private final Map<Parameters, List<Check>> checksByParameters = new ConcurrentHashMap<>();

    private ComplianceEngine(PackInfo pack, PackDescriptor format, KieBase kieBase, Clock clock, LocalDate fixedAsOf,
                             boolean explain, RuleSessions sessions) {
        this.pack = pack;
        this.format = format;
        this.kieBase = kieBase;
        this.clock = clock;
        this.fixedAsOf = fixedAsOf;
        this.explain = explain;
        this.sessions = sessions;
    }

    /**
     * The engine for a pack on the class path, by id ("hai-phong"). Throws {@link PackException} naming the packs
     * there are. For packs read from a directory, see {@link Packs}.
     */
    public static ComplianceEngine forPack(String packId) {
        return Packs.onClassPath().engine(packId);
    }

    static ComplianceEngine of(PackDescriptor format, PackInfo pack, KieBase kieBase) {
        return new ComplianceEngine(pack, format, kieBase, Clock.systemDefaultZone(), null, false,
                new RuleSessions(kieBase));
    }

    /** The packs on the class path with their versions and source documents, sorted by id. */
    public static List<PackInfo> packs() {
        return Packs.onClassPath().list();
    }

    /**
     * The pack on the class path for a plan when the host names none: the pack of the plan's province, and among
     * several the one whose guidance the plan implements; for a province without a pack, the national baseline.
     * Throws {@link PackException} saying why when no pack fits.
     */
    public static PackChoice choosePack(Plan plan) {
        return Packs.onClassPath().choose(plan);
    }

    /** The same engine with another clock: "today" decides which parameter values hold for an undated plan. */
    public ComplianceEngine withClock(Clock clock) {
        return new ComplianceEngine(pack, format, kieBase, Objects.requireNonNull(clock, "clock"), fixedAsOf, explain,
                sessions);
    }

    /**
     * The same engine judging every plan as of the given day: the parameter values in force that day apply, whatever
     * the plan's own date. Null restores the default (the plan's date, or today for an undated plan). Throws
     * {@link PackException} for a day before some parameter of the pack holds (before its guidance was issued).
     */
    public ComplianceEngine asOf(LocalDate day) {
        if (day != null) {
            for (ParameterDefinition p : format.parameters().values()) {
                LocalDate first = p.boundaries().get(0);
                if (day.isBefore(first)) {
                    throw new PackException("as of " + day + ", pack " + pack.id() + " has no value of parameter "
                            + p.name() + ": its values hold from " + first + " (the guidance " + pack.guidance().number()
                            + " was issued on " + pack.guidance().date() + ")");
                }
            }
        }
        return new ComplianceEngine(pack, format, kieBase, clock, day, explain, sessions);
    }

    /** The same engine adding to each finding the facts and parameter values it was decided on. */
    public ComplianceEngine withExplanations() {
        return new ComplianceEngine(pack, format, kieBase, clock, fixedAsOf, true, sessions);
    }

    /** The pack this engine checks plans against: its identity, the guidance it encodes, and its rules. */
    public PackInfo pack() {
        return pack;
    }

    /** Checks a plan; parameters are taken as in force on the plan's date, or today when it is undated. */
    public Report evaluate(Plan plan) {
        return evaluate(plan, null);
    }

    /**
     * Checks a plan.
     *
     * @param plan   the plan
     * @param source where the plan came from (a file name), kept in the report's identity; may be null
     */
    public Report evaluate(Plan plan, String source) {
        Objects.requireNonNull(plan, "plan");
        return evaluateAll(List.of(plan), java.util.Collections.singletonList(source)).get(0);
    }

    /**
     * Checks many plans at once, which is much faster than one by one: plans judged with the same parameter values
     * share a Drools session. The reports are in the order of the plans and equal to what {@link #evaluate(Plan,
     * String)} gives for each.
     *
     * @param plans   the plans
     * @param sources where each plan came from, in the same order; null for none
     */
    public List<Report> evaluateAll(List<Plan> plans, List<String> sources) {
        Objects.requireNonNull(plans, "plans");
        if (sources != null && sources.size() != plans.size()) {
            throw new IllegalArgumentException(plans.size() + " plans but " + sources.size() + " sources");
        }
        // Plans judged with the same parameter values share sessions (Parameters has identity equality).
        Map<Parameters, List<Integer>> byParameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            Plan plan = Objects.requireNonNull(plans.get(i), "plan " + i);
            byParameters.computeIfAbsent(parameters(effectiveDate(plan)), p -> new ArrayList<>()).add(i);
        }
        Report[] reports = new Report[plans.size()];
        byParameters.forEach((parameters, indexes) -> {
            for (int from = 0; from < indexes.size(); from += RuleSessions.PLANS_PER_SESSION) {
                List<Integer> chunk = indexes.subList(from, Math.min(indexes.size(), from + RuleSessions.PLANS_PER_SESSION));
                List<Plan> chunkPlans = chunk.stream().map(plans::get).toList();
                FindingCollector collector = run(chunkPlans, parameters);
                for (int i : chunk) {
                    reports[i] = report(plans.get(i), sources == null ? null : sources.get(i), collector);
                }
            }
        });
        return List.of(reports);
    }

    private FindingCollector run(List<Plan> plans, Parameters parameters) {
        try {
            return sessions.run(plans, checks(parameters));
        } catch (RuntimeException e) {
            String which = plans.size() == 1 ? plans.get(0).label() : plans.size() + " plans";
            throw new EvaluationException("evaluating " + which + " with pack " + pack.id() + " failed: "
                    + rootMessage(e), e);
        }
    }

    /** One fact per check the pack binds, under the rule id that binds it. */
    private List<Check> checks(Parameters parameters) {
        return checksByParameters.computeIfAbsent(parameters, p -> {
            List<Check> checks = new ArrayList<>();
            pack.rules().forEach((ruleId, rule) -> rule.checks().forEach(check -> checks.add(new Check(check, ruleId, p))));
            return List.copyOf(checks);
        });
    }

    private Report report(Plan plan, String source, FindingCollector collector) {
        List<FindingCollector.RawFinding> raw = collector.findings(plan);
        List<Finding> findings = new ArrayList<>(raw.size());
        Explainer explainer = explain ? new Explainer(plan, effectiveDate(plan), parameters(effectiveDate(plan))) : null;
        for (FindingCollector.RawFinding r : raw) {
            Finding finding = complete(r, plan);
            findings.add(explainer == null ? finding
                    : finding.explained(explainer.explain(finding, pack.rule(r.ruleId()).parameters(),
                            r.detail() == null ? null : FindingCollector.localized(r.detail()))));
        }
        List<LocalizedText> notes = new ArrayList<>(2);
        if (pack.note() != null) {
            notes.add(pack.note());
        }
        if (pack.severityCap() != null) {
            capAt(findings, pack.severityCap(), BASELINE);
        } else if (unbound(raw)) {
            capAt(findings, Severity.WARNING, CAPPED);
            notes.add(UNBOUND);
        }
        Report report = new Report(PlanIdentity.of(plan, source), pack.id(), pack.version(), null, findings, notes);
        if (LOG.isTraceEnabled()) {
            LOG.trace("{}: {} with {} findings", plan.label(), report.verdict(), findings.size());
        }
        return report;
    }

    private static final LocalizedText UNBOUND = new LocalizedText(
            "Kế hoạch không thực hiện văn bản hướng dẫn của gói quy tắc này (CC-4): các vi phạm khác được báo như cảnh báo.",
            "The plan does not implement this pack's guidance (CC-4): its other violations are reported as warnings.");
    private static final LocalizedText BASELINE = new LocalizedText(
            " (Báo như cảnh báo: kế hoạch được đối chiếu với khung chung, không với văn bản của tỉnh.)",
            " (Reported as a warning: the plan is checked against the baseline, not its province's own text.)");
    private static final LocalizedText CAPPED = new LocalizedText(
            " (Báo như cảnh báo: văn bản này không ràng buộc kế hoạch, xem CC-4.)",
            " (Reported as a warning: this guidance does not bind the plan; see CC-4.)");

    /** Whether a rule reported that the pack's guidance does not bind the plan. */
    private boolean unbound(List<FindingCollector.RawFinding> raw) {
        for (FindingCollector.RawFinding r : raw) {
            if (pack.rule(r.ruleId()).unbinding().contains(r.outcome())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Findings more severe than the cap, reported at the cap with the reason added to their message: a text that does
     * not bind the plan, or a baseline that is not the province's own text, cannot be violated by it.
     */
    private static void capAt(List<Finding> findings, Severity cap, LocalizedText why) {
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.severity().compareTo(cap) < 0) {
                LocalizedText message = new LocalizedText(f.message().vi() + why.vi(), f.message().en() + why.en());
                findings.set(i, new Finding(f.ruleId(), cap, f.pointer(), f.expected(), f.found(), f.quote(),
                        f.citation(), message, f.waiver(), f.explanation()));
            }
        }
    }

    /**
     * The pack's parameter values in force on the day. Days with the same values share one instance, so that plans of
     * different dates are still checked together.
     */
    Parameters parameters(LocalDate day) {
        return parametersByDay.computeIfAbsent(day, d -> {
            Parameters inForce = format.parametersOn(d);
            return parametersByValues.computeIfAbsent(inForce.values(), values -> inForce);
        });
    }

    /**
     * The day whose parameter values apply: the day given to {@link #asOf(LocalDate)}, else the plan's date, or today
     * for an undated plan. A plan dated before the guidance was issued is held to the guidance as first issued, since
     * no earlier version of it exists.
     */
    public LocalDate effectiveDate(Plan plan) {
        if (fixedAsOf != null) {
            return fixedAsOf;
        }
        LocalDate day = plan.document().date() != null ? plan.document().date() : LocalDate.now(clock);
        LocalDate start = pack.guidance().date();
        return start != null && day.isBefore(start) ? start : day;
    }

    private Finding complete(FindingCollector.RawFinding raw, Plan plan) {
        RuleDescription rule = pack.rule(raw.ruleId());
        Citation citation = rule.citation(raw.outcome(), pack.guidance().citation());
        LocalizedText template = rule.messages().get(raw.outcome());
        if (template == null) {
            throw new IllegalStateException("pack " + pack.id() + " has no message '" + raw.outcome() + "' for rule "
                    + raw.ruleId());
        }
        LocalizedText expected = FindingCollector.localized(raw.expected());
        LocalizedText found = FindingCollector.localized(raw.found());
        LocalizedText detail = raw.detail() == null ? null : FindingCollector.localized(raw.detail());
        LocalizedText message = new LocalizedText(fill(template.vi(), expected.vi(), found.vi(), detail == null ? "" : detail.vi()),
                fill(template.en(), expected.en(), found.en(), detail == null ? "" : detail.en()));
        return new Finding(raw.ruleId(), rule.severity(raw.outcome(), raw.severity()), raw.pointer(), expected, found,
                quote(plan, raw.pointer()), citation, message);
    }

    /** The plan's words for the pointer, or for the nearest enclosing fact that has words. */
    private static String quote(Plan plan, String pointer) {
        Map<String, String> quotes = plan.quotes();
        for (String p = pointer; p != null && !p.isEmpty(); p = parent(p)) {
            String quote = quotes.get(p);
            if (quote != null) {
                return quote;
            }
        }
        return null;
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? null : pointer.substring(0, slash);
    }

    /** The template with {expected}, {found} and {detail} filled in, in one pass (it runs for every finding). */
    private static String fill(String template, String expected, String found, String detail) {
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 64);
        int done = 0;
        for (; open >= 0; open = template.indexOf('{', open + 1)) {
            String value = template.startsWith("{expected}", open) ? expected
                    : template.startsWith("{found}", open) ? found
                    : template.startsWith("{detail}", open) ? detail
                    : null;
            if (value != null) {
                out.append(template, done, open).append(value);
                done = template.indexOf('}', open) + 1;
                open = done - 1;
            }
        }
        return out.append(template, done, template.length()).toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
