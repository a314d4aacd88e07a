package vn.tdkt.finding;

import java.util.Collection;

/** The recommendation on top of the findings, in the manner of the KoSIT validator. */
public enum Verdict {
    /** No violation and nothing to verify by hand (waived findings do not count). */
    ACCEPT,
    /** No violation, but a warning an official should look at. */
    REVIEW,
    /** At least one violation. */
    REJECT;

    /** The verdict the findings add up to: the worst severity among those not waived decides it. */
    public static Verdict of(Collection<Finding> findings) {
        boolean warning = false;
        for (Finding finding : findings) {
            if (finding.isWaived()) {
                continue;
            }
            if (finding.severity() == Severity.VIOLATION) {
                return REJECT;
            }
            warning |= finding.severity() == Severity.WARNING;
        }
        return warning ? REVIEW : ACCEPT;
    }
}
