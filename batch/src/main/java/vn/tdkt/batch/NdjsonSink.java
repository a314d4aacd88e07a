package vn.tdkt.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import vn.tdkt.finding.PlanIdentity;
import vn.tdkt.finding.Report;
import vn.tdkt.json.ReportJson;

/**
 * Writes one line per input, in input order: a report as {@link ReportJson} writes it (the same fields in the same
 * order, on one line), or a rejection as
 *
 * <pre>{@code
 * {"rejected":{"source":"plans/bad.json","line":3,"column":27,"pointer":"/delegation/total","kind":"UNREADABLE","reason":"expected a whole number, found the text \"một trăm\"","unit":null,"province":null}}
 * }</pre>
 *
 * <p>{@code unit} and {@code province} are known when the plan could be read but not checked (no pack covers its
 * province). A report line has {@code "plan"} as its first field, a rejection line {@code "rejected"} as its only one; so the
 * file accounts for every input, and {@code jq 'select(.rejected)'} picks the rejections. Unknown values are
 * {@code null} (a line or column of 0 too). Each line is written whole and flushed: an interrupted run leaves complete lines only.
 */
public final class NdjsonSink implements BatchSink {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final OutputFiles.RecordFile out;

    NdjsonSink(OutputFiles.RecordFile out) {
        this.out = out;
    }

    /** Writes to a file, created or emptied now. */
    public static NdjsonSink to(Path file) throws IOException {
        return new NdjsonSink(OutputFiles.RecordFile.create(file));
    }

    /** Writes to a stream such as standard output; the stream is flushed after each line and not closed. */
    public static NdjsonSink to(OutputStream out) {
        return new NdjsonSink(OutputFiles.RecordFile.of(out));
    }

    @Override
    public void accept(BatchResult result) throws IOException {
        out.write(line(result));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** The line for a result, with its line break. */
    public static String line(BatchResult result) {
        if (result instanceof BatchResult.Evaluated e) {
            return reportLine(e.report());
        }
        BatchResult.Rejected rejected = (BatchResult.Rejected) result;
        return rejectionLine(rejected.rejection(), rejected.plan());
    }

    /** A report on one line, with the fields and order of {@link ReportJson}. */
    public static String reportLine(Report report) {
        return ReportJson.line(report);
    }

    /** A rejection on one line: {@code {"rejected":{...}}}. */
    public static String rejectionLine(Rejection rejection) {
        return rejectionLine(rejection, null);
    }

    /**
     * A rejection on one line: {@code {"rejected":{...}}}, with the plan's unit and province when the plan could be read
     * (a plan no pack covers).
     */
    public static String rejectionLine(Rejection rejection, PlanIdentity plan) {
        StringWriter line = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeObjectFieldStart("rejected");
            text(json, "source", rejection.source());
            number(json, "line", rejection.line());
            number(json, "column", rejection.column());
            text(json, "pointer", rejection.pointer());
            json.writeStringField("kind", rejection.kind().name());
            json.writeStringField("reason", rejection.reason());
            text(json, "unit", plan == null ? null : plan.unit());
            text(json, "province", plan == null ? null : plan.province());
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.append('\n').toString();
    }

    /** Lines and columns are 1-based; 0 means unknown and is written as null. */
    private static void number(JsonGenerator json, String field, long value) throws IOException {
        if (value > 0) {
            json.writeNumberField(field, value);
        } else {
            json.writeNullField(field);
        }
    }

    private static void text(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }
}
