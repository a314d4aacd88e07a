package vn.tdkt.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tdkt.finding.Citation;
import vn.tdkt.finding.Explanation;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.Waiver;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.PlanIdentity;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Severity;

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
 */
public final class ReportJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

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
            json.writeStartObject();
            json.writeArrayFieldStart("reports");
            for (Report report : reports) {
                writeReport(json, report);
            }
            json.writeEndArray();
            json.writeEndObject();
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
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            writeReport(json, report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JSON report: " + e.getMessage(), e);
        }
        return out.append('\n').toString();
    }

    /** A generator that indents by two spaces, one field per line, as the other JSON files of the project are. */
    public static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        json.setPrettyPrinter(printer);
        return json;
    }

    private static void writeReport(JsonGenerator json, Report report) throws IOException {
        json.writeStartObject();
        writePlan(json, report.plan());
        json.writeStringField("pack", report.pack());
        text(json, "packVersion", report.packVersion());
        json.writeStringField("verdict", report.verdict().name());
        json.writeObjectFieldStart("counts");
        Map<Severity, Integer> counts = report.counts();
        for (Severity severity : Severity.values()) {
            json.writeNumberField(severity.name(), counts.getOrDefault(severity, 0));
        }
        json.writeEndObject();
        json.writeArrayFieldStart("findings");
        for (Finding finding : report.findings()) {
            writeFinding(json, finding);
        }
        json.writeEndArray();
        if (!report.notes().isEmpty()) {
            json.writeArrayFieldStart("notes");
            for (LocalizedText note : report.notes()) {
                json.writeStartObject();
                json.writeStringField("vi", note.vi());
                json.writeStringField("en", note.en());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeWaiver(JsonGenerator json, Waiver waiver) throws IOException {
        json.writeObjectFieldStart("waived");
        json.writeObjectFieldStart("approvedBy");
        json.writeStringField("number", waiver.approvedBy().number());
        date(json, "date", waiver.approvedBy().date());
        json.writeStringField("signer", waiver.approvedBy().signer());
        json.writeEndObject();
        date(json, "expires", waiver.expires());
        json.writeEndObject();
    }

    private static void writeExplanation(JsonGenerator json, Explanation explanation) throws IOException {
        json.writeObjectFieldStart("explanation");
        text(json, "asOf", explanation.asOf());
        json.writeArrayFieldStart("facts");
        for (Explanation.Fact fact : explanation.facts()) {
            json.writeStartObject();
            json.writeStringField("pointer", fact.pointer());
            json.writeFieldName("value");
            json.writeRawValue(fact.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("parameters");
        for (Explanation.ParameterUse parameter : explanation.parameters()) {
            json.writeStartObject();
            json.writeStringField("name", parameter.name());
            json.writeFieldName("value");
            json.writeRawValue(parameter.value());
            text(json, "from", parameter.from());
            text(json, "clause", parameter.clause());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (explanation.basis() != null) {
            localized(json, "basis", explanation.basis());
        }
        json.writeEndObject();
    }

    private static void writePlan(JsonGenerator json, PlanIdentity plan) throws IOException {
        json.writeObjectFieldStart("plan");
        text(json, "unit", plan.unit());
        text(json, "province", plan.province());
        text(json, "documentNumber", plan.documentNumber());
        date(json, "documentDate", plan.documentDate());
        text(json, "source", plan.source());
        json.writeEndObject();
    }

    private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeStringField("severity", finding.severity().name());
        text(json, "pointer", finding.pointer());
        localized(json, "expected", finding.expected());
        localized(json, "found", finding.found());
        if (finding.quote() != null) {
            json.writeStringField("quote", finding.quote());
        }
        Citation citation = finding.citation();
        json.writeObjectFieldStart("citation");
        text(json, "document", citation.document());
        text(json, "clause", citation.clause());
        text(json, "text", citation.text());
        json.writeEndObject();
        localized(json, "message", finding.message());
        if (finding.isWaived()) {
            writeWaiver(json, finding.waiver());
        }
        if (finding.explanation() != null) {
            writeExplanation(json, finding.explanation());
        }
        json.writeEndObject();
    }

    private static void localized(JsonGenerator json, String field, LocalizedText value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("vi", value.vi());
        json.writeStringField("en", value.en());
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }

    private static void date(JsonGenerator json, String field, LocalDate value) throws IOException {
        text(json, field, value == null ? null : value.toString());
    }
}
