package vn.tdkt.batch;

import vn.tdkt.finding.LocalizedText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.finding.Report;
import vn.tdkt.json.ReportJson;

/** The NDJSON and CSV outputs, and the file writing under them. */
class OutputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<GeneratedPlan> plans() {
        return new PlanGenerator(21).province("Hải Phòng").limit(12).toList();
    }

    private static BatchResult.Evaluated evaluated(long sequence, GeneratedPlan p) {
        return new BatchResult.Evaluated(sequence, p.fileName(), 0, new FakeChecker().check(p.plan(), p.fileName()));
    }

    @Test
    void aReportLineIsTheReportAsReportJsonWritesItOnOneLine() throws IOException {
        for (GeneratedPlan p : plans()) {
            Report report = new FakeChecker().check(p.plan(), p.fileName());
            String line = NdjsonSink.reportLine(report);

            assertThat(line).endsWith("\n");
            assertThat(line.substring(0, line.length() - 1)).doesNotContain("\n");
            JsonNode expected = JSON.readTree(ReportJson.write(List.of(report))).get("reports").get(0);
            assertThat(JSON.readTree(line)).isEqualTo(expected);
            assertThat(line).startsWith("{\"plan\":");
        }
    }

    @Test
    void aRejectionLineNamesSourceLineColumnFieldAndReason() throws IOException {
        Rejection rejection = new Rejection("plans.ndjson", 17, 42, "/delegation/total", Rejection.Kind.UNREADABLE,
                "expected a whole number, found the text \"một trăm\"");
        JsonNode line = JSON.readTree(NdjsonSink.rejectionLine(rejection));

        assertThat(line.fieldNames()).toIterable().containsExactly("rejected");
        JsonNode r = line.get("rejected");
        assertThat(r.get("source").asText()).isEqualTo("plans.ndjson");
        assertThat(r.get("line").asLong()).isEqualTo(17);
        assertThat(r.get("column").asInt()).isEqualTo(42);
        assertThat(r.get("pointer").asText()).isEqualTo("/delegation/total");
        assertThat(r.get("kind").asText()).isEqualTo("UNREADABLE");
        assertThat(r.get("reason").asText()).contains("\"một trăm\"");

        JsonNode unknown = JSON.readTree(NdjsonSink.rejectionLine(
                new Rejection("x.json", 0, 0, null, Rejection.Kind.NO_PACK, "no pack"))).get("rejected");
        assertThat(unknown.get("line").isNull()).isTrue();
        assertThat(unknown.get("pointer").isNull()).isTrue();
    }

    @Test
    void theCsvHasAHeaderAndOneRowPerInputThatReadsBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<GeneratedPlan> plans = plans();
        try (CsvSummarySink sink = CsvSummarySink.to(out)) {
            for (int i = 0; i < plans.size(); i++) {
                sink.accept(evaluated(i, plans.get(i)));
            }
            sink.accept(new BatchResult.Rejected(plans.size(), new Rejection("bad, \"quoted\".json", 3, 27,
                    "/delegation/total", Rejection.Kind.UNREADABLE, "expected a whole number,\nfound \"x\"")));
        }

        CsvMapper csv = new CsvMapper();
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(out.toString(StandardCharsets.UTF_8))) {
            rows = it.readAll();
        }
        assertThat(rows).hasSize(plans.size() + 1);
        assertThat(rows.get(0).keySet()).containsExactly("source", "line", "column", "status", "unit", "province",
                "documentNumber", "pack", "verdict", "violations", "warnings", "advice", "violationRules",
                "warningRules", "adviceRules", "reason");
        for (int i = 0; i < plans.size(); i++) {
            Report report = new FakeChecker().check(plans.get(i).plan(), plans.get(i).fileName());
            Map<String, String> row = rows.get(i);
            assertThat(row.get("status")).isEqualTo("EVALUATED");
            assertThat(row.get("source")).isEqualTo(plans.get(i).fileName());
            assertThat(row.get("unit")).isEqualTo(report.plan().unit());
            assertThat(row.get("province")).isEqualTo("Hải Phòng");
            assertThat(row.get("verdict")).isEqualTo(report.verdict().name());
            assertThat(Integer.parseInt(row.get("violations")))
                    .isEqualTo(report.counts().get(vn.tdkt.finding.Severity.VIOLATION));
        }
        Map<String, String> rejected = rows.get(plans.size());
        assertThat(rejected.get("status")).isEqualTo("REJECTED");
        assertThat(rejected.get("source")).isEqualTo("bad, \"quoted\".json");
        assertThat(rejected.get("line")).isEqualTo("3");
        assertThat(rejected.get("column")).isEqualTo("27");
        assertThat(rejected.get("reason")).isEqualTo("field /delegation/total: expected a whole number,\nfound \"x\"");
        assertThat(rejected.get("verdict")).isEmpty();
    }

    @Test
    void aCarriageReturnIsQuotedAndAFormulaIsShownNotRun() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvSummarySink sink = CsvSummarySink.to(out)) {
            sink.accept(new BatchResult.Rejected(0, new Rejection("=HYPERLINK(\"http://x\").json", 0, 0, null,
                    Rejection.Kind.UNREADABLE, "one\rtwo")));
            sink.accept(new BatchResult.Rejected(1, new Rejection("@SUM(A1).json", 0, 0, null,
                    Rejection.Kind.UNREADABLE, "-2+3")));
        }
        String text = out.toString(StandardCharsets.UTF_8);

        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            rows = it.readAll();
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("source")).isEqualTo("'=HYPERLINK(\"http://x\").json");
        assertThat(rows.get(0).get("reason")).isEqualTo("one\rtwo");
        assertThat(rows.get(1).get("source")).isEqualTo("'@SUM(A1).json");
        assertThat(rows.get(1).get("reason")).isEqualTo("'-2+3");
    }

    @Test
    void theCsvListsTheRulesOfEachSeverityInCatalogueOrder() {
        GeneratedPlan p = plans().get(0);
        Report report = vn.tdkt.finding.Report.of(vn.tdkt.finding.PlanIdentity.of(p.plan(), "x.json"), "t", "1",
                List.of(finding("T-10", vn.tdkt.finding.Severity.VIOLATION), finding("T-2", vn.tdkt.finding.Severity.VIOLATION),
                        finding("T-2", vn.tdkt.finding.Severity.VIOLATION), finding("T-3", vn.tdkt.finding.Severity.ADVICE)));
        CsvSummarySink.Row row = CsvSummarySink.row(new BatchResult.Evaluated(0, "x.json", 0, report));

        assertThat(row.violationRules()).isEqualTo("T-2 T-10");
        assertThat(row.warningRules()).isNull();
        assertThat(row.adviceRules()).isEqualTo("T-3");
        assertThat(row.violations()).isEqualTo(3);
    }

    private static vn.tdkt.finding.Finding finding(String rule, vn.tdkt.finding.Severity severity) {
        return new vn.tdkt.finding.Finding(rule, severity, "/x", LocalizedText.of("a"), LocalizedText.of("b"), null,
                new vn.tdkt.finding.Citation("d", "c", "t"), new vn.tdkt.finding.LocalizedText("vi " + rule, "en " + rule));
    }

    /** A channel that fails in the middle of the n-th write, after writing part of it, as a full disk does. */
    static final class FailingChannel implements SeekableByteChannel {
        private final FileChannel file;
        private final int failOnWrite;
        private int writes;

        FailingChannel(FileChannel file, int failOnWrite) {
            this.file = file;
            this.failOnWrite = failOnWrite;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            if (++writes == failOnWrite) {
                ByteBuffer half = src.duplicate();
                half.limit(src.position() + src.remaining() / 2);
                file.write(half);
                throw new IOException("No space left on device");
            }
            return file.write(src);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return file.read(dst);
        }

        @Override
        public long position() throws IOException {
            return file.position();
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            file.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public SeekableByteChannel truncate(long size) throws IOException {
            file.truncate(size);
            return this;
        }

        @Override
        public boolean isOpen() {
            return file.isOpen();
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    @Test
    void aWriteThatFailsPartWayLeavesOnlyCompleteLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("reports.ndjson");
        List<GeneratedPlan> plans = plans();
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        NdjsonSink sink = new NdjsonSink(OutputFiles.RecordFile.over(new FailingChannel(channel, 6)));

        assertThatThrownBy(() -> {
            for (int i = 0; i < plans.size(); i++) {
                sink.accept(evaluated(i, plans.get(i)));
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("No space left");
        sink.close();

        String written = Files.readString(file);
        assertThat(written).endsWith("\n");
        List<String> lines = written.lines().toList();
        assertThat(lines).hasSize(5);
        for (String line : lines) {
            assertThat(JSON.readTree(line).get("plan")).isNotNull();
        }
    }

    @Test
    void aDocumentIsWrittenWholeOrNotAtAll(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/report.html");
        OutputFiles.writeAtomically(file, out -> out.write("first"));
        assertThat(Files.readString(file)).isEqualTo("first");

        assertThatThrownBy(() -> OutputFiles.writeAtomically(file, out -> {
            out.write("half of the sec");
            throw new IOException("interrupted");
        })).isInstanceOf(IOException.class);
        assertThat(Files.readString(file)).isEqualTo("first");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("kept.html"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("report.html"), target);

        OutputFiles.writeAtomically(link, out -> out.write("new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("new");
    }
}
