package vn.tdkt.batch;

import java.util.Objects;
import vn.tdkt.json.PlanFormatException;

/**
 * An input of a batch that did not become a report, and why.
 *
 * @param source  where the input came from: the plan file, or the NDJSON file ("-" for standard input)
 * @param line    1-based line: of the NDJSON file for an NDJSON input, of the plan file for a file; 0 when unknown
 * @param column  1-based column on that line; 0 when unknown
 * @param pointer the JSON Pointer of the offending field ("" for the document itself); null when the input is not
 *                well-formed JSON or the reason concerns no field
 * @param kind    what went wrong
 * @param reason  what is wrong, in words for the user, without the location
 */
public record Rejection(String source, long line, int column, String pointer, Kind kind, String reason) {

    /** What kind of problem stopped an input. */
    public enum Kind {
        /** The input is not a readable plan: malformed JSON, an unknown field, a wrong type, an I/O error. */
        UNREADABLE,
        /** No rule pack covers the plan's province or the guidance it implements. */
        NO_PACK,
        /** The plan was read, but checking it failed. */
        EVALUATION_FAILED
    }

    public Rejection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /**
     * The rejection of an input that could not be read. For an NDJSON input the error's line (always 1: one plan per
     * line) is replaced by the line of the NDJSON file.
     */
    static Rejection of(BatchInput input, PlanFormatException e) {
        long line = input.line() > 0 ? input.line() : e.line();
        int column = e.column();
        if (input.line() > 0 && e.line() > 1) {
            column = 0; // a line break inside a JSON line: the column of another line would mislead
        }
        return new Rejection(input.source(), line, column, e.pointer(), Kind.UNREADABLE, e.reason());
    }

    /**
     * "plans/bad.json:3:27: field /delegation/total: expected a whole number, found the text "một trăm"": the form
     * compilers use, so that editors can jump to the place.
     */
    public String describe() {
        StringBuilder text = new StringBuilder(source == null ? "input" : source);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (pointer != null) {
            text.append("field ").append(pointer.isEmpty() ? "(document root)" : pointer).append(": ");
        }
        return text.append(reason).toString();
    }

    /** The source with its line, when it has one: "plans.ndjson:17". */
    public String location() {
        return line > 0 ? source + ":" + line : source;
    }
}
