package vn.tdkt.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.Report;

/**
 * Writes reports as one JSON document, for hosts and scripts that read findings rather than people.
 *
 * <pre>{@code
 * {"reports": [{
 *    "plan": {"unit": "xã Kẻ Sặt", "province": "Hải Phòng", "documentNumber": "28/KH-UBND",
 *             "documentDate": "2025-08-14", "source": "plans/ke-sat.json"},
 *    "pack": "hai-phong", "packVersion": "2025.8.0", "verdict": "REJECT",
 *    "counts": {"VIOLATION": 1, "WARNING": 0, "ADVICE": 0},
 *    "findings": [{"ruleId": "HP-04", "severity": "VIOLATION", "pointer": "/delegation/total",
 *                  "expected": "≤ 150", "found": "151", "quote": "…",
 *                  "citation": {"document": "…", "clause": "II.1", "text": "…"},
 *                  "message": {"vi": "…", "en": "…"}}]}]}
 * }</pre>
 *
 * <p>A waived finding adds {@code "waived": {"approvedBy": {number, date, signer}, "expires": …}}; a finding with an
 * explanation adds {@code "explanation": {"asOf", "facts": [{pointer, value}], "parameters": [{name, value, from,
 * clause}]}}; a report with notes (a waiver that expired or matched nothing) adds {@code "notes": [{vi, en}]}.
 *
 * <p>The shape is stable: fields always appear in this order; a fact that is unknown is {@code null}, except
 * {@code quote}, which is left out when the plan has no words for the fact. Reports keep the order they are given in,
 * findings the report's order ({@link Finding#ORDER}). Dates are ISO {@code YYYY-MM-DD}. The document is indented and
 * ends with a line break.
 *
 * <p>The shape is declared once, as Jackson mix-ins on the finding records ({@code ReportMixIns}), and both forms
 * ({@link #write} and {@link #line}) are written from it.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = ReportMixIns.addTo(JsonMapper.builder())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // a record's helpers such as Finding.isWaived() are not fields of the document
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .build();
    private static final ObjectWriter DOCUMENT = MAPPER.writerFor(Document.class);
    private static final ObjectWriter LINE = MAPPER.writerFor(Report.class);

    /** The document's root. */
    private record Document(List<Report> reports) {
    }

    private ReportJson() {}

    /** The reports as one JSON document. */
    public static String write(List<Report> reports) {
        StringWriter out = new StringWriter();
        write(reports, out);
        return out.toString();
    }

    /** Writes the reports as one JSON document; flushes, but does not close, the writer. */
    public static void write(List<Report> reports, Writer out) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator json = generator(out)) {
            DOCUMENT.writeValue(json, new Document(reports));
            json.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JSON report: " + e.getMessage(), e);
        }
    }

    /**
     * One report as one line of JSON (no indentation), with the same fields in the same order as {@link #write}: a
     * record of an NDJSON stream. Ends with a line break.
     */
    public static String line(Report report) {
        Objects.requireNonNull(report, "report");
        StringWriter out = new StringWriter(2048);
        try {
            LINE.writeValue(out, report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JSON report: " + e.getMessage(), e);
        }
        return out.append('\n').toString();
    }

    /**
     * A generator that indents by two spaces, one field per line, as the other JSON files of the project are (the SARIF
     * log too); it leaves the writer open when closed.
     */
    public static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator json = MAPPER.createGenerator(out);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        json.setPrettyPrinter(printer);
        return json;
    }
}
