package vn.tdkt.batch;

import java.io.IOException;

/**
 * Where the results of a batch go. The batch calls a sink from one thread at a time, with the results in input order,
 * then {@link #finish} once with the summary, then {@link #close}. A sink that throws stops the batch: the run itself
 * cannot proceed when its output cannot be written.
 *
 * <p>A sink that writes a file as it goes should write each result as one complete record and flush it, so that an
 * interrupted run leaves a file that is valid up to its last record.
 */
public interface BatchSink extends AutoCloseable {

    /** One result, in input order. */
    void accept(BatchResult result) throws IOException;

    /** The batch is over (completely, or interrupted: see {@link BatchSummary#interrupted()}). */
    default void finish(BatchSummary summary) throws IOException {
    }

    /** Releases the sink's files; called after {@link #finish}, and also when the batch fails. */
    @Override
    default void close() throws IOException {
    }
}
