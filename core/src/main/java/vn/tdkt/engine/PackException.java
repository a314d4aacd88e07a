package vn.tdkt.engine;

/** A pack cannot be found or loaded. */
public class PackException extends vn.tdkt.error.TdktException {
    /**
     * What separates, in the message of a plan no pack fits, the reason from the list of the packs there are: a
     * summary of many such plans gives each reason and the list once.
     */
    public static final String PACKS_ARE = "; the packs are: ";

    /** A pack that cannot be found or loaded, or a plan no pack fits, and why. */
    public PackException(String message) {
        super(message);
    }

    /** The same, caused by another exception (reading a pack's files, parsing its YAML). */
    public PackException(String message, Throwable cause) {
        super(message, cause);
    }
}
