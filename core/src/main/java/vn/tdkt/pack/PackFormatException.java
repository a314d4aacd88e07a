package vn.tdkt.pack;

/**
 * A pack cannot be read: a {@code pack.yaml} that is not valid, that names what does not exist, or that relaxes its
 * baseline, and why, with the file, the line and the key where known. The engine's {@code Packs} reports the same
 * message to hosts as its own {@code PackException}.
 */
public class PackFormatException extends vn.tdkt.error.TdktException {
    /** A pack that cannot be read, and why. */
    public PackFormatException(String message) {
        super(message);
    }

    /** The same, caused by another exception (reading a pack's files, parsing its YAML). */
    public PackFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
