package vn.tdkt.benchmarks;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.engine.PackInfo;
import vn.tdkt.engine.Packs;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.model.Plan;
import vn.tdkt.model.Unit;
import vn.tdkt.model.UnitLevel;

/**
 * The time to load a pack, as a host pays it once at start: each fork is a fresh JVM, and the single measured call is
 * its first use of the pack: reading the pack descriptors and building the KieBase from the executable model, and
 * then also checking one plan (the first session and the first firing of every rule).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class PackLoadBenchmark {

    @Benchmark
    public Object loadHaiPhong() {
        return ComplianceEngine.forPack("hai-phong");
    }

    /** Every pack on the class path: all share one compiled rule base, so all should cost about one. */
    @Benchmark
    public Object loadAllPacks() {
        return PackLoadBenchmark.allPacks();
    }

    @Benchmark
    public Object loadHaiPhongAndCheckOnePlan() {
        return ComplianceEngine.forPack("hai-phong").evaluate(firstPlan());
    }

    /** The engine of every pack the class path lists. */
    static List<Object> allPacks() {
        Packs packs = Packs.onClassPath();
        List<Object> engines = new ArrayList<>();
        for (PackInfo pack : packs.list()) {
            engines.add(packs.engine(pack.id()));
        }
        return engines;
    }

    /** A plan that states little, so that many rules report on it. */
    static Plan firstPlan() {
        return new Plan(new Unit("Kẻ Sặt", UnitLevel.COMMUNE, "Hải Phòng", true, null), null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
