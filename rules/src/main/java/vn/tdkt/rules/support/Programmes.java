package vn.tdkt.rules.support;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.tdkt.model.Activity;
import vn.tdkt.model.ActivityKind;
import vn.tdkt.model.Plan;
import vn.tdkt.model.ProgramItem;
import vn.tdkt.model.ProgramItemKind;

/** The programme (III.1) and the activities around the conference (III.2). */
public final class Programmes {
    private Programmes() {}

    /** The required kinds the stated programme lacks, in the guidance's order; empty when it is not stated. */
    public static List<ProgramItemKind> missingItems(Plan plan, List<String> required) {
        if (plan.programme() == null) {
            return List.of();
        }
        EnumSet<ProgramItemKind> present = EnumSet.noneOf(ProgramItemKind.class);
        for (ProgramItem item : plan.programme()) {
            if (item.kind() != null) {
                present.add(item.kind());
            }
        }
        return Texts.absent(ProgramItemKind.class, required, present);
    }

    /** A rule of order the programme breaks: which item should come before which. */
    public record OrderBreak(String code, String expected, String found) {
    }

    /**
     * III.1 lists the items in order; what matters is that the conference opens first and closes last, and that the
     * movement is launched after the summary report and answered after the launch. Extra items (văn nghệ, chào cờ)
     * may stand anywhere.
     */
    public static List<OrderBreak> orderBreaks(Plan plan) {
        List<OrderBreak> breaks = new ArrayList<>();
        List<ProgramItem> items = new ArrayList<>();
        if (plan.programme() != null) {
            for (ProgramItem item : plan.programme()) {
                if (item.kind() != ProgramItemKind.OTHER) {
                    items.add(item);
                }
            }
        }
        if (items.isEmpty()) {
            return breaks;
        }
        ProgramItemKind first = items.get(0).kind();
        ProgramItemKind last = items.get(items.size() - 1).kind();
        if (contains(items, ProgramItemKind.OPENING) && first != ProgramItemKind.OPENING) {
            breaks.add(new OrderBreak("opening-first", "OPENING", first.name()));
        }
        if (contains(items, ProgramItemKind.CLOSING) && last != ProgramItemKind.CLOSING) {
            breaks.add(new OrderBreak("closing-last", "CLOSING", last.name()));
        }
        before(items, ProgramItemKind.SUMMARY_REPORT, ProgramItemKind.LAUNCH, "report-before-launch", breaks);
        before(items, ProgramItemKind.LAUNCH, ProgramItemKind.RESPONSE, "launch-before-response", breaks);
        return breaks;
    }

    private static void before(List<ProgramItem> items, ProgramItemKind earlier, ProgramItemKind later, String code,
                               List<OrderBreak> breaks) {
        int e = indexOf(items, earlier);
        int l = indexOf(items, later);
        if (e >= 0 && l >= 0 && e > l) {
            breaks.add(new OrderBreak(code, earlier + " → " + later, later + " → " + earlier));
        }
    }

    private static boolean contains(List<ProgramItem> items, ProgramItemKind kind) {
        return indexOf(items, kind) >= 0;
    }

    private static int indexOf(List<ProgramItem> items, ProgramItemKind kind) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    /** The recommended activities the plan does not organise (all of them when it names none). */
    public static List<ActivityKind> missingActivities(Plan plan, List<String> recommended) {
        List<ActivityKind> present = new ArrayList<>();
        if (plan.activities() != null) {
            for (Activity activity : plan.activities()) {
                present.add(activity.kind());
            }
        }
        return Texts.absent(ActivityKind.class, recommended, present);
    }
}
