package vn.tdkt.batch;

import java.util.Objects;
import java.util.Set;
import vn.tdkt.model.Plan;

/**
 * A plan the generator made, with where it belongs and what was done to it.
 *
 * @param plan     the plan
 * @param province the province of its unit
 * @param index    1-based position of the unit in its province (in a second round and after, counting on)
 * @param fileName where it would be written: "hai-phong/007-xa-an-lu.json"
 * @param mistakes the mistakes put into it, in declaration order; empty for a compliant plan
 */
public record GeneratedPlan(Plan plan, Province province, int index, String fileName, Set<Mistake> mistakes) {
    public GeneratedPlan {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(fileName, "fileName");
        mistakes = mistakes.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(mistakes));
    }
}
