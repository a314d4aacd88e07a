package vn.tdkt.importer;

/** A document that cannot be read as a plan: not found, not text, or with no issuing unit to be found. */
public class ImportException extends RuntimeException {
    private final String source;
    private final String reason;

    public ImportException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    public ImportException(String source, String reason) {
        this(source, reason, null);
    }

    /** Why, without the document's name. */
    public String reason() {
        return reason;
    }

    /** The document's name. */
    public String source() {
        return source;
    }
}
