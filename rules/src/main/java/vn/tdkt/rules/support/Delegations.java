package vn.tdkt.rules.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.Percent;
import vn.tdkt.model.Allocation;
import vn.tdkt.model.AllocationScope;
import vn.tdkt.model.Delegate;
import vn.tdkt.model.Delegation;
import vn.tdkt.model.Labelled;
import vn.tdkt.model.Plan;
import vn.tdkt.model.PriorityGroup;

/**
 * The number and composition of the delegation (II.1), decided from the most direct evidence the plan gives: its
 * delegate list when the list holds every delegate, the numbers it states of each group, its allocation of seats,
 * its stated total, its stated shares. A list that holds fewer names than the stated total is a partial list (the
 * exemplars named so far): it says who some delegates are, not how many there are or in what shares.
 */
public final class Delegations {
    /** What II.1 asks of exemplar delegates. */
    public static final LocalizedText VETTING = new LocalizedText("bình xét công khai, dân chủ từ cơ sở",
            "vetted publicly and democratically from the grassroots");
    /** What II.1 asks of the delegation as a whole. */
    public static final LocalizedText BALANCE = new LocalizedText(
            "cân đối giữa các lĩnh vực, ngành nghề, có tính đại diện của các đơn vị trước khi sắp xếp",
            "balanced across fields and trades, representing the units before the reorganisation");

    private Delegations() {}

    /**
     * A number of delegates and where it comes from: "160 (theo bảng phân bổ đại biểu)".
     *
     * @param count   the number of delegates that evidence gives
     * @param source  the evidence: the list, the stated counts, the allocation or the stated total
     * @param pointer the JSON Pointer of that evidence in the plan, which a finding points at
     */
    public record Headcount(int count, Evidence source, String pointer) implements Labelled {
        @Override
        public String label() {
            return count + " (" + source.label() + ")";
        }

        @Override
        public String labelEn() {
            return count + " (" + source.labelEn() + ")";
        }
    }

    /**
     * An exemplar (or guest) share and where it comes from: "64,0 % (theo danh sách đại biểu)".
     *
     * @param percent the share the evidence gives, in percent
     * @param target  the share the pack asks for ("khoảng 70%"), in percent
     * @param source  the evidence the share is read from
     * @param pointer the JSON Pointer of that evidence in the plan, which a finding points at
     */
    public record Share(double percent, double target, Evidence source, String pointer) implements Labelled {
        /** How far the share is from the target, in percentage points either way: "khoảng" allows a tolerance. */
        public double deviation() {
            return Math.abs(percent - target);
        }

        @Override
        public String label() {
            return new Percent(percent).label() + " (" + source.label() + ")";
        }

        @Override
        public String labelEn() {
            return new Percent(percent).labelEn() + " (" + source.labelEn() + ")";
        }
    }

    /** Every count of delegates the plan gives, most direct first; each is at least how many attend. */
    public static List<Headcount> headcounts(Plan plan) {
        Delegation d = plan.delegation();
        List<Headcount> counts = new ArrayList<>(4);
        if (d.hasList()) {
            counts.add(new Headcount(d.list().size(), Evidence.DELEGATE_LIST, "/delegation/list"));
        }
        if (d.exemplarCount() != null || d.guestCount() != null) {
            int stated = (d.exemplarCount() == null ? 0 : d.exemplarCount()) + (d.guestCount() == null ? 0 : d.guestCount());
            counts.add(new Headcount(stated, Evidence.STATED_COUNTS,
                    d.exemplarCount() != null ? "/delegation/exemplarCount" : "/delegation/guestCount"));
        }
        Integer seats = allocatedSeats(d);
        if (seats != null) {
            counts.add(new Headcount(seats, Evidence.ALLOCATION, "/delegation/allocation"));
        }
        if (d.total() != null) {
            counts.add(new Headcount(d.total(), Evidence.STATED_TOTAL, "/delegation/total"));
        }
        return counts;
    }

    /** The largest count over the cap (the most direct of equals), or null when none is over it. */
    public static Headcount overCap(Plan plan, int cap) {
        Headcount over = null;
        for (Headcount count : headcounts(plan)) {
            if (count.count() > cap && (over == null || count.count() > over.count())) {
                over = count;
            }
        }
        return over;
    }

    /**
     * The seats an allocation gives out: its rows give seats to different bodies, whatever seats each gives (all, or
     * only the exemplars' or the guests'), so together they are at least how many attend. Null without an allocation.
     */
    public static Integer allocatedSeats(Delegation d) {
        if (d.allocation() == null || d.allocation().isEmpty()) {
            return null;
        }
        int seats = 0;
        for (Allocation a : d.allocation()) {
            seats += a.count();
        }
        return seats;
    }

