package vn.tdkt.error;

/**
 * What every error of tdkt is, so that a host catches one type: a plan that cannot be read
 * ({@link vn.tdkt.json.PlanFormatException}), a pack that cannot be found or loaded ({@link vn.tdkt.engine.PackException}),
 * an evaluation that failed ({@link vn.tdkt.engine.EvaluationException}), a document the importer refuses
 * (tdkt-importer's {@code ImportException}) and a batch that cannot go on (tdkt-batch's {@code BatchException}).
 * Its message says what is wrong in words for the user, naming the file, line and field where there are any.
 */
public class TdktException extends RuntimeException {
    /** An error with no cause beneath it: tdkt found the fault itself, and the message says what it is. */
    public TdktException(String message) {
        super(message);
    }

    /** An error caused by another one (the file system, the JSON parser, Drools), kept as the cause for a log. */
    public TdktException(String message, Throwable cause) {
        super(message, cause);
    }
}
