package vn.tdkt.cli;

import java.io.PrintWriter;
import java.util.Locale;
import vn.tdkt.batch.BatchResult;
import vn.tdkt.batch.BatchSink;
import vn.tdkt.batch.BatchSummary;

/**
 * A one-line progress bar on stderr for {@code tdkt batch}, redrawn at most ten times a second: done of total (when the
 * total is known), the rate and the time left. Used only when stderr is a terminal.
 */
final class ProgressBar implements BatchSink {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final long total;
    private final long start = System.nanoTime();
    private long done;
    private long rejected;
    private long lastDraw;

    /** @param total the number of inputs, or -1 when unknown (an NDJSON stream) */
    ProgressBar(PrintWriter err, long total) {
        this.err = err;
        this.total = total;
    }

    @Override
    public void accept(BatchResult result) {
        done++;
        if (result instanceof BatchResult.Rejected) {
            rejected++;
        }
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            err.print("\r" + line(now) + "\u001b[K");
            err.flush();
        }
    }

    @Override
    public void finish(BatchSummary summary) {
        err.print("\r\u001b[K");
        err.flush();
    }

    String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        StringBuilder line = new StringBuilder();
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            line.append('[').append("█".repeat(filled)).append("░".repeat(WIDTH - filled)).append("] ");
            line.append(String.format(Locale.ROOT, "%,d/%,d %3d%%", done, total, 100 * done / total));
        } else {
            line.append(String.format(Locale.ROOT, "%,d plans", done));
        }
        line.append(String.format(Locale.ROOT, "  %,.0f plans/s", rate));
        if (rejected > 0) {
            line.append(String.format(Locale.ROOT, "  %,d rejected", rejected));
        }
        if (total > 0 && rate > 0 && done < total) {
            line.append(String.format(Locale.ROOT, "  ~%ds left", Math.round((total - done) / rate)));
        }
        return line.toString();
    }
}
