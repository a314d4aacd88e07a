package vn.tdkt.finding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Applies a host's waivers to reports. A waiver that names the plan and is in force marks every finding of its rule
 * as waived; one that has expired, or names a rule the plan has no finding of, changes nothing, and the report says
 * so in its notes.
 */
public final class Waivers {
    private final List<Waiver> waivers;
    private final LocalDate today;

    private Waivers(Collection<Waiver> waivers, LocalDate today) {
        this.waivers = List.copyOf(waivers);
        this.today = Objects.requireNonNull(today, "today");
    }

    /** The waivers, judged on the given day (expired ones do nothing). */
    public static Waivers of(Collection<Waiver> waivers, LocalDate today) {
        return new Waivers(waivers, today);
    }

    /** The host's waivers as given, expired ones included. */
    public List<Waiver> waivers() {
        return waivers;
    }

    /** The report with its waived findings marked and its verdict recomputed. */
    public Report apply(Report report) {
        List<Finding> findings = new ArrayList<>(report.findings());
        List<LocalizedText> notes = new ArrayList<>(report.notes());
        for (Waiver waiver : waivers) {
            if (!waiver.names(report.plan())) {
                continue;
            }
            if (!waiver.inForceOn(today)) {
                notes.add(new LocalizedText(
                        "Miễn trừ " + waiver.ruleId() + " theo văn bản " + waiver.approvedBy().number()
                                + " đã hết hạn ngày " + waiver.expires() + ": không áp dụng.",
                        "The waiver of " + waiver.ruleId() + " approved by " + waiver.approvedBy().number()
                                + " expired on " + waiver.expires() + ": not applied."));
                continue;
            }
            boolean matched = false;
            for (int i = 0; i < findings.size(); i++) {
                Finding finding = findings.get(i);
                if (finding.ruleId().equals(waiver.ruleId()) && finding.waiver() == null) {
                    findings.set(i, finding.waived(waiver));
                    matched = true;
                }
            }
            if (!matched) {
                notes.add(new LocalizedText(
                        "Miễn trừ " + waiver.ruleId() + " theo văn bản " + waiver.approvedBy().number()
                                + " không khớp phát hiện nào của kế hoạch: không áp dụng.",
                        "The waiver of " + waiver.ruleId() + " approved by " + waiver.approvedBy().number()
                                + " matches no finding of the plan: not applied."));
            }
        }
        return new Report(report.plan(), report.pack(), report.packVersion(), null, findings, notes);
    }

    /** The waivers that name none of the reports' plans: a host may want to say so once for a whole run. */
    public List<Waiver> unmatched(Collection<Report> reports) {
        return waivers.stream().filter(w -> reports.stream().noneMatch(r -> w.names(r.plan()))).toList();
    }
}
