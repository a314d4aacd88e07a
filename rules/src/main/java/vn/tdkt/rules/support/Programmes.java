package vn.tdkt.rules.support;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.model.Activity;
import vn.tdkt.model.ActivityKind;
import vn.tdkt.model.Plan;
import vn.tdkt.model.ProgramItem;
import vn.tdkt.model.ProgramItemKind;
import vn.tdkt.model.YearRange;

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
            present.add(item.kind());
        }
        return Texts.absent(ProgramItemKind.class, required, present);
    }

    /**
     * The period a programme item names: its own {@code period}, else the last span of years its words give
     * ("Phát động phong trào thi đua giai đoạn 2025 - 2027"); null when neither.
     */
    public static YearRange period(ProgramItem item) {
        if (item.period() != null || item.text() == null) {
            return item.period();
        }
        return lastYearSpan(item.text());
    }

    /**
     * The last "YYYY - YYYY" (any dash, spaces or none) of a text with years of this century or the last; null when
     * none. By hand: it runs on the programme of every plan.
     */
    static YearRange lastYearSpan(String text) {
        YearRange last = null;
        for (int i = 0; i + 9 <= text.length(); i++) {
            int from = year(text, i);
            if (from < 0 || (i > 0 && Character.isDigit(text.charAt(i - 1)))) {
                continue;
            }
            int j = i + 4;
            while (j < text.length() && text.charAt(j) == ' ') {
                j++;
            }
            if (j >= text.length() || "-–—".indexOf(text.charAt(j)) < 0) {
                continue;
            }
            j++;
            while (j < text.length() && text.charAt(j) == ' ') {
                j++;
            }
            int to = year(text, j);
            if (to >= from && (j + 4 == text.length() || !Character.isDigit(text.charAt(j + 4)))) {
                last = new YearRange(from, to);
            }
        }
        return last;
    }

    /** The year 19xx or 20xx written at the index, or -1. */
    private static int year(String text, int at) {
        if (at + 4 > text.length()) {
            return -1;
        }
        int value = 0;
        for (int k = at; k < at + 4; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value >= 1945 && value <= 2100 ? value : -1;
    }

    /** The items of the kind whose period is not the one given, with their indexes. */
    public static List<Indexed<ProgramItem>> itemsOfAnotherPeriod(Plan plan, ProgramItemKind kind, int from, int to) {
        List<Indexed<ProgramItem>> wrong = new ArrayList<>(1);
        if (plan.programme() != null) {
            for (int i = 0; i < plan.programme().size(); i++) {
                ProgramItem item = plan.programme().get(i);
                YearRange period = item.kind() == kind ? period(item) : null;
                if (period != null && !period.spans(from, to)) {
                    wrong.add(new Indexed<>(i, item));
                }
            }
        }
        return wrong;
    }

    /**
     * An item the programme places out of the guidance's order: "X → Y" in the plan where III.1 has "Y → X".
     *
     * @param expected the two items in the guidance's order
     * @param found    the two items in the plan's order
     * @param index    the place of the misplaced item in the programme, which the finding points at
     */
    public record OrderBreak(LocalizedText expected, LocalizedText found, int index) {
    }

    /**
     * The items out of the order III.1 lists them in. The programme's items of the guidance's kinds, each at its first
     * place, are read in the plan's order; the longest run that follows the guidance's order stands, and each other
     * item is out of place, reported against the first item of that run it contradicts. Extra items (văn nghệ, chào
     * cờ) may stand anywhere.
     */
    public static List<OrderBreak> orderBreaks(Plan plan, List<String> order) {
        List<OrderBreak> breaks = new ArrayList<>();
        if (plan.programme() == null) {
            return breaks;
        }
        List<Integer> ranks = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        EnumSet<ProgramItemKind> seen = EnumSet.noneOf(ProgramItemKind.class);
        int[] rankOf = RANKS.computeIfAbsent(order, Programmes::ranks);
        for (int i = 0; i < plan.programme().size(); i++) {
            ProgramItemKind kind = plan.programme().get(i).kind();
            int rank = rankOf[kind.ordinal()];
            if (rank >= 0 && seen.add(kind)) {
                ranks.add(rank);
                places.add(i);
            }
        }
        boolean[] inOrder = longestOrderedRun(ranks);
        for (int i = 0; i < ranks.size(); i++) {
            if (inOrder[i]) {
                continue;
            }
            for (int j = 0; j < ranks.size(); j++) {
                if (inOrder[j] && (j < i) != (ranks.get(j) < ranks.get(i))) {
                    ProgramItemKind mine = ProgramItemKind.valueOf(order.get(ranks.get(i)));
                    ProgramItemKind theirs = ProgramItemKind.valueOf(order.get(ranks.get(j)));
                    ProgramItemKind planFirst = j < i ? theirs : mine;
                    ProgramItemKind planSecond = j < i ? mine : theirs;
                    breaks.add(new OrderBreak(sequence(planSecond, planFirst), sequence(planFirst, planSecond),
                            places.get(i)));
                    break;
                }
            }
        }
        return breaks;
    }

    /** The guidance's orders seen so far (one or two per pack): each kind's place in it, -1 for none. */
    private static final java.util.Map<List<String>, int[]> RANKS = new java.util.concurrent.ConcurrentHashMap<>();

    private static int[] ranks(List<String> order) {
        int[] ranks = new int[ProgramItemKind.values().length];
        java.util.Arrays.fill(ranks, -1);
        for (int i = 0; i < order.size(); i++) {
            ranks[ProgramItemKind.valueOf(order.get(i)).ordinal()] = i;
        }
        return ranks;
    }

    private static LocalizedText sequence(ProgramItemKind first, ProgramItemKind second) {
        return new LocalizedText("“" + first.label() + "” trước “" + second.label() + "”",
                first.labelEn() + " before " + second.labelEn());
    }

    /** Marks the longest strictly increasing subsequence (the first of equals found). */
    private static boolean[] longestOrderedRun(List<Integer> ranks) {
        int n = ranks.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (ranks.get(j) < ranks.get(i) && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        boolean[] marked = new boolean[n];
        for (int i = best; i >= 0; i = previous[i]) {
            marked[i] = true;
        }
        return marked;
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
