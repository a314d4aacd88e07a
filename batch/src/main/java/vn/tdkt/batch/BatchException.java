package vn.tdkt.batch;

/**
 * The batch itself could not proceed: its input stream failed, an output could not be written, or a pack could not be
 * loaded. (A plan that cannot be read or checked is never this: it is a {@link Rejection}.) The summary tells what was
 * done before the failure; the outputs are valid up to their last record.
 */
public class BatchException extends vn.tdkt.error.TdktException {
    private final transient BatchSummary summary;

    public BatchException(String message, Throwable cause, BatchSummary summary) {
        super(message, cause);
        this.summary = summary;
    }

    /** What the batch had done when it stopped; null when it stopped before it started. */
    public BatchSummary summary() {
        return summary;
    }
}
