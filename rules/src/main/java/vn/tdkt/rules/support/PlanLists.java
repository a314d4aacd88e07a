package vn.tdkt.rules.support;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.model.AwardCategory;
import vn.tdkt.model.Plan;

/** Lists of the plan with their indexes, and lookups rules share. */
public final class PlanLists {
    private PlanLists() {}

    public static List<Indexed<AwardCategory>> awardCategories(Plan plan) {
        return indexed(plan.awardCategories());
    }

    public static <T> List<Indexed<T>> indexed(List<T> list) {
        List<Indexed<T>> indexed = new ArrayList<>();
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                indexed.add(new Indexed<>(i, list.get(i)));
            }
        }
        return indexed;
    }

    public static String guidanceNumbers(Plan plan) {
        if (plan.implementsGuidance() == null || plan.implementsGuidance().isEmpty()) {
            return null;
        }
        return String.join("; ", plan.implementsGuidance().stream()
                .map(d -> d.number() == null ? "(không số)" : d.number()).toList());
    }
}
