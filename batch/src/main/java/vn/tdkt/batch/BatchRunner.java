package vn.tdkt.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.engine.EvaluationException;
import vn.tdkt.engine.PackException;
import vn.tdkt.finding.PlanIdentity;
import vn.tdkt.finding.Report;
import vn.tdkt.json.PlanFormatException;
import vn.tdkt.model.Plan;

/**
 * Checks a stream of plans on all cores and hands each result to the sinks in input order.
 *
 * <pre>{@code
 * try (Stream<BatchInput> inputs = BatchInputs.directory(Path.of("plans/hai-phong"))) {
 *     BatchSummary summary = BatchRunner.builder()
 *             .pack("hai-phong")                       // or .choosePack(): per plan, from its province
 *             .sink(NdjsonSink.to(Path.of("reports.ndjson")))
 *             .sink(CsvSummarySink.to(Path.of("summary.csv")))
 *             .build()
 *             .run(inputs);
 *     assert summary.inputs() == summary.evaluated() + summary.rejected();
 * }
 * }</pre>
 *
 * <p>How it works: the calling thread takes inputs from the stream and hands them, in chunks of up to 256, to a pool of
 * worker threads, which read the plans (a file input is read by its worker) and check them together with engines
 * shared by all threads ({@link PlanChecker#checkAll}). A single
 * delivery thread passes the results to the sinks in input order, holding back those that finish early. At most
 * {@code window} inputs are between the stream and the sinks at any time: when the sinks fall behind, the calling
 * thread stops taking inputs, so memory stays flat however long the stream is.
 *
 * <p>Nothing is lost: every input becomes a report or a {@link Rejection} (unreadable, no pack, evaluation failed).
 * Only a failure of the run itself (the input stream breaks, a sink cannot write) stops it, with a
 * {@link BatchException}. {@link #cancel()} stops taking inputs; those already taken are finished and delivered, and the
 * summary says the run was interrupted.
 */
