package vn.tdkt.error;

/**
 * What every error of tdkt is, so that a host catches one type: a plan that cannot be read
 * ({@link vn.tdkt.json.PlanFormatException}), a pack that cannot be found or loaded ({@link vn.tdkt.engine.PackException}),
 * an evaluation that failed ({@link vn.tdkt.engine.EvaluationException}), a document the importer refuses
 * (tdkt-importer's {@code ImportException}) and a batch that cannot go on (tdkt-batch's {@code BatchException}).
 * Its message says what is wrong in words for the user, naming the file, line and field where there are any.
 */
public class TdktException extends RuntimeException {
    public TdktException(String message) {
        super(message);
    }

    public TdktException(String message, Throwable cause) {
        super(message, cause);
    }
}
