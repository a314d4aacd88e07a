package vn.tdkt.benchmarks;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.batch.GeneratedPlan;
import vn.tdkt.batch.PlanGenerator;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.Plan;

/** The plans every benchmark uses: Hải Phòng's generated plans (seeded), as objects and as the JSON they come from. */
final class Workload {
    static final long SEED = 2025;
    /** Plans per benchmark operation: one evaluation batch, and the same plans' JSON read once. */
    static final int BATCH = 256;

    final List<Plan> plans = new ArrayList<>();
    final List<String> json = new ArrayList<>();

    Workload(int count) {
        new PlanGenerator(SEED).plans(List.of(PlanGenerator.findProvince("Hải Phòng")), count)
                .map(GeneratedPlan::plan)
                .forEach(plan -> {
                    plans.add(plan);
                    json.add(PlanJson.write(plan));
                });
    }
}