    /** The seats an allocation gives to one group, or null when it allocates none of that group's seats by name. */
    static Integer allocatedTo(Delegation d, AllocationScope scope) {
        if (d.allocation() == null) {
            return null;
        }
        Integer seats = null;
        for (Allocation a : d.allocation()) {
            if (a.scope() == scope) {
                seats = (seats == null ? 0 : seats) + a.count();
            }
        }
        return seats;
    }

    /** Whether the list holds every delegate: as many names as the plan's stated total (or its allocation). */
    public static boolean completeList(Delegation d) {
        if (!d.hasList()) {
            return false;
        }
        Integer whole = d.total() != null ? d.total() : allocatedSeats(d);
        return whole != null && whole == d.list().size();
    }

    /** Every estimate of the exemplar share the plan allows, most direct first. */
    public static List<Share> exemplarShares(Plan plan, double target) {
        Delegation d = plan.delegation();
        List<Share> shares = new ArrayList<>(4);
        if (completeList(d)) {
            long exemplars = 0;
            for (Delegate delegate : d.list()) {
                if (delegate.isExemplar()) {
                    exemplars++;
                }
            }
            shares.add(new Share(100.0 * exemplars / d.list().size(), target, Evidence.DELEGATE_LIST, "/delegation/list"));
        }
        Integer whole = d.total();
        if (d.exemplarCount() != null && (whole != null || d.guestCount() != null)) {
            int of = whole != null ? whole : d.exemplarCount() + d.guestCount();
            addShare(shares, d.exemplarCount(), of, target, Evidence.STATED_COUNTS, "/delegation/exemplarCount");
        } else if (d.guestCount() != null && whole != null) {
            addShare(shares, whole - d.guestCount(), whole, target, Evidence.STATED_COUNTS, "/delegation/guestCount");
        }
        Integer exemplarSeats = allocatedTo(d, AllocationScope.EXEMPLAR_SEATS);
        Integer guestSeats = allocatedTo(d, AllocationScope.GUEST_SEATS);
        if (exemplarSeats != null) {
            // an allocation that gives out both groups' seats states its own split, whatever total the plan states
            // (a total that disagrees is CC-2's finding); one that gives out only the exemplars' needs the total
            Integer of = guestSeats != null ? Integer.valueOf(exemplarSeats + guestSeats) : whole;
            if (of != null) {
                addShare(shares, exemplarSeats, of, target, Evidence.ALLOCATION, "/delegation/allocation");
            }
        }
        if (d.exemplarPercent() != null) {
            shares.add(new Share(d.exemplarPercent(), target, Evidence.STATED_SHARES, "/delegation/exemplarPercent"));
        } else if (d.guestPercent() != null) {
            shares.add(new Share(100 - d.guestPercent(), target, Evidence.STATED_SHARES, "/delegation/guestPercent"));
        }
        return shares;
    }

    private static void addShare(List<Share> shares, int part, int whole, double target, Evidence source,
                                 String pointer) {
        if (whole > 0 && part >= 0 && part <= whole) {
            shares.add(new Share(100.0 * part / whole, target, source, pointer));
        }
    }

    /**
     * The shares a rule judges: the exemplar share from the most direct evidence; any other figure of the plan that
     * gives a share more than the tolerance away from it (the plan states it too, and CC-2 reports that the two
     * disagree); and the stated share of guests and leaders when it is not what an exemplar share was read from
     * ("70% … 50%" states two shares, and the second is wrong).
     */
    public static List<Share> sharesToJudge(Plan plan, double exemplarTarget, double tolerance) {
        List<Share> judged = new ArrayList<>(2);
        List<Share> exemplar = exemplarShares(plan, exemplarTarget);
        boolean fromGuests = false;
        for (int i = 0; i < exemplar.size(); i++) {
            Share share = exemplar.get(i);
            if (i == 0 || Math.abs(share.percent() - exemplar.get(0).percent()) > tolerance) {
                judged.add(share);
                fromGuests |= "/delegation/guestPercent".equals(share.pointer());
            }
        }
        Integer guests = plan.delegation().guestPercent();
        if (guests != null && !fromGuests) {
            judged.add(new Share(guests, 100 - exemplarTarget, Evidence.STATED_SHARES, "/delegation/guestPercent"));
        }
        return judged;
    }

    /**
     * Two estimates of the exemplar share from different figures of the plan.
     *
     * @param first  the estimate from the more direct evidence
     * @param second the estimate that differs from it, where the finding points
     */
    public record Disagreement(Share first, Share second) {
    }

    /** The first two estimates of the exemplar share that differ by more than the tolerance; null when all agree. */
    public static Disagreement disagreeingShares(Plan plan, double tolerance) {
        List<Share> shares = exemplarShares(plan, 0);
        for (int i = 0; i < shares.size(); i++) {
            for (int j = i + 1; j < shares.size(); j++) {
                if (Math.abs(shares.get(i).percent() - shares.get(j).percent()) > tolerance) {
                    return new Disagreement(shares.get(i), shares.get(j));
                }
            }
        }
        return null;
    }

