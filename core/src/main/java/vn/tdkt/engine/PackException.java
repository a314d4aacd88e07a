package vn.tdkt.engine;

/** A pack cannot be found or loaded. */
public class PackException extends vn.tdkt.error.TdktException {
    public PackException(String message) {
        super(message);
    }

    public PackException(String message, Throwable cause) {
        super(message, cause);
    }
}
