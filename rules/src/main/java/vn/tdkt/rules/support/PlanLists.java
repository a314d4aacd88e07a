package vn.tdkt.rules.support;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import vn.tdkt.model.AwardCategory;
import vn.tdkt.model.DocumentRef;
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
        StringJoiner numbers = new StringJoiner("; ");
        for (DocumentRef document : plan.implementsGuidance()) {
            numbers.add(document.number() == null ? "(không số)" : document.number());
        }
        return numbers.toString();
    }
}
