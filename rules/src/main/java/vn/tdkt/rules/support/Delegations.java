package vn.tdkt.rules.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.model.Delegate;
import vn.tdkt.model.Delegation;
import vn.tdkt.model.Plan;
import vn.tdkt.model.PriorityGroup;

/** The composition of the delegation (II.1). */
public final class Delegations {
    private Delegations() {}

    /** The priority groups the plan does not name. */
    public static List<PriorityGroup> unnamedGroups(Plan plan, List<String> groups) {
        List<PriorityGroup> named = plan.delegation().priorityGroups() == null ? List.of()
                : plan.delegation().priorityGroups();
        return Texts.absent(PriorityGroup.class, groups, named);
    }

    /** The priority groups of which a given delegate list holds nobody. */
    public static List<PriorityGroup> groupsAbsentFromList(Plan plan, List<String> groups) {
        Delegation delegation = plan.delegation();
        if (!delegation.hasList()) {
            return List.of();
        }
        List<PriorityGroup> absent = new ArrayList<>();
        for (String name : groups) {
            PriorityGroup group = PriorityGroup.valueOf(name);
            if (delegation.list().stream().noneMatch(d -> Boolean.TRUE.equals(d.belongsTo(group)))) {
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

    /** Pre-merger units of a reorganised unit that no listed exemplar delegate comes from. */
    public static List<String> unrepresentedPreMergerUnits(Plan plan) {
        List<String> formedFrom = plan.unit().formedFrom();
        Delegation delegation = plan.delegation();
        if (!Boolean.TRUE.equals(plan.unit().reorganised()) || formedFrom == null || !delegation.hasList()) {
            return List.of();
        }
        return formedFrom.stream()
                .filter(unit -> delegation.list().stream()
                        .noneMatch(d -> d.isExemplar() && Texts.same(unit, d.preMergerUnit())))
                .toList();
    }

    /** The field holding more than the given share (percent) of listed exemplar delegates, or null. */
    public static FieldShare dominantField(Plan plan, double maxPercent) {
        if (!plan.delegation().hasList()) {
            return null;
        }
        Map<String, Integer> byField = new LinkedHashMap<>();
        int exemplars = 0;
        for (Delegate d : plan.delegation().list()) {
            if (d.isExemplar()) {
                exemplars++;
                if (d.field() != null) {
                    byField.merge(Texts.normalise(d.field()), 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<String, Integer> e : byField.entrySet()) {
            double percent = 100.0 * e.getValue() / exemplars;
            if (percent > maxPercent) {
                return new FieldShare(e.getKey(), percent);
            }
        }
        return null;
    }

    public record FieldShare(String field, double percent) {
        @Override
        public String toString() {
            return field + " " + Math.round(percent) + "%";
        }
    }

    /** How far the exemplar share lies from the target, in percentage points; null when the share is unknown. */
    public static Double exemplarDeviation(Plan plan, double target) {
        Double share = plan.delegation().effectiveExemplarPercent();
        return share == null ? null : Math.abs(share - target);
    }

    public static String percent(Double value) {
        return value == null ? null : (Math.round(value * 10) / 10.0) + "%";
    }
}
