package vn.tdkt.cli;

import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.engine.PackChoice;
import vn.tdkt.model.Plan;

/**
 * Which pack checks a plan: the one named with {@code --pack}; otherwise the library's choice from the plan's province
 * and the guidance it implements ({@link ComplianceEngine#choosePack(Plan)}), which throws when none fits.
 */
final class PackChooser {
    private final String requested;

    /** @param requested the pack named on the command line, or null */
    PackChooser(String requested) {
        this.requested = requested;
    }

    /** The pack that checks this plan, and why. */
    PackChoice packFor(Plan plan) {
        return requested != null ? new PackChoice(requested, "named with --pack") : ComplianceEngine.choosePack(plan);
    }
}
