package vn.tdkt.rules.support;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import vn.tdkt.finding.Verbatim;
import vn.tdkt.model.AwardCategory;
import vn.tdkt.model.DocumentRef;
import vn.tdkt.model.Plan;
import vn.tdkt.model.ProvinceNames;

/** Lists of the plan with their indexes, and lookups rules share. */
public final class PlanLists {
    private PlanLists() {}

    /** The plan's categories of commendation with their places; empty when the plan states none. */
    public static List<Indexed<AwardCategory>> awardCategories(Plan plan) {
        return indexed(plan.awardCategories());
    }

    /** The elements of a plan's list with their places, for a rule to iterate; empty for an unstated list. */
    public static <T> List<Indexed<T>> indexed(List<T> list) {
        List<Indexed<T>> indexed = new ArrayList<>();
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                indexed.add(new Indexed<>(i, list.get(i)));
            }
        }
        return indexed;
    }

    /** Whether the plan names any guidance it implements. */
    public static boolean namesGuidance(Plan plan) {
        return plan.implementsGuidance() != null && !plan.implementsGuidance().isEmpty();
    }

    /** The guidance the plan names, as it names it: "“3194/QĐ-UBND” (Ủy ban nhân dân thành phố Hải Phòng)"; null if none. */
    public static Verbatim guidanceNamed(Plan plan) {
        if (plan.implementsGuidance() == null || plan.implementsGuidance().isEmpty()) {
            return null;
        }
        StringJoiner named = new StringJoiner("; ");
        for (DocumentRef document : plan.implementsGuidance()) {
            String number = document.number() == null ? "(không số)" : document.number();
            named.add(document.issuer() == null ? number : number + " của " + document.issuer());
        }
        return new Verbatim(named.toString());
    }

    /** Whether the plan's unit is of another province than the pack's (false when the plan does not say). */
    public static boolean otherProvince(Plan plan, String province) {
        return plan.unit().province() != null && !ProvinceNames.same(plan.unit().province(), province);
    }
}
