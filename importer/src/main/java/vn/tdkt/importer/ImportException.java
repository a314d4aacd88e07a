package vn.tdkt.importer;

import java.util.Objects;

/**
 * A document that cannot be read as a plan: not found, not a document the importer reads, too large, a PDF without
 * text or protected by a password, or with no issuing unit to be found. The reason is given in English ({@link
 * #reason()}) and in Vietnamese ({@link #reasonVi()}), in words an official understands, for a portal to show.
 */
public class ImportException extends vn.tdkt.error.TdktException {
    /** Why a document was refused. */
    public enum Kind {
        /** not a .txt, .docx or .pdf, or not what its name says */
        NOT_A_DOCUMENT,
        /** no such file */
        NOT_FOUND,
        /** over the importer's size limit */
        TOO_LARGE,
        /** a text not in UTF-8 */
        NOT_UTF8,
        /** a PDF without a text layer (a scan) */
        NO_TEXT_LAYER,
        /** a PDF or Word document protected by a password */
        ENCRYPTED,
        /** the file could not be read */
        UNREADABLE,
        /** the document holds no text */
        NO_TEXT,
        /** the document names no unit that issues the plan */
        NO_UNIT
    }

    private final String source;
    private final String reason;
    private final String reasonVi;
    private final Kind kind;

    /**
     * A refusal of one kind, its reason in both languages; the message names the document, the reasons do not, so
     * that a host can show them beside its own name for the upload. A null {@code reasonVi} repeats the English.
     */
    public ImportException(String source, Kind kind, String reason, String reasonVi, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reason = reason;
        this.reasonVi = reasonVi == null ? reason : reasonVi;
    }

    /** A document that cannot be read, its reason in English alone: the form hosts called before refusals had kinds. */
    public ImportException(String source, String reason, Throwable cause) {
        this(source, Kind.UNREADABLE, reason, null, cause);
    }

    /** The same, with no exception behind it. */
    public ImportException(String source, String reason) {
        this(source, reason, null);
    }

    /** Why, in English, without the document's name. */
    public String reason() {
        return reason;
    }

    /** Why, in Vietnamese, without the document's name. */
    public String reasonVi() {
        return reasonVi;
    }

    /** What kind of refusal it is, for a host that answers each kind in its own way. */
    public Kind kind() {
        return kind;
    }

    /** The document's name. */
    public String source() {
        return source;
    }
}
