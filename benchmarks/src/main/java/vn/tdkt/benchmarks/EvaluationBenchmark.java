package vn.tdkt.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.finding.Report;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.Plan;

/**
 * Plans per second: the full Hải Phòng pack on 1 and 2 threads (one shared engine, batches of {@value
 * Workload#BATCH} plans), one plan at a time as a host does in a web request, and the floor: reading the same plans'
 * JSON. Each operation handles one plan; the scores are plans per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class EvaluationBenchmark {

    @State(Scope.Benchmark)
    public static class Shared {
        ComplianceEngine engine;
        Workload workload;

        @Setup
        public void setUp() {
            engine = ComplianceEngine.forPack("hai-phong");
            workload = new Workload(Workload.BATCH * 8);
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance(int size) {
            int at = next;
            next = (next + Workload.BATCH) % size;
            return at;
        }
    }

    private static List<Plan> batch(Shared shared, Cursor cursor) {
        int from = cursor.advance(shared.workload.plans.size());
        return shared.workload.plans.subList(from, from + Workload.BATCH);
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(Workload.BATCH)
    public List<Report> evaluateBatch1Thread(Shared shared, Cursor cursor) {
        return shared.engine.evaluateAll(batch(shared, cursor), null);
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(Workload.BATCH)
    public List<Report> evaluateBatch2Threads(Shared shared, Cursor cursor) {
        return shared.engine.evaluateAll(batch(shared, cursor), null);
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(Workload.BATCH)
    public void evaluateOneByOne1Thread(Shared shared, Cursor cursor, Blackhole sink) {
        for (Plan plan : batch(shared, cursor)) {
            sink.consume(shared.engine.evaluate(plan));
        }
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(Workload.BATCH)
    public void readJson1Thread(Shared shared, Cursor cursor, Blackhole sink) {
        readBatch(shared, cursor, sink);
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(Workload.BATCH)
    public void readJson2Threads(Shared shared, Cursor cursor, Blackhole sink) {
        readBatch(shared, cursor, sink);
    }

    /** Reads the JSON of one batch of plans. */
    private static void readBatch(Shared shared, Cursor cursor, Blackhole sink) {
        int from = cursor.advance(shared.workload.json.size());
        for (String json : shared.workload.json.subList(from, from + Workload.BATCH)) {
            sink.consume(PlanJson.read(json, "benchmark"));
        }
    }
}