public final class BatchRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);
    private static final AtomicInteger RUNS = new AtomicInteger();
    /**
     * Inputs checked together at most, as many as the engine puts in one session: a session's set-up is paid once per
     * chunk. A chunk is handed over sooner when a worker is idle, so a slow stream is not held back.
     */
    static final int CHUNK = 256;

    private final PlanChecker checker;
    private final int threads;
    private final int window;
    private final List<BatchSink> sinks;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean used = new AtomicBoolean();

    private BatchRunner(Builder builder) {
        this.threads = builder.threads;
        this.window = builder.window > 0 ? builder.window : Math.max(256, builder.threads * 2 * CHUNK);
        this.sinks = List.copyOf(builder.sinks);
        this.checker = builder.checker != null ? builder.checker
                : builder.packId != null ? PlanChecker.pack(builder.packs, builder.packId)
                : PlanChecker.choosingPack(builder.packs);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How many inputs may be taken from the stream and not yet delivered to the sinks. */
    public int window() {
        return window;
    }

    public int threads() {
        return threads;
    }

    /**
     * Stops taking inputs. The inputs already taken are checked and delivered, the sinks finished and closed, and
     * {@link #run} returns a summary that says it was interrupted. Safe to call from any thread, any number of times.
     */
    public void cancel() {
        cancelled.set(true);
    }

    /**
     * Runs the batch: takes every input from the stream (and closes it), delivers every result to the sinks in input
     * order, finishes and closes the sinks, and returns the summary. Call once.
     *
     * @throws BatchException when the run itself cannot proceed; its summary tells what was done
     */
    public BatchSummary run(Stream<BatchInput> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        if (!used.compareAndSet(false, true)) {
            throw new IllegalStateException("a BatchRunner runs once; build another");
        }
        long start = System.nanoTime();
        Delivery delivery = new Delivery();
        Thread deliveryThread = new Thread(delivery, "tdkt-batch-" + RUNS.incrementAndGet() + "-delivery");
        deliveryThread.setDaemon(true);
        ExecutorService workers = Executors.newFixedThreadPool(threads, workerThreads());
        Throwable failure = null;
        String failedAt = null;
        long taken = 0;
        deliveryThread.start();
        Chunker chunker = new Chunker(workers, delivery);
        try (inputs) {
            Iterator<BatchInput> iterator = inputs.iterator();
            while (!cancelled.get() && delivery.failure() == null) {
                if (!delivery.permits.tryAcquire()) {
                    chunker.submit(); // about to wait: let the workers have what is held
                    if (!delivery.permits.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                        continue;
                    }
                }
                boolean more;
                try {
                    more = iterator.hasNext();
                } catch (RuntimeException e) {
                    delivery.permits.release();
                    failure = e;
                    failedAt = "cannot read the inputs";
                    break;
                }
                if (!more) {
                    delivery.permits.release();
                    break;
                }
                chunker.add(iterator.next(), taken++);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled.set(true);
        } catch (RuntimeException e) { // closing the stream failed
            if (failure == null) {
                failure = e;
                failedAt = "cannot close the inputs";
            }
        } finally {
            chunker.submit();
        }
        boolean interrupted = cancelled.get() || failure != null;
        delivery.endAt(taken);
        workers.shutdown();
        try {
            deliveryThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delivery.fail(e, "interrupted");
        }
        if (delivery.failure() != null) {
            workers.shutdownNow();
            failure = delivery.failure();
            failedAt = delivery.failedAt;
            interrupted = true;
        }

        BatchSummary summary = delivery.summary.build(interrupted, Duration.ofNanos(System.nanoTime() - start), threads);
        if (delivery.failure() == null) {
            for (BatchSink sink : sinks) {
                try {
                    sink.finish(summary);
                } catch (IOException | RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                        failedAt = "cannot finish the outputs";
                    }
                }
            }
        }
        for (BatchSink sink : sinks) {
            try {
                sink.close();
            } catch (IOException | RuntimeException e) {
                if (failure == null) {
                    failure = e;
                    failedAt = "cannot close the outputs";
                }
            }
        }
        if (failure != null) {
            throw new BatchException(failedAt + ": " + message(failure), failure, summary);
        }
        LOG.info("batch of {} inputs: {} evaluated, {} rejected in {} ms", summary.inputs(), summary.evaluated(),
                summary.rejected(), summary.elapsed().toMillis());
        return summary;
    }

    /**
     * Gathers the inputs taken into chunks for the workers: a chunk is handed over when it is full, when no chunk is in
     * flight, when a worker finishes (so that a slow stream is not held back), or when the producer is about to wait.
     */
    private final class Chunker {
        private final ExecutorService workers;
        private final Delivery delivery;
        private final AtomicInteger active = new AtomicInteger();
        private List<BatchInput> chunk = new ArrayList<>();
        private long first;

        Chunker(ExecutorService workers, Delivery delivery) {
            this.workers = workers;
            this.delivery = delivery;
        }

        synchronized void add(BatchInput input, long sequence) {
            if (chunk.isEmpty()) {
                first = sequence;
            }
            chunk.add(input);
            // Full, or nothing in flight at all. Handing over to every idle worker at once would make chunks of one
            // plan when reading is faster than checking, and a chunk of one pays for a Drools session alone; a slow
            // stream is not held back either, since a worker that finishes takes what has gathered.
            if (chunk.size() >= CHUNK || active.get() == 0) {
                submit();
            }
        }

        /** Hands over the inputs gathered so far; a worker that has just finished calls it too. */
        synchronized void submit() {
            if (chunk.isEmpty()) {
                return;
            }
            List<BatchInput> inputs = chunk;
            long start = first;
            chunk = new ArrayList<>();
            active.incrementAndGet();
            try {
                workers.execute(() -> {
                    try {
                        BatchResult[] results = process(start, inputs);
                        for (int i = 0; i < results.length; i++) {
                            delivery.complete(start + i, results[i]);
                        }
                    } catch (Throwable e) { // an Error: nothing sensible can follow
                        delivery.fail(e, "checking " + inputs.get(0).label() + " and the " + (inputs.size() - 1)
                                + " inputs after it failed");
                    } finally {
                        active.decrementAndGet();
                    }
                    // the producer may be waiting for a slow stream while holding inputs: take them now
                    submit();
                });
            } catch (RejectedExecutionException e) { // the run is failing and its workers are stopped
                active.decrementAndGet();
            }
        }
    }

    /**
     * Reads and checks a chunk of inputs; every problem of an input becomes its rejection. The plans that could be read
     * are checked together ({@link PlanChecker#checkAll}); if that fails, one by one, so that only the plans at fault
     * are rejected.
     */
    private BatchResult[] process(long first, List<BatchInput> inputs) {
        BatchResult[] results = new BatchResult[inputs.size()];
        List<Plan> plans = new ArrayList<>(inputs.size());
        List<String> labels = new ArrayList<>(inputs.size());
        List<Integer> at = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            BatchInput input = inputs.get(i);
            try {
                plans.add(input.read());
                labels.add(input.label());
                at.add(i);
            } catch (PlanFormatException e) {
                results[i] = new BatchResult.Rejected(first + i, Rejection.of(input, e));
            } catch (RuntimeException e) {
                results[i] = rejected(first + i, input, null, Rejection.Kind.UNREADABLE, "cannot read: " + e);
            }
        }
        if (plans.isEmpty()) {
            return results;
        }
        List<Report> reports = null;
        if (plans.size() > 1) {
            try {
                reports = checker.checkAll(plans, labels);
                if (reports.size() != plans.size()) {
                    reports = null;
                }
            } catch (RuntimeException e) {
                LOG.debug("checking {} plans together failed; checking them one by one", plans.size(), e);
            }
        }
        for (int k = 0; k < plans.size(); k++) {
            int i = at.get(k);
            BatchInput input = inputs.get(i);
            results[i] = reports != null
                    ? new BatchResult.Evaluated(first + i, input.source(), input.line(), reports.get(k))
                    : checkOne(first + i, input, plans.get(k));
        }
        return results;
    }

    /** Checks one plan; every problem becomes its rejection. */
    private BatchResult checkOne(long sequence, BatchInput input, Plan plan) {
        try {
            Report report = checker.check(plan, input.label());
            return new BatchResult.Evaluated(sequence, input.source(), input.line(), report);
        } catch (PackException e) {
            return rejected(sequence, input, plan, Rejection.Kind.NO_PACK, e.getMessage());
        } catch (EvaluationException e) {
            return rejected(sequence, input, plan, Rejection.Kind.EVALUATION_FAILED, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("{}: checking the plan failed", input.label(), e);
            return rejected(sequence, input, plan, Rejection.Kind.EVALUATION_FAILED, "internal error: " + e);
        }
    }

    private static BatchResult rejected(long sequence, BatchInput input, Plan plan, Rejection.Kind kind,
                                        String reason) {
        return new BatchResult.Rejected(sequence,
                new Rejection(input.source(), input.line(), 0, null, kind, reason == null ? kind.name() : reason),
                plan == null ? null : PlanIdentity.of(plan, input.label()));
    }

    private static String message(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    private static ThreadFactory workerThreads() {
        int run = RUNS.get();
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "tdkt-batch-" + run + "-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Puts results back in input order and hands them to the sinks, on a thread of its own. Results that finish early
     * wait in {@code ready}; there are never more than {@code window} of them, since a permit is taken per input
     * before it is read from the stream and given back only once its result has been delivered.
     */
    private final class Delivery implements Runnable {
        final Semaphore permits = new Semaphore(window);
        final BatchSummary.Builder summary = new BatchSummary.Builder();
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private final Map<Long, BatchResult> ready = new HashMap<>();
        private long next;
        private long end = -1;
        private volatile Throwable failure;
        private volatile String failedAt;

        void complete(long sequence, BatchResult result) {
            lock.lock();
            try {
                ready.put(sequence, result);
                changed.signal();
            } finally {
                lock.unlock();
            }
        }

        void endAt(long count) {
            lock.lock();
            try {
                end = count;
                changed.signal();
            } finally {
                lock.unlock();
            }
        }

        void fail(Throwable e, String what) {
            lock.lock();
            try {
                if (failure == null) {
                    failedAt = what;
                    failure = e;
                }
                changed.signal();
            } finally {
                lock.unlock();
            }
            permits.release(window); // wake the producer so that it sees the failure
        }

        Throwable failure() {
            return failure;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    BatchResult result;
                    lock.lock();
                    try {
                        while (!ready.containsKey(next) && next != end && failure == null) {
                            changed.await();
                        }
                        if (next == end || failure != null) {
                            return;
                        }
                        result = ready.remove(next);
                    } finally {
                        lock.unlock();
                    }
                    for (BatchSink sink : sinks) {
                        sink.accept(result);
                    }
                    summary.add(result);
                    next++;
                    permits.release();
                }
            } catch (IOException | RuntimeException | Error e) {
                fail(e, "cannot write the results");
            } catch (InterruptedException e) {
                fail(e, "interrupted");
            }
        }
    }

    /** Configures a batch. */
    public static final class Builder {
        private String packId;
        private vn.tdkt.engine.Packs packs = vn.tdkt.engine.Packs.onClassPath();
        private PlanChecker checker;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int window;
        private final List<BatchSink> sinks = new ArrayList<>();

        private Builder() {}

        /** Check every plan against this pack ("hai-phong"); {@link PackException} now if there is no such pack. */
        public Builder pack(String packId) {
            this.packId = Objects.requireNonNull(packId, "packId");
            this.checker = null;
            return this;
        }

        /** The packs to check with: those of the class path (the default), or with a directory's ({@link vn.tdkt.engine.Packs#withDirectory}). */
        public Builder packs(vn.tdkt.engine.Packs packs) {
            this.packs = Objects.requireNonNull(packs, "packs");
            return this;
        }

        /** Check each plan against the pack of its province and guidance (the default); a plan no pack fits is rejected. */
        public Builder choosePack() {
            this.packId = null;
            this.checker = null;
            return this;
        }

        /** Check plans with this checker (a host's own, or a test's). */
        public Builder checker(PlanChecker checker) {
            this.checker = Objects.requireNonNull(checker, "checker");
            this.packId = null;
            return this;
        }

        /** Worker threads; default: the available processors. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be 1 or more (was " + threads + ")");
            }
            this.threads = threads;
            return this;
        }

        /**
         * How many inputs may be in flight (taken from the stream, not yet delivered); default 512 per thread (a chunk
         * being checked and the next), at least 256. Memory grows with this, not with the number of inputs.
         */
        public Builder window(int window) {
            if (window < 1) {
                throw new IllegalArgumentException("window must be 1 or more (was " + window + ")");
            }
            this.window = window;
            return this;
        }

        /** Adds a sink; sinks receive each result in the order they were added. */
        public Builder sink(BatchSink sink) {
            sinks.add(Objects.requireNonNull(sink, "sink"));
            return this;
        }

        /** Builds the runner; with {@link #pack(String)}, loads the pack now ({@link PackException} if it cannot). */
        public BatchRunner build() {
            return new BatchRunner(this);
        }
    }
}
