package vn.tdkt.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.PlanIdentity;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Severity;

/**
 * Writes one CSV row per input, in input order (RFC 4180: every text quoted; UTF-8; a header row first). A text of a
 * plan that a spreadsheet would run as a formula is written with an apostrophe before it ({@link #cell}):
 *
 * <pre>
 * "source","line","column","status","unit","province","documentNumber","pack","verdict","violations",...,"reason"
 * "hai-phong/001-xa-an-lu.json",,,"EVALUATED","xã An Lư","Hải Phòng","12/KH-UBND","hai-phong","REJECT",2,1,0,...,
 * "hai-phong/bad.json",3,27,"REJECTED",,,,,,,,,,,,"field /delegation/total: expected a whole number, found ..."
 * </pre>
 *
 * <p>{@code status} is {@code EVALUATED} or {@code REJECTED}, so the rows account for every input; a rejected plan that
 * could be read (no pack covers its province) keeps its unit, province and number. The counts are
 * findings by severity; the rule columns list the ids that reported at that severity, space-separated, in catalogue
 * order. {@code line} and {@code column} say where: for a report, the NDJSON line (empty for a file); for a
 * rejection, where the problem is (the NDJSON line, or the line of the plan file). Each row is written whole and flushed.
 */
public final class CsvSummarySink implements BatchSink {
    /** One row of the summary. */
    @JsonPropertyOrder({"source", "line", "column", "status", "unit", "province", "documentNumber", "pack", "verdict",
            "violations", "warnings", "advice", "violationRules", "warningRules", "adviceRules", "reason"})
    public record Row(String source, Long line, Integer column, String status, String unit, String province, String documentNumber,
                      String pack, String verdict, Integer violations, Integer warnings, Integer advice,
                      String violationRules, String warningRules, String adviceRules, String reason) {
    }

    private static final CsvMapper CSV = CsvMapper.builder()
            // every text quoted (RFC 4180): Jackson's check for the texts that need it misses a bare carriage return,
            // which a reader takes for the end of a row
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
            .build();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class);
    private static final ObjectWriter ROW = CSV.writer(SCHEMA.withoutHeader());
    private static final ObjectWriter HEADER = CSV.writer(SCHEMA.withHeader());

    private final OutputFiles.RecordFile out;

    CsvSummarySink(OutputFiles.RecordFile out) throws IOException {
        this.out = out;
        out.write(header());
    }

    /** Writes to a file, created or emptied now; the header row is written at once. */
    public static CsvSummarySink to(Path file) throws IOException {
        return new CsvSummarySink(OutputFiles.RecordFile.create(file));
    }

    /** Writes to a stream such as standard output, flushed after each row and not closed. */
    public static CsvSummarySink to(OutputStream out) throws IOException {
        return new CsvSummarySink(OutputFiles.RecordFile.of(out));
    }

    @Override
    public void accept(BatchResult result) throws IOException {
        out.write(ROW.writeValueAsString(row(result)));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** The header row, with its line break. */
    public static String header() {
        // the header of a schema-driven writer is written with the first row: write one and keep its first line
        try {
            String withHeader = HEADER.writeValueAsString(new Row(null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null));
            return withHeader.substring(0, withHeader.indexOf('\n') + 1);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row for a result. */
    public static Row row(BatchResult result) {
        Long line = result.line() > 0 ? result.line() : null;
        if (result instanceof BatchResult.Rejected r) {
            Rejection rejection = r.rejection();
            String reason = rejection.pointer() == null ? rejection.reason()
                    : "field " + (rejection.pointer().isEmpty() ? "(document root)" : rejection.pointer()) + ": "
                            + rejection.reason();
            PlanIdentity plan = r.plan();
            return new Row(cell(rejection.source()), line, rejection.column() > 0 ? rejection.column() : null,
                    "REJECTED", plan == null ? null : cell(plan.unit()), plan == null ? null : cell(plan.province()),
                    plan == null ? null : cell(plan.documentNumber()), null, null, null, null, null, null, null, null,
                    cell(reason));
        }
        Report report = ((BatchResult.Evaluated) result).report();
        Map<Severity, Integer> counts = report.counts();
        return new Row(cell(result.source()), line, null, "EVALUATED", cell(report.plan().unit()),
                cell(report.plan().province()), cell(report.plan().documentNumber()), report.pack(), report.verdict().name(),
                counts.get(Severity.VIOLATION), counts.get(Severity.WARNING), counts.get(Severity.ADVICE),
                ruleIds(report, Severity.VIOLATION), ruleIds(report, Severity.WARNING),
                ruleIds(report, Severity.ADVICE), null);
    }

    /**
     * A text of a plan or a path as a spreadsheet may safely open it: a cell that starts like a formula ("=", "+", "-",
     * "@", a tab or a carriage return) is prefixed with an apostrophe, so that it is shown, not run (OWASP's rule for
     * CSV injection).
     */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String ruleIds(Report report, Severity severity) {
        Set<String> ids = new LinkedHashSet<>();
        for (Finding f : report.findings()) { // already in catalogue order
            if (f.severity() == severity) {
                ids.add(f.ruleId());
            }
        }
        return ids.isEmpty() ? null : String.join(" ", new ArrayList<>(ids));
    }

    /** The rows of a list of results (for tests and hosts that build the CSV in memory). */
    static List<Row> rows(List<BatchResult> results) {
        return results.stream().map(CsvSummarySink::row).toList();
    }
}
