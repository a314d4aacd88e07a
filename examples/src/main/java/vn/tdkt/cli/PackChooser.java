package vn.tdkt.cli;

import vn.tdkt.model.Plan;

/**
 * Which pack checks a plan: the one named with {@code --pack}, otherwise {@link #DEFAULT_PACK}.
 *
 * <p>This is the one place that decides. Choosing the pack from the plan's province (the plan's
 * {@code unit().province()} against each pack's {@code PackInfo.provinces()}) belongs in {@link #packFor(Plan)}.
 */
final class PackChooser {
    /** The pack for a plan when none is named: the Hải Phòng pack, the first one written. */
    static final String DEFAULT_PACK = "hai-phong";

    private final String requested;

    /** @param requested the pack named on the command line, or null */
    PackChooser(String requested) {
        this.requested = requested;
    }

    /** The id of the pack that checks this plan. */
    String packFor(Plan plan) {
        return requested != null ? requested : DEFAULT_PACK;
    }
}
