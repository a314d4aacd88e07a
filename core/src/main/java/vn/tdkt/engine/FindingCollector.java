package vn.tdkt.engine;

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
 */
public final class FindingCollector {
    /** Shown as the found value of a fact the plan does not state. */
    public static final LocalizedText NOT_STATED = new LocalizedText("(không nêu)", "(not stated)");

    /**
     * A finding as a rule reports it, before the engine adds citation, messages and quote. The values stay objects
     * until the engine writes them into each language's message.
     */
    public record RawFinding(String ruleId, String outcome, Severity severity, String pointer, Object expected,
                             Object found, Object detail) {
    }

    /** By plan, compared by identity: a session may check many plans, and two plans may be equal. */
    private final Map<Plan, List<RawFinding>> findings = new IdentityHashMap<>();

    public void violation(Drools drools, String outcome, String pointer, Object expected, Object found) {
        report(drools, Severity.VIOLATION, outcome, pointer, expected, found, null);
    }

    public void warning(Drools drools, String outcome, String pointer, Object expected, Object found) {
        report(drools, Severity.WARNING, outcome, pointer, expected, found, null);
    }

    public void advice(Drools drools, String outcome, String pointer, Object expected, Object found) {
        report(drools, Severity.ADVICE, outcome, pointer, expected, found, null);
    }

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

    /** What the rules reported on the plan (the very instance that was inserted). */
    List<RawFinding> findings(Plan plan) {
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
