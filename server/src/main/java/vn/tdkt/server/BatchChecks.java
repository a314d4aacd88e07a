package vn.tdkt.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import vn.tdkt.batch.BatchException;
import vn.tdkt.batch.BatchInputs;
import vn.tdkt.batch.BatchRunner;
import vn.tdkt.batch.BatchSummary;
import vn.tdkt.batch.NdjsonSink;
import vn.tdkt.batch.PlanChecker;
import vn.tdkt.batch.Rejection;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.engine.PackException;

/**
 * Checks an NDJSON stream of plans with the library's {@link BatchRunner} and writes its {@link NdjsonSink} lines as
 * they come, in input order: one line per input line, a report (the fields of the report JSON) or
 * {@code {"rejected": {...}}} with the line, column, field and reason, as {@code tdkt batch --ndjson} writes them. A
 * stream over {@code tdkt.max-batch-size}, or a batch past {@code tdkt.batch-time-limit}, stops taking lines: the lines
 * taken are finished and a last rejection line says why the rest was not read.
 */
@Service
public class BatchChecks implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(BatchChecks.class);
    /** The source the rejections of a request's lines name. */
    public static final String SOURCE = "request";

    private final Engines engines;
    private final TdktProperties properties;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tdkt-batch-time-limit");
        t.setDaemon(true);
        return t;
    });

    public BatchChecks(Engines engines, TdktProperties properties) {
        this.engines = engines;
        this.properties = properties;
    }

    /**
     * Runs the batch from {@code in} to {@code out}; the stream is read as far as {@code maxBytes}.
     *
     * @return the summary of the run
     */
    public BatchSummary run(InputStream in, OutputStream out, String pack, LocalDate asOf, boolean explain) {
        LimitedInput limited = new LimitedInput(in, properties.maxBatchSize().toBytes());
        BatchRunner runner = BatchRunner.builder()
                .threads(properties.threadsPerBatch())
                .checker(checker(pack, asOf, explain))
                .sink(NdjsonSink.to(out))
                .build();
        ScheduledFuture<?> timer = clock.schedule(runner::cancel, properties.batchTimeLimit().toMillis(),
                TimeUnit.MILLISECONDS);
        BatchSummary summary;
        try {
            summary = runner.run(BatchInputs.ndjson(limited, SOURCE));
        } catch (BatchException e) {
            summary = e.summary();
            if (limited.over()) {
                trailer(out, summary, "the stream is larger than the server's limit of "
                        + properties.maxBatchSize().toBytes() + " bytes: the lines after this one were not read");
            } else {
                LOG.info("a batch stopped: {}", e.getMessage());
            }
            return summary;
        } finally {
            timer.cancel(false);
        }
        if (summary.interrupted()) {
            trailer(out, summary, "the batch ran past the server's time limit of "
                    + properties.batchTimeLimit().toSeconds() + " s: the lines after this one were not read");
        }
        return summary;
    }

    /** A last line saying why the lines after the last one read were not checked. */
    private static void trailer(OutputStream out, BatchSummary summary, String reason) {
        long next = summary == null ? 0 : summary.inputs() + 1;
        try {
            out.write(NdjsonSink.rejectionLine(new Rejection(SOURCE, next, 0, null, Rejection.Kind.UNREADABLE, reason))
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The plans against the pack named, or each against the pack of its province and guidance (a plan no pack fits is
     * a rejection), as of the day given and with explanations when asked; the plans of one pack checked together.
     * Throws a 400 {@link Problem} for a pack that is not loaded or a day none of its values holds on.
     */
    public PlanChecker checker(String pack, LocalDate asOf, boolean explain) {
        if (pack != null) {
            engines.requireKnown(pack);
            engineOf(pack, asOf, explain); // a day no value of the pack holds on is a 400, before the stream
        }
        Map<String, ComplianceEngine> chosen = new java.util.concurrent.ConcurrentHashMap<>();
        // a plan no pack fits throws PackException from choose(): the runner rejects that plan only
        return PlanChecker.byEngine(plan -> chosen.computeIfAbsent(
                pack != null ? pack : engines.packs().choose(plan).packId(), k -> engineOf(k, asOf, explain)));
    }

    private ComplianceEngine engineOf(String id, LocalDate asOf, boolean explain) {
        try {
            return engines.engineFor(null, id, asOf, explain);
        } catch (Problem p) {
            throw new PackException(p.detailEn());
        }
    }

    @Override
    public void destroy() {
        clock.shutdownNow();
    }

    /** Reads a stream up to a limit, then fails as a broken stream would, remembering why. */
    private static final class LimitedInput extends java.io.FilterInputStream {
        private final long limit;
        private long read;
        private boolean over;

        LimitedInput(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        boolean over() {
            return over;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            failOver();
            int n = super.read(buffer, offset, (int) Math.min(length, limit + 1 - read));
            if (n > 0) {
                read += n;
            }
            failOver();
            return n;
        }

        private void failOver() throws IOException {
            if (read > limit) {
                over = true;
                throw new IOException("the stream is over the limit of " + limit + " bytes");
            }
        }
    }
}
