package vn.tdkt.engine;

/** A pack cannot be found or loaded. */
public class PackException extends RuntimeException {
    public PackException(String message) {
        super(message);
    }

    public PackException(String message, Throwable cause) {
        super(message, cause);
    }
}
