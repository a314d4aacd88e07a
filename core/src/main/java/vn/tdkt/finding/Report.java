package vn.tdkt.finding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The findings on one plan under one pack, in a stable order, with the verdict they add up to. The verdict is
 * computed, never given: waived findings do not count toward it.
 *
 * @param plan        the plan's identity
 * @param pack        the pack id ("hai-phong")
 * @param packVersion the pack's version
 * @param verdict     accept, review or reject
 * @param findings    the findings in {@link Finding#ORDER}
 * @param notes       what the report says besides its findings, such as a waiver that expired
 */
public record Report(PlanIdentity plan, String pack, String packVersion, Verdict verdict, List<Finding> findings,
                     List<LocalizedText> notes) {
    /**
     * Sorts the findings in {@link Finding#ORDER} and computes the verdict from them: the {@code verdict} given is
     * ignored, so that a report cannot claim a verdict its findings do not add up to.
     */
    public Report {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(pack, "pack");
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        findings = List.copyOf(sorted);
        verdict = Verdict.of(findings);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A report without notes; the verdict is computed all the same. */
    public Report(PlanIdentity plan, String pack, String packVersion, Verdict verdict, List<Finding> findings) {
        this(plan, pack, packVersion, verdict, findings, List.of());
    }

    /** The report of a plan's findings under a pack, with its verdict computed and no notes. */
    public static Report of(PlanIdentity plan, String pack, String packVersion, List<Finding> findings) {
        return new Report(plan, pack, packVersion, null, findings, List.of());
    }

    /** The findings of one rule ("HP-03"), in report order; empty when the plan passed it. */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The findings of one severity, waived ones included, in report order. */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /** The most serious severity the rule reported, or null when it reported nothing. */
    public Severity worst(String ruleId) {
        return findings(ruleId).stream().map(Finding::severity).min(Enum::compareTo).orElse(null);
    }

    /** The findings that count toward the verdict, by severity (waived ones are left out). */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.stream().filter(f -> !f.isWaived()).forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }
}
