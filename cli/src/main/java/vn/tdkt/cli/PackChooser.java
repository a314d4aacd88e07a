package vn.tdkt.cli;

import vn.tdkt.engine.Packs;
import vn.tdkt.engine.PackChoice;
import vn.tdkt.model.Plan;

/**
 * Which pack checks a plan: the one named with {@code --pack}; otherwise the library's choice from the plan's province
 * and the guidance it implements ({@link Packs#choose(Plan)}), which throws when none fits.
 */
final class PackChooser {
    private final String requested;
    private final Packs packs;

    /**
     * @param requested the pack named on the command line, or null
     * @param packs     the packs to choose from
     */
    PackChooser(String requested, Packs packs) {
        this.requested = requested;
        this.packs = packs;
    }

    /** The pack that checks this plan, and why. */
    PackChoice packFor(Plan plan) {
        return requested != null ? new PackChoice(requested, "named with --pack", "chọn bằng --pack") : packs.choose(plan);
    }
}
