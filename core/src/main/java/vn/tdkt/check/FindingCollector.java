package vn.tdkt.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.drools.model.Drools;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.Severity;
import vn.tdkt.model.Labelled;
import vn.tdkt.model.Plan;

/**
 * The global through which DRL rules report. A rule names only its outcome; the rule id comes from the {@link Check}
 * it matched (the pack's catalogue id that binds the check), and the citation and messages from the pack descriptor,
 * so that the DRL stays short and the words stay in one place.
 *
 * <p>Public for the rules compiled into {@code tdkt-rules} (their {@code global}) and the helpers they call; the
 * engine makes one per session and reads what it collected. {@link #format} and {@link #localized} write a reported
 * value as findings show it, and {@link #NOT_STATED} is the found value of a fact a plan does not state.
 */
public final class FindingCollector {
    /** Shown as the found value of a fact the plan does not state. */
    public static final LocalizedText NOT_STATED = new LocalizedText("(không nêu)", "(not stated)");

    /**
     * A finding as a rule reports it, before the engine adds citation, messages and quote. The values stay objects
     * until the engine writes them into each language's message.
     *
     * @param ruleId   the pack's catalogue id of the check that reported it ({@code HP-04})
     * @param outcome  the outcome the rule names, which picks the pack's message ({@code over-cap})
     * @param severity the severity the rule reports; the pack may set another for the outcome
     * @param pointer  the JSON Pointer of the plan's fact it is about
     * @param expected what the guidance asks for
     * @param found    what the plan says; null for a fact it does not state
     * @param detail   what the message's {detail} says; null for nothing
     */
    public record RawFinding(String ruleId, String outcome, Severity severity, String pointer, Object expected,
                             Object found, Object detail) {
    }

    /** By plan, compared by identity: a session may check many plans, and two plans may be equal. */
    private final Map<Plan, List<RawFinding>> findings = new IdentityHashMap<>();

    /** Reports a violation of the matched check's clause on the matched plan. */
    public void violation(Drools drools, String outcome, String pointer, Object expected, Object found) {
        report(drools, Severity.VIOLATION, outcome, pointer, expected, found, null);
    }

    /** Reports a warning: the plan may not follow the clause, or does not say (a fact "not stated"). */
    public void warning(Drools drools, String outcome, String pointer, Object expected, Object found) {
        report(drools, Severity.WARNING, outcome, pointer, expected, found, null);
    }

    /** Reports advice: the clause recommends what the plan leaves out. */
    public void advice(Drools drools, String outcome, String pointer, Object expected, Object found) {
        report(drools, Severity.ADVICE, outcome, pointer, expected, found, null);
    }

    /**
     * Reports a finding of any severity, with a {detail} for its message; the rule id comes from the {@link Check} the
     * firing rule matched, and the finding is filed under the {@link Plan} it matched.
     */
    public void report(Drools drools, Severity severity, String outcome, String pointer, Object expected,
                       Object found, Object detail) {
        // The executable model's Drools is also the RuleContext that knows the firing rule and its facts.
        RuleContext context = (RuleContext) drools;
        Rule rule = context.getRule();
        Plan plan = null;
        Check check = null;
        for (Object fact : context.getMatch().getObjects()) {
            if (fact instanceof Plan p) {
                plan = p;
            } else if (fact instanceof Check c) {
                check = c;
            }
        }
        if (plan == null || check == null) {
            // every rule matches exactly one plan, and the check it belongs to; the finding is filed under both
            throw new IllegalStateException("rule '" + rule.getName() + "' reported without matching a "
                    + (plan == null ? "Plan" : "Check"));
        }
        findings.computeIfAbsent(plan, p -> new ArrayList<>()).add(new RawFinding(check.ruleId(), outcome, severity,
                pointer, expected, found, detail));
    }

    /** What the rules reported on the plan (the very instance that was inserted), for the engine to complete. */
    public List<RawFinding> findings(Plan plan) {
        return findings.getOrDefault(plan, List.of());
    }

    /** A reported value in Vietnamese: see {@link #format(Object, boolean)}. */
    public static String format(Object value) {
        return format(value, false);
    }

    /**
     * A reported value in one language: dates as Vietnamese documents write them (25/08/2025) in both; labelled values
     * (kinds, quoted words, shares) in the language's words; lists joined; null as "not stated".
     */
    public static String format(Object value, boolean english) {
        if (value == null) {
            return english ? NOT_STATED.en() : NOT_STATED.vi();
        }
        if (value instanceof LocalDate date) {
            return vn.tdkt.finding.Days.written(date);
        }
        if (value instanceof Labelled labelled) {
            return english ? labelled.labelEn() : labelled.label();
        }
        if (value instanceof Collection<?> collection) {
            StringBuilder joined = new StringBuilder();
            for (Object item : collection) {
                if (joined.length() > 0) {
                    joined.append(", ");
                }
                joined.append(format(item, english));
            }
            return joined.toString();
        }
        return value.toString();
    }

    /** A reported value in both languages. */
    public static LocalizedText localized(Object value) {
        return value instanceof LocalizedText text ? text : new LocalizedText(format(value, false), format(value, true));
    }

}
