package vn.tdkt.json;

/**
 * A plan document that cannot be read: malformed JSON, an unknown field, a wrong type, an impossible date or a
 * negative count. The message names the source, the field (as a JSON Pointer) and the line and column.
 */
public class PlanFormatException extends vn.tdkt.error.TdktException {
    private final String source;
    private final String pointer;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * An error at a place in a document; its message puts the place before the reason ("plan.json:12:5: field
     * /delegation/total: ..."), leaving out what is unknown (null source or pointer, line 0).
     */
    public PlanFormatException(String source, String pointer, int line, int column, String reason, Throwable cause) {
        super(describe(source, pointer, line, column, reason), cause);
        this.source = source;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    private static String describe(String source, String pointer, int line, int column, String reason) {
        StringBuilder message = new StringBuilder(source == null ? "plan" : source);
        if (line > 0) {
            message.append(':').append(line).append(':').append(column);
        }
        message.append(": ");
        if (pointer != null) {
            message.append("field ").append(pointer.isEmpty() ? "(document root)" : pointer).append(": ");
        }
        return message.append(reason).toString();
    }

    /** Where the plan came from (a file name), or null. */
    public String source() {
        return source;
    }

    /** The JSON Pointer of the offending field ("" for the document itself), or null when the JSON is malformed. */
    public String pointer() {
        return pointer;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }
}
