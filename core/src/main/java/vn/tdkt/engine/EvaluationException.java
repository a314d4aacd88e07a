package vn.tdkt.engine;

/** The engine failed on a plan. Names the plan and, where known, the rule; never a bare Drools trace. */
public class EvaluationException extends vn.tdkt.error.TdktException {
    /** The engine failed on a plan, saying which and why in words; the cause is Drools' own error, for a log. */
    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