    /** The share as findings' expectations write it: "khoảng 70 % (± 5)" / "about 70% (± 5 points)". */
    public static LocalizedText about(double target, double tolerance) {
        String within = tolerance == Math.rint(tolerance) ? String.valueOf((long) tolerance) : String.valueOf(tolerance);
        long whole = Math.round(target);
        return new LocalizedText("khoảng " + whole + " % (± " + within.replace('.', ',') + " điểm)",
                "about " + whole + "% (± " + within + " points)");
    }

    /** The priority groups the plan does not name. */
    public static List<PriorityGroup> unnamedGroups(Plan plan, List<String> groups) {
        List<PriorityGroup> named = plan.delegation().priorityGroups() == null ? List.of()
                : plan.delegation().priorityGroups();
        return Texts.absent(PriorityGroup.class, groups, named);
    }

    /**
     * The priority groups of which the delegate list holds nobody, as far as the list says: a group counts as absent
     * only when the list states, for every delegate, whether they belong to it.
     */
    public static List<PriorityGroup> groupsAbsentFromList(Plan plan, List<String> groups) {
        Delegation delegation = plan.delegation();
        if (!delegation.hasList()) {
            return List.of();
        }
        List<PriorityGroup> absent = new ArrayList<>();
        for (String name : groups) {
            PriorityGroup group = PriorityGroup.valueOf(name);
            boolean known = true;
            boolean present = false;
            for (Delegate d : delegation.list()) {
                Boolean belongs = d.belongsTo(group);
                known &= belongs != null;
                present |= Boolean.TRUE.equals(belongs);
            }
            if (known && !present) {
                absent.add(group);
            }
        }
        return absent;
    }

    /** Listed exemplar delegates the list marks as not vetted publicly. */
    public static List<Indexed<Delegate>> unvettedExemplars(Plan plan) {
        List<Indexed<Delegate>> unvetted = new ArrayList<>();
        List<Delegate> list = plan.delegation().list();
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                Delegate d = list.get(i);
                if (d.isExemplar() && Boolean.FALSE.equals(d.vettedPublicly())) {
                    unvetted.add(new Indexed<>(i, d));
                }
            }
        }
        return unvetted;
    }

    /**
     * Pre-merger units of a reorganised unit that no listed exemplar delegate comes from, as far as the list says:
     * when an exemplar's unit is not given, that delegate may come from any of them, and nothing is reported.
     */
    public static List<String> unrepresentedPreMergerUnits(Plan plan) {
        List<String> formedFrom = plan.unit().formedFrom();
        Delegation delegation = plan.delegation();
        if (!Units.isReorganised(plan) || formedFrom == null || !delegation.hasList()) {
            return List.of();
        }
        for (Delegate d : delegation.list()) {
            if (d.isExemplar() && d.preMergerUnit() == null) {
                return List.of();
            }
        }
        List<String> unrepresented = new ArrayList<>();
        for (String unit : formedFrom) {
            boolean represented = false;
            for (Delegate d : delegation.list()) {
                represented |= d.isExemplar() && Texts.same(unit, d.preMergerUnit());
            }
            if (!represented) {
                unrepresented.add(unit);
            }
        }
        return unrepresented;
    }

    /** The field holding more than the given share (percent) of listed exemplar delegates, or null. */
    public static FieldShare dominantField(Plan plan, double maxPercent) {
        if (!plan.delegation().hasList()) {
            return null;
        }
        Map<String, Integer> byField = new LinkedHashMap<>();
        Map<String, String> words = new LinkedHashMap<>();
        int exemplars = 0;
        for (Delegate d : plan.delegation().list()) {
            if (d.isExemplar()) {
                exemplars++;
                if (d.field() != null) {
                    byField.merge(Texts.normalise(d.field()), 1, Integer::sum);
                    words.putIfAbsent(Texts.normalise(d.field()), d.field());
                }
            }
        }
        for (Map.Entry<String, Integer> e : byField.entrySet()) {
            double percent = 100.0 * e.getValue() / exemplars;
            if (percent > maxPercent) {
                return new FieldShare(words.get(e.getKey()), percent);
            }
        }
        return null;
    }

    /**
     * A field of the plan and its share of exemplar delegates: "“giáo dục” 80,0 %".
     *
     * @param field   the field as the list first writes it
     * @param percent its share of the listed exemplar delegates, in percent
     */
    public record FieldShare(String field, double percent) implements Labelled {
        @Override
        public String label() {
            return "“" + field + "” " + new Percent(percent).label();
        }

        @Override
        public String labelEn() {
            return "“" + field + "” " + new Percent(percent).labelEn();
        }
    }
}
