package vn.tdkt.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.json.PlanJson;

class BatchRunnerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Collects what reaches it, and from which threads. */
    static final class Collecting implements BatchSink {
        final List<BatchResult> results = Collections.synchronizedList(new ArrayList<>());
        BatchSummary finished;
        boolean closed;

        @Override
        public void accept(BatchResult result) {
            results.add(result);
        }

        @Override
        public void finish(BatchSummary summary) {
            finished = summary;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static List<GeneratedPlan> haiPhong() {
        return new PlanGenerator(11).province("Hải Phòng").toList();
    }

    @Test
    void resultsArriveInInputOrderWhateverOrderTheThreadsFinishIn() {
        List<GeneratedPlan> plans = new PlanGenerator(3).plans(PlanGenerator.provinces(), 1500).toList();
        List<String> firstRun = null;
        for (int run = 0; run < 2; run++) {
            Collecting sink = new Collecting();
            PlanChecker slowSometimes = (plan, source) -> {
                // finish out of order: some plans take much longer than their neighbours
                if (ThreadLocalRandom.current().nextInt(10) == 0) {
                    sleep(2);
                }
                return new FakeChecker().check(plan, source);
            };
            BatchSummary summary = BatchRunner.builder().checker(slowSometimes).threads(8).window(64).sink(sink)
                    .build().run(BatchInputs.generated(plans.stream()));

            assertThat(summary.inputs()).isEqualTo(1500);
            assertThat(summary.evaluated()).isEqualTo(1500);
            assertThat(sink.results).extracting(BatchResult::sequence)
                    .containsExactlyElementsOf(Stream.iterate(0L, n -> n + 1).limit(1500).toList());
            List<String> sources = sink.results.stream().map(BatchResult::source).toList();
            assertThat(sources).containsExactlyElementsOf(plans.stream().map(GeneratedPlan::fileName).toList());
            if (firstRun != null) {
                assertThat(sources).isEqualTo(firstRun);
            }
            firstRun = sources;
            assertThat(sink.finished).isSameAs(summary);
            assertThat(sink.closed).isTrue();
        }
    }

    @Test
    void everyInputIsAccountedForWithBrokenFilesMixedIn(@TempDir Path dir) throws IOException {
        List<GeneratedPlan> plans = haiPhong().subList(0, 20);
        PlanGenerator.writeFiles(plans.stream(), dir);
        Path hp = dir.resolve("hai-phong");
        String good = PlanJson.write(plans.get(0).plan());
        Files.writeString(hp.resolve("005-a-truncated.json"), good.substring(0, good.length() / 2));
        Files.writeString(hp.resolve("006-b-wrong-type.json"),
                good.replaceFirst("\"total\" : \\d+", "\"total\" : \"một trăm\""));
        Files.writeString(hp.resolve("007-c-unknown-field.json"), good.replaceFirst("\\{", "{ \"colour\": \"red\","));
        Files.writeString(hp.resolve("008-d-empty.json"), "");
        Files.writeString(hp.resolve("notes.txt"), "not a plan: not an input");

        Collecting sink = new Collecting();
        BatchSummary summary;
        try (Stream<BatchInput> inputs = BatchInputs.directory(dir)) {
            summary = BatchRunner.builder().checker(new FakeChecker()).threads(4).sink(sink).build().run(inputs);
        }

        assertThat(summary.inputs()).isEqualTo(24);
        assertThat(summary.evaluated()).isEqualTo(20);
        assertThat(summary.rejected()).isEqualTo(4);
        assertThat(summary.balanced()).isTrue();
        assertThat(summary.rejectedByKind()).containsEntry(Rejection.Kind.UNREADABLE, 4L);
        Map<String, Rejection> byFile = summary.rejections().stream()
                .collect(Collectors.toMap(r -> Path.of(r.source()).getFileName().toString(), r -> r));
        assertThat(byFile).containsOnlyKeys("005-a-truncated.json", "006-b-wrong-type.json",
                "007-c-unknown-field.json", "008-d-empty.json");
        assertThat(byFile.get("005-a-truncated.json").reason()).contains("truncated");
        assertThat(byFile.get("006-b-wrong-type.json").pointer()).isEqualTo("/delegation/total");
        assertThat(byFile.get("006-b-wrong-type.json").reason()).contains("whole number", "một trăm");
        assertThat(byFile.get("006-b-wrong-type.json").line()).isGreaterThan(1);
        assertThat(byFile.get("007-c-unknown-field.json").reason()).contains("unknown field 'colour'");
        assertThat(byFile.get("008-d-empty.json").reason()).contains("empty");
        assertThat(byFile.get("006-b-wrong-type.json").describe())
                .startsWith(hp.resolve("006-b-wrong-type.json") + ":")
                .contains("field /delegation/total: expected a whole number");
        // in path order: the broken files sit between plans 004 and 005
        assertThat(sink.results.get(4)).isInstanceOf(BatchResult.Rejected.class);
        assertThat(sink.results.get(4).source()).endsWith("005-a-truncated.json");
    }

    @Test
    void aBadNdjsonLineIsRejectedWithItsLineNumberAndTheOthersAreChecked() {
        List<GeneratedPlan> plans = haiPhong();
        String ndjson = PlanGenerator.toJsonLine(plans.get(0).plan()) + "\n"
                + "\n"                                                             // blank: no input
                + PlanGenerator.toJsonLine(plans.get(1).plan()).replace("\"total\":", "\"total\":\"x\",\"t\":") + "\n"
                + "{\"unit\": {\"name\": \"Kẻ Sặt\", \"province\": \"Hải Phòng\"}, \"delegation\": {\"total\": -5}}\r\n"
                + "{not json\n"
                + PlanGenerator.toJsonLine(plans.get(2).plan());                 // no final line break
        Collecting sink = new Collecting();

        BatchSummary summary = BatchRunner.builder().checker(new FakeChecker()).sink(sink).build()
                .run(BatchInputs.ndjson(new java.io.ByteArrayInputStream(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "plans.ndjson"));

        assertThat(summary.inputs()).isEqualTo(5);
        assertThat(summary.evaluated()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(3);
        assertThat(summary.rejections()).extracting(Rejection::line).containsExactly(3L, 4L, 5L);
        assertThat(summary.rejections().get(0).describe()).startsWith("plans.ndjson:3:");
        assertThat(summary.rejections().get(1).pointer()).isEqualTo("/delegation/total");
        assertThat(summary.rejections().get(1).reason()).contains("negative");
        assertThat(summary.rejections().get(2).reason()).startsWith("malformed JSON");
        BatchResult.Evaluated last = (BatchResult.Evaluated) sink.results.get(4);
        assertThat(last.line()).isEqualTo(6);
        assertThat(last.report().plan().source()).isEqualTo("plans.ndjson:6");
    }

    @Test
    void aPlanThatNoPackCoversIsRejectedWithTheReasonAndTheRunGoesOn() {
        List<GeneratedPlan> plans = new PlanGenerator(5).plans(PlanGenerator.provinces(), 400).toList();
        Collecting sink = new Collecting();
        BatchSummary summary = BatchRunner.builder().checker(new FakeChecker(true)).sink(sink).build()
                .run(BatchInputs.generated(plans.stream()));

        long haiPhong = plans.stream().filter(p -> p.province().name().equals("Hải Phòng")).count();
        assertThat(summary.inputs()).isEqualTo(400);
        assertThat(summary.evaluated()).isEqualTo(haiPhong);
        assertThat(summary.rejected()).isEqualTo(400 - haiPhong);
        assertThat(summary.rejectedByKind()).containsEntry(Rejection.Kind.NO_PACK, 400 - haiPhong);
        // grouped by reason: one group per province, counts adding up
        assertThat(summary.rejectionGroups()).extracting(BatchSummary.RejectionGroup::reason)
                .allMatch(reason -> reason.startsWith("no pack covers province "));
        assertThat(summary.rejectionGroups().stream().mapToLong(BatchSummary.RejectionGroup::count).sum())
                .isEqualTo(400 - haiPhong);
        assertThat(summary.rejectionGroups().get(0).sources()).hasSize(BatchSummary.SOURCES_PER_GROUP);
        // the plan was read: its rejection still says whose it is
        BatchResult.Rejected first = (BatchResult.Rejected) sink.results.get(0);
        assertThat(first.plan().province()).isEqualTo(plans.get(0).province().name());
        assertThat(first.plan().unit()).isEqualTo(plans.get(0).plan().unit().qualifiedName());
        assertThat(CsvSummarySink.row(first).province()).isEqualTo(plans.get(0).province().name());
        assertThat(NdjsonSink.line(first)).contains("\"province\":\"" + plans.get(0).province().name() + "\"");
    }

    @Test
    void theSummarySaysTheListOfPacksOnceNotInEveryGroup() {
        String packs = "hai-phong (Hải Phòng; 3194/QĐ-UBND), national (any of the 34 provinces without a pack; "
                + "4758/HD-BNV)";
        PlanChecker noPack = (plan, source) -> {
            throw new vn.tdkt.engine.PackException("no pack covers province " + plan.unit().province()
                    + " or the guidance the plan implements" + vn.tdkt.engine.PackException.PACKS_ARE + packs);
        };
        List<GeneratedPlan> plans = new PlanGenerator(5).plans(PlanGenerator.provinces(), 400).toList();
        Collecting sink = new Collecting();
        BatchSummary summary = BatchRunner.builder().checker(noPack).sink(sink).build()
                .run(BatchInputs.generated(plans.stream()));

        assertThat(summary.rejectionGroups()).hasSizeGreaterThan(1);
        assertThat(summary.rejectionGroups()).extracting(BatchSummary.RejectionGroup::reason)
                .allMatch(reason -> reason.endsWith(" or the guidance the plan implements"));
        assertThat(summary.packsAre()).isEqualTo(packs);
        // each rejection, in the NDJSON and CSV outputs, still says it all
        assertThat(((BatchResult.Rejected) sink.results.get(0)).rejection().reason()).endsWith(packs);
    }

    @Test
    void aCheckerThatFailsOnOnePlanRejectsThatPlanOnly() {
        List<GeneratedPlan> plans = haiPhong().subList(0, 30);
        String failing = plans.get(7).fileName();
        PlanChecker checker = (plan, source) -> {
            if (source.equals(failing)) {
                throw new IllegalStateException("boom");
            }
            return new FakeChecker().check(plan, source);
        };
        BatchSummary summary = BatchRunner.builder().checker(checker).build().run(BatchInputs.generated(plans.stream()));

        assertThat(summary.evaluated()).isEqualTo(29);
        assertThat(summary.rejections()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(failing);
            assertThat(r.kind()).isEqualTo(Rejection.Kind.EVALUATION_FAILED);
            assertThat(r.reason()).contains("boom");
        });
    }

    @Test
    void plansAreCheckedTogetherAndAFailureThereFallsBackToOneByOne() {
        List<GeneratedPlan> plans = new PlanGenerator(12).plans(PlanGenerator.provinces(), 2000).toList();
        String failing = plans.get(777).fileName();
        AtomicInteger together = new AtomicInteger();
        AtomicInteger largestChunk = new AtomicInteger();
        PlanChecker checker = new PlanChecker() {
            @Override
            public vn.tdkt.finding.Report check(vn.tdkt.model.Plan plan, String source) {
                if (source.equals(failing)) {
                    throw new vn.tdkt.engine.EvaluationException("the engine failed on " + source, null);
                }
                return new FakeChecker().check(plan, source);
            }

            @Override
            public List<vn.tdkt.finding.Report> checkAll(List<vn.tdkt.model.Plan> batch, List<String> sources) {
                together.incrementAndGet();
                largestChunk.accumulateAndGet(batch.size(), Math::max);
                if (sources.contains(failing)) {
                    throw new IllegalStateException("one of these failed");
                }
                return PlanChecker.super.checkAll(batch, sources);
            }
        };
        Collecting sink = new Collecting();
        BatchSummary summary = BatchRunner.builder().checker(checker).threads(2).sink(sink).build()
                .run(BatchInputs.generated(plans.stream()));

        assertThat(together.get()).isPositive();
        assertThat(largestChunk.get()).isGreaterThan(1).isLessThanOrEqualTo(BatchRunner.CHUNK);
        assertThat(summary.evaluated()).isEqualTo(1999);
        assertThat(summary.rejections()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(failing);
            assertThat(r.kind()).isEqualTo(Rejection.Kind.EVALUATION_FAILED);
        });
        assertThat(sink.results).extracting(BatchResult::source)
                .containsExactlyElementsOf(plans.stream().map(GeneratedPlan::fileName).toList());
    }

    @Test
    void inputsOfASlowStreamAreCheckedWithoutWaitingForTheNextOne() throws Exception {
        List<GeneratedPlan> plans = haiPhong().subList(0, 5);
        CountDownLatch fiveDelivered = new CountDownLatch(5);
        AtomicInteger waitedTooLong = new AtomicInteger();
        Iterator<BatchInput> stalling = new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                if (n < plans.size()) {
                    return true;
                }
                // like stdin waiting for a line that comes later: the five taken must be delivered meanwhile
                try {
                    if (!fiveDelivered.await(20, TimeUnit.SECONDS)) {
                        waitedTooLong.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }

            @Override
            public BatchInput next() {
                GeneratedPlan p = plans.get(n++);
                return BatchInput.plan(p.plan(), p.fileName());
            }
        };
        PlanChecker slow = (plan, source) -> {
            sleep(50);
            return new FakeChecker().check(plan, source);
        };
        BatchSink counting = result -> fiveDelivered.countDown();

        BatchSummary summary = BatchRunner.builder().checker(slow).threads(1).sink(counting).build()
                .run(StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(stalling, 0), false));

        assertThat(waitedTooLong.get()).isZero();
        assertThat(summary.evaluated()).isEqualTo(5);
    }

    @Test
    void whenTheSinksStopTheProducerStopsTakingInputs() throws Exception {
        int window = 16;
        AtomicInteger pulled = new AtomicInteger();
        List<GeneratedPlan> plans = haiPhong();
        Iterator<BatchInput> endless = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public BatchInput next() {
                int n = pulled.getAndIncrement();
                GeneratedPlan p = plans.get(n % plans.size());
                return BatchInput.plan(p.plan(), n + ".json");
            }
        };
        CountDownLatch blockedInSink = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger delivered = new AtomicInteger();
        BatchSink blocking = new BatchSink() {
            @Override
            public void accept(BatchResult result) throws IOException {
                if (delivered.incrementAndGet() == 1) {
                    blockedInSink.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                }
            }
        };
        BatchRunner runner = BatchRunner.builder().checker(new FakeChecker()).threads(4).window(window).sink(blocking)
                .build();
        AtomicReference<BatchSummary> summary = new AtomicReference<>();
        Thread producer = new Thread(() -> summary.set(runner.run(StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(endless, 0), false))));
        producer.start();

        assertThat(blockedInSink.await(30, TimeUnit.SECONDS)).isTrue();
        // the producer fills the window and then waits for the sink; it never takes more
        waitUntil(() -> pulled.get() >= window);
        waitUntil(() -> producer.getState() == Thread.State.TIMED_WAITING || producer.getState() == Thread.State.WAITING);
        int pulledWhileBlocked = pulled.get();
        Thread.sleep(200);
        assertThat(pulled.get()).isEqualTo(pulledWhileBlocked).isLessThanOrEqualTo(window);

        runner.cancel();
        release.countDown();
        producer.join(30_000);
        assertThat(producer.isAlive()).isFalse();
        assertThat(summary.get().interrupted()).isTrue();
        assertThat(summary.get().inputs()).isEqualTo(pulled.get()).isEqualTo(delivered.get());
    }

    @Test
    void aSinkThatCannotWriteStopsTheRunWithTheSummarySoFar() {
        BatchSink failing = result -> {
            if (result.sequence() == 5) {
                throw new IOException("disk full");
            }
        };
        AtomicInteger pulled = new AtomicInteger();
        Stream<BatchInput> inputs = new PlanGenerator(2).plans(PlanGenerator.provinces(), 100_000)
                .peek(p -> pulled.incrementAndGet()).map(p -> BatchInput.plan(p.plan(), p.fileName()));

        assertThatThrownBy(() -> BatchRunner.builder().checker(new FakeChecker()).threads(2).window(8).sink(failing)
                .build().run(inputs))
                .isInstanceOfSatisfying(BatchException.class, e -> {
                    assertThat(e.getMessage()).contains("cannot write the results", "disk full");
                    assertThat(e.summary().inputs()).isEqualTo(5);
                    assertThat(e.summary().interrupted()).isTrue();
                });
        assertThat(pulled.get()).isLessThan(100);
    }

    @Test
    void anInputStreamThatBreaksStopsTheRunAfterDeliveringWhatCameBefore() {
        List<GeneratedPlan> plans = haiPhong();
        Iterator<BatchInput> breaking = new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                if (n == 10) {
                    throw new UncheckedIOException(new IOException("connection reset"));
                }
                return true;
            }

            @Override
            public BatchInput next() {
                GeneratedPlan p = plans.get(n++);
                return BatchInput.plan(p.plan(), p.fileName());
            }
        };
        Collecting sink = new Collecting();
        assertThatThrownBy(() -> BatchRunner.builder().checker(new FakeChecker()).sink(sink).build()
                .run(StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(breaking, 0), false)))
                .isInstanceOfSatisfying(BatchException.class, e -> {
                    assertThat(e.getMessage()).contains("cannot read the inputs", "connection reset");
                    assertThat(e.summary().inputs()).isEqualTo(10);
                });
        assertThat(sink.results).hasSize(10);
        assertThat(sink.finished).isNotNull();
        assertThat(sink.closed).isTrue();
    }

    @Test
    void aCancelledRunLeavesOutputFilesWithCompleteRecordsOnly(@TempDir Path dir) throws IOException {
        Path ndjson = dir.resolve("reports.ndjson");
        Path csv = dir.resolve("summary.csv");
        BatchRunner[] runner = new BatchRunner[1];
        BatchSink cancelAfter50 = result -> {
            if (result.sequence() == 49) {
                runner[0].cancel();
            }
        };
        runner[0] = BatchRunner.builder().checker(new FakeChecker()).threads(4).window(32)
                .sink(NdjsonSink.to(ndjson)).sink(CsvSummarySink.to(csv)).sink(cancelAfter50).build();

        BatchSummary summary = runner[0].run(BatchInputs.generated(new PlanGenerator(9).country()));

        assertThat(summary.interrupted()).isTrue();
        assertThat(summary.inputs()).isBetween(50L, 50L + 32);
        byte[] bytes = Files.readAllBytes(ndjson);
        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
        List<String> lines = Files.readAllLines(ndjson, StandardCharsets.UTF_8);
        assertThat(lines).hasSize((int) summary.inputs());
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            assertThat(node.has("plan") || node.has("rejected")).as(line).isTrue();
        }
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize((int) summary.inputs() + 1);
    }

    @Test
    void onePackIdIsCheckedWhenTheRunnerIsBuilt() {
        assertThatThrownBy(() -> BatchRunner.builder().pack("no-such-pack").build())
                .isInstanceOf(vn.tdkt.engine.PackException.class)
                .hasMessageContaining("no-such-pack");
    }

    @Test
    void aRunnerRunsOnce() {
        BatchRunner runner = BatchRunner.builder().checker(new FakeChecker()).build();
        runner.run(Stream.empty());
        assertThatThrownBy(() -> runner.run(Stream.empty())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSummaryTalliesVerdictsAndRulesOncePerPlan() {
        List<GeneratedPlan> plans = haiPhong();
        BatchSummary summary = BatchRunner.builder().checker(new FakeChecker()).build()
                .run(BatchInputs.generated(plans.stream()));

        long overCap = plans.stream().filter(p -> p.plan().delegation().total() != null
                && p.plan().delegation().total() > 150).count();
        assertThat(overCap).isPositive();
        assertThat(summary.rules()).filteredOn(r -> r.ruleId().equals("T-1")).singleElement()
                .extracting(BatchSummary.RuleTally::violations).isEqualTo(overCap);
        long withViolation = plans.stream().map(p -> new FakeChecker().check(p.plan(), p.fileName()))
                .filter(r -> r.verdict() == vn.tdkt.finding.Verdict.REJECT).count();
        assertThat(summary.verdict(vn.tdkt.finding.Verdict.REJECT)).isEqualTo(withViolation);
        assertThat(summary.hasViolations()).isTrue();
        assertThat(summary.packs()).containsEntry(FakeChecker.PACK, (long) plans.size());
        // catalogue order: T-2 before T-10
        assertThat(summary.rules()).extracting(BatchSummary.RuleTally::ruleId).containsSubsequence("T-2", "T-10");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 3000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("condition reached within 30 s").isTrue();
    }
}
