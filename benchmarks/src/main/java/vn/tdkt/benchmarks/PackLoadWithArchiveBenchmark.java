package vn.tdkt.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import vn.tdkt.engine.ComplianceEngine;

/**
 * {@link PackLoadBenchmark} in JVMs started with the class-data archive the build made from {@link PackLoadTraining}
 * ({@code benchmarks/target/pack-load.jsa}), as a host deploys the library when its start-up matters. Run from the
 * project's root; {@code -Xshare:on} makes a fork fail, rather than measure without the archive, when the archive is
 * missing or does not fit this JVM.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10, jvmArgsAppend = {"-XX:SharedArchiveFile=benchmarks/target/pack-load.jsa", "-Xshare:on"})
public class PackLoadWithArchiveBenchmark {

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
        return ComplianceEngine.forPack("hai-phong").evaluate(PackLoadBenchmark.firstPlan());
    }
}
