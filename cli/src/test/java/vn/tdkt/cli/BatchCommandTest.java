package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.batch.GeneratedPlan;
import vn.tdkt.batch.PlanGenerator;
import vn.tdkt.json.PlanJson;

/** {@code tdkt generate} and {@code tdkt batch}, run as the tool runs them, with the real packs. */
class BatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TdktTest.Run run(String... args) {
        return TdktTest.run(args);
    }

    private static Path haiPhongFiles(Path dir) {
        TdktTest.Run generate = run("generate", "--seed", "7", "--province", "Hải Phòng", "--format", "files",
                "--output", dir.toString());
        assertThat(generate.exitCode()).as(generate.toString()).isZero();
        assertThat(generate.err()).contains("wrote 114 plans of Hải Phòng");
        return dir.resolve("hai-phong");
    }

    @Test
    void aProvinceRunWritesEveryOutputAndTheCountsAddUp(@TempDir Path dir) throws IOException {
        Path plans = haiPhongFiles(dir.resolve("plans"));
        Path ndjson = dir.resolve("out/reports.ndjson");
        Path csv = dir.resolve("out/summary.csv");
        Path sarif = dir.resolve("out/findings.sarif");
        Path html = dir.resolve("out/hai-phong.html");

        TdktTest.Run batch = run("batch", "--pack", "hai-phong", "--threads", "3", "--ndjson", ndjson.toString(), "--csv",
                csv.toString(), "--sarif", sarif.toString(), "--html", html.toString(), "--province", "Hải Phòng",
                plans.toString());

        assertThat(batch.exitCode()).as(batch.toString()).isEqualTo(1);
        assertThat(batch.out()).contains("tdkt batch: 114 inputs = 114 evaluated + 0 rejected", "REJECT",
                "Packs: hai-phong 114", "HP-04", "Maximum number of delegates");
        List<String> lines = Files.readAllLines(ndjson);
        assertThat(lines).hasSize(114);
        try (Stream<Path> files = Files.list(plans)) {
            List<String> sorted = files.map(Path::toString).sorted().toList();
            for (int i = 0; i < lines.size(); i++) {
                JsonNode report = JSON.readTree(lines.get(i));
                assertThat(report.get("plan").get("source").asText()).isEqualTo(sorted.get(i));
                assertThat(report.get("pack").asText()).isEqualTo("hai-phong");
            }
        }
        assertThat(Files.readAllLines(csv)).hasSize(115).first().asString().startsWith("\"source\",\"line\",\"column\",\"status\"");
        JsonNode log = JSON.readTree(sarif.toFile());
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs").get(0).get("results").size()).isPositive();
        assertThat(log.get("runs").get(0).get("artifacts").size()).isEqualTo(114);
        Document page = Jsoup.parse(html.toFile());
        assertThat(page.select("h1").text()).isEqualTo("Thành phố Hải Phòng");
        assertThat(page.select("table.grid tbody tr")).hasSize(114);
        assertThat(page.select("table.grid th.rule")).hasSizeGreaterThanOrEqualTo(24);
        assertThat(page.select("p.basis").text()).contains("3194/QĐ-UBND");
    }

    @Test
    void brokenFilesAreNamedWithTheirReasonAndDoNotStopTheRun(@TempDir Path dir) throws IOException {
        Path plans = haiPhongFiles(dir.resolve("plans"));
        String good = Files.readString(plans.resolve(Files.list(plans).sorted().findFirst().orElseThrow()));
        Files.writeString(plans.resolve("zz-truncated.json"), good.substring(0, 300));
        Files.writeString(plans.resolve("zz-wrong-type.json"),
                good.replaceFirst("\"total\" : \\d+", "\"total\" : \"một trăm\""));
        Files.writeString(plans.resolve("zz-unknown-field.json"), good.replaceFirst("\\{", "{ \"mau\": 1,"));
        Files.writeString(plans.resolve("zz-empty.json"), "");

        TdktTest.Run batch = run("batch", "--pack", "hai-phong", plans.toString());

        assertThat(batch.exitCode()).as(batch.toString()).isEqualTo(1);
        assertThat(batch.out()).contains("tdkt batch: 118 inputs = 114 evaluated + 4 rejected", "Rejected inputs (4):");
        assertThat(lineWith(batch.out(), "zz-truncated.json")).contains("truncated");
        assertThat(lineWith(batch.out(), "zz-wrong-type.json"))
                .contains("field /delegation/total: expected a whole number, found the text \"một trăm\"");
        assertThat(lineWith(batch.out(), "zz-unknown-field.json")).contains("unknown field 'mau'");
        assertThat(lineWith(batch.out(), "zz-empty.json")).contains("the document is empty");
    }

    @Test
    void aDirectoryOfDocumentsIsReadByTheImporterAndEachDocumentIsAccountedFor(@TempDir Path dir) throws IOException {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Path seeds = TdktTest.EXAMPLES.resolve("seeds");
        Files.copy(seeds.resolve("000-ke-sat.txt"), plans.resolve("KH HN DHTT xa Ke Sat.txt"));
        Files.copy(seeds.resolve("004-an-hai.txt"), plans.resolve("an-hai.txt"));
        try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.OutputStream out = Files.newOutputStream(plans.resolve("dai-son.docx"))) {
            for (String line : Files.readAllLines(seeds.resolve("002-dai-son-ocr.txt"))) {
                word.createParagraph().createRun().setText(line);
            }
            word.write(out);
        }
        Files.writeString(plans.resolve("scan.pdf"), "not a PDF at all");
        Files.writeString(plans.resolve("notes.txt"), "KẾ HOẠCH\nHọp giao ban tuần\n");
        Files.writeString(plans.resolve("readme.md.bak"), "not read: neither a plan file nor a plan document");
        Path ndjson = dir.resolve("reports.ndjson");

        TdktTest.Run batch = run("batch", "--pack", "hai-phong", "--threads", "2", "--ndjson", ndjson.toString(),
                plans.toString());

        assertThat(batch.exitCode()).as(batch.toString()).isEqualTo(1);
        assertThat(batch.out()).contains("tdkt batch: 5 inputs = 3 evaluated + 2 rejected", "Rejected inputs (2):");
        assertThat(lineWith(batch.out(), "scan.pdf")).contains("not a PDF document", "không phải văn bản PDF");
        assertThat(lineWith(batch.out(), "notes.txt")).contains("no issuing unit found", "không xác định được đơn vị");
        List<String> lines = Files.readAllLines(ndjson);
        assertThat(lines).hasSize(5);
        JsonNode keSat = JSON.readTree(lines.get(0));
        assertThat(keSat.get("plan").get("source").asText()).endsWith("KH HN DHTT xa Ke Sat.txt");
        // The findings of a document quote its lines.
        assertThat(lines.get(0)).contains("line 66: - Thời gian: ½ ngày, dự kiến chiều ngày 28/8/2025.");
    }

    @Test
    void aBadNdjsonLineIsNamedByItsLineNumber(@TempDir Path dir) throws IOException {
        List<GeneratedPlan> plans = new PlanGenerator(3).mistakeScale(0).province("Lạng Sơn").limit(4).toList();
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < plans.size(); i++) {
            ndjson.append(i == 2 ? "{\"unit\": {\"name\": \"Kiên Mộc\"}, \"conference\": {\"date\": \"2025-02-30\"}}"
                    : PlanGenerator.toJsonLine(plans.get(i).plan())).append('\n');
        }
        Path file = dir.resolve("plans.ndjson");
        Files.writeString(file, ndjson);
        Path reports = dir.resolve("reports.ndjson");

        TdktTest.Run batch = run("batch", "--ndjson", reports.toString(), file.toString());

        assertThat(batch.exitCode()).as(batch.toString()).isZero();
        assertThat(batch.out()).contains("4 inputs = 3 evaluated + 1 rejected", "3 ACCEPT",
                file + ":3:", "field /conference/date", "2025-02-30");
        List<String> lines = Files.readAllLines(reports);
        assertThat(lines).hasSize(4);
        JsonNode rejected = JSON.readTree(lines.get(2)).get("rejected");
        assertThat(rejected.get("line").asInt()).isEqualTo(3);
        assertThat(rejected.get("pointer").asText()).isEqualTo("/conference/date");
        assertThat(JSON.readTree(lines.get(3)).get("plan").get("source").asText()).isEqualTo(file + ":4");
    }

    @Test
    void theCountryIsCheckedEveryProvinceWithoutAPackAgainstTheNationalBaseline(@TempDir Path dir)
            throws IOException {
        Path country = dir.resolve("country.ndjson");
        TdktTest.Run generate = run("generate", "--seed", "1", "--output", country.toString());
        assertThat(generate.exitCode()).as(generate.toString()).isZero();
        assertThat(generate.err()).contains("wrote 3,321 plans of 34 provinces");

        TdktTest.Run batch = run("batch", "--csv", dir.resolve("country.csv").toString(), country.toString());

        assertThat(batch.exitCode()).as(batch.toString()).isEqualTo(1);
        assertThat(batch.out()).contains("3,321 inputs = 3,321 evaluated + 0 rejected",
                "Packs: hai-phong 114, lang-son 65, national 3,142",
                "Baseline: 3,142 plans of 32 provinces without a pack of their own checked against national");
        List<String> rows = Files.readAllLines(dir.resolve("country.csv"));
        assertThat(rows).hasSize(3322);
        assertThat(rows.stream().filter(r -> r.contains(",\"REJECTED\","))).isEmpty();
        assertThat(rows.stream().filter(r -> r.contains(",\"Hà Nội\",") && r.contains(",\"national\","))).hasSize(126);
        // the baseline never finds a violation: the plans that fail are Hải Phòng's and Lạng Sơn's
        assertThat(rows.stream().filter(r -> r.contains(",\"national\",") && r.contains(",\"REJECT\","))).isEmpty();
    }

    @Test
    void standardInputIsReadAsNdjson() {
        String ndjson = new PlanGenerator(9).mistakeScale(0).province("Hải Phòng").limit(5)
                .map(p -> PlanGenerator.toJsonLine(p.plan()) + "\n").reduce("", String::concat) + "{oops\n";
        InputStream stdin = System.in;
        TdktTest.Run batch;
        try {
            System.setIn(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)));
            batch = run("batch", "-");
        } finally {
            System.setIn(stdin);
        }
        assertThat(batch.exitCode()).as(batch.toString()).isZero();
        assertThat(batch.out()).contains("6 inputs = 5 evaluated + 1 rejected", "5 ACCEPT", "-:6:2: malformed JSON");
    }

    @Test
    void theRunCannotProceedWithoutItsInputsOrPack(@TempDir Path dir) throws IOException {
        TdktTest.Run missing = run("batch", dir.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file or directory");

        TdktTest.Run empty = run("batch", Files.createDirectory(dir.resolve("empty")).toString());
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("has no *.json plan files");

        Path plans = haiPhongFiles(dir.resolve("plans"));
        TdktTest.Run unknownPack = run("batch", "--pack", "ha-noi", plans.toString());
        assertThat(unknownPack.exitCode()).isEqualTo(2);
        assertThat(unknownPack.err()).contains("no pack 'ha-noi'");

        TdktTest.Run provinceWithoutHtml = run("batch", "--province", "Hải Phòng", plans.toString());
        assertThat(provinceWithoutHtml.exitCode()).isEqualTo(2);
        assertThat(provinceWithoutHtml.err()).contains("add --html FILE");

        Files.writeString(dir.resolve("a-file"), "x");
        TdktTest.Run unwritable = run("batch", "--ndjson", dir.resolve("a-file/reports.ndjson").toString(), plans.toString());
        assertThat(unwritable.exitCode()).isEqualTo(2);
        assertThat(unwritable.err()).contains("--ndjson", "a-file is not a directory");
    }

    @Test
    void generateIsReproducibleAndWritesReadablePlans(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.ndjson");
        Path b = dir.resolve("b.ndjson");
        assertThat(run("generate", "--seed", "5", "--province", "lang son", "--output", a.toString()).exitCode()).isZero();
        assertThat(run("generate", "--seed", "5", "--province", "Lạng Sơn", "--output", b.toString()).exitCode()).isZero();

        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        List<String> lines = Files.readAllLines(a);
        assertThat(lines).hasSize(65);
        assertThat(PlanJson.read(lines.get(0), "a").unit().province()).isEqualTo("Lạng Sơn");

        TdktTest.Run count = run("generate", "--province", "hai-phong", "--count", "250", "--output", a.toString());
        assertThat(count.exitCode()).isZero();
        assertThat(Files.readAllLines(a)).hasSize(250);

        TdktTest.Run unknown = run("generate", "--province", "Hà Tây", "--output", a.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no province 'Hà Tây'");
    }

    @Test
    void generatedPlansWithoutMistakesPassTheirPackAndMistakesAreFound() {
        java.util.function.Predicate<GeneratedPlan> packed = p -> p.province().name().equals("Hải Phòng")
                || p.province().name().equals("Lạng Sơn");
        vn.tdkt.batch.BatchSummary compliant = vn.tdkt.batch.BatchRunner.builder().build()
                .run(vn.tdkt.batch.BatchInputs.generated(new PlanGenerator(17).mistakeScale(0).country().filter(packed)));
        assertThat(compliant.evaluated()).isEqualTo(179);
        assertThat(compliant.verdict(vn.tdkt.finding.Verdict.ACCEPT)).isEqualTo(179);

        List<GeneratedPlan> haiPhong = new PlanGenerator(17).province("Hải Phòng").toList();
        vn.tdkt.engine.ComplianceEngine engine = vn.tdkt.engine.ComplianceEngine.forPack("hai-phong");
        for (GeneratedPlan p : haiPhong) {
            vn.tdkt.finding.Report report = engine.evaluate(p.plan(), p.fileName());
            if (p.mistakes().isEmpty()) {
                assertThat(report.verdict()).as(p.fileName()).isEqualTo(vn.tdkt.finding.Verdict.ACCEPT);
            }
            if (p.mistakes().contains(vn.tdkt.batch.Mistake.FULL_DAY)) {
                assertThat(report.worst("HP-02")).as(p.fileName()).isEqualTo(vn.tdkt.finding.Severity.VIOLATION);
            }
            if (p.mistakes().contains(vn.tdkt.batch.Mistake.OVER_CAP)
                    && !p.mistakes().contains(vn.tdkt.batch.Mistake.DELEGATES_NOT_STATED)) {
                assertThat(report.worst("HP-04")).as(p.fileName()).isEqualTo(vn.tdkt.finding.Severity.VIOLATION);
            }
            if (p.mistakes().contains(vn.tdkt.batch.Mistake.PLAN_SENT_LATE)) {
                assertThat(report.worst("HP-17")).as(p.fileName()).isEqualTo(vn.tdkt.finding.Severity.VIOLATION);
            }
            if (p.mistakes().contains(vn.tdkt.batch.Mistake.DEADLINES_OUT_OF_ORDER)) {
                assertThat(report.worst("CC-1")).as(p.fileName()).isEqualTo(vn.tdkt.finding.Severity.VIOLATION);
            }
        }
    }

    @Test
    void anOutputThatIsAnInputIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path plans = haiPhongFiles(dir.resolve("plans"));
        Path stream = dir.resolve("p.ndjson");
        try (var lines = Files.list(plans)) {
            Files.write(stream, lines.sorted().limit(3).map(p -> {
                try {
                    return Files.readString(p).replaceAll("\\s*\n\\s*", " ");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList());
        }
        byte[] before = Files.readAllBytes(stream);

        TdktTest.Run sameFile = run("batch", "--ndjson", stream.toString(), stream.toString());
        assertThat(sameFile.exitCode()).as(sameFile.toString()).isEqualTo(2);
        assertThat(sameFile.err()).contains("--ndjson", "is an input of the run");
        assertThat(Files.readAllBytes(stream)).isEqualTo(before);

        TdktTest.Run inside = run("batch", "--csv", plans.resolve("summary.json").toString(), plans.toString());
        assertThat(inside.exitCode()).as(inside.toString()).isEqualTo(2);
        assertThat(inside.err()).contains("lies in the input directory");
        assertThat(plans.resolve("summary.json")).doesNotExist();
    }

    @Test
    void anOutputThatCannotBeWrittenIsSaidBeforeTheRun(@TempDir Path dir) throws Exception {
        Path plans = haiPhongFiles(dir.resolve("plans"));
        Path occupied = Files.createDirectory(dir.resolve("report.html"));

        TdktTest.Run run = run("batch", "--html", occupied.toString(), plans.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--html", "is a directory");
        assertThat(run.out()).doesNotContain("inputs =");
    }

    @Test
    void htmlAndSarifOverTheirLimitAreRefusedBeforeTheRun(@TempDir Path dir) throws IOException {
        Path ndjson = dir.resolve("big.ndjson");
        Files.writeString(ndjson, "{}\n".repeat(BatchCommand.MAX_HELD + 1));
        for (String option : new String[] {"--html", "--sarif"}) {
            Path output = dir.resolve("out" + option.substring(1));
            TdktTest.Run run = run("batch", option, output.toString(), "--csv", dir.resolve("s.csv").toString(),
                    ndjson.toString());
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).contains(option + " holds every report until the run ends: at most 20,000 inputs, "
                    + "and this run has more");
            assertThat(output).doesNotExist();
            assertThat(dir.resolve("s.csv")).doesNotExist();
        }
        // At the limit, the run goes ahead.
        Files.writeString(ndjson, "{}\n".repeat(BatchCommand.MAX_HELD));
        TdktTest.Run run = run("batch", "--sarif", dir.resolve("ok.sarif").toString(), ndjson.toString());
        assertThat(run.out()).as(run.toString()).contains("20,000 inputs = 0 evaluated + 20,000 rejected");
        assertThat(run("batch", "--help").out().replaceAll("\\s+", " ")).contains("--html and --sarif take at most 20,000 inputs");
    }

    @Test
    void htmlFromStdinStopsAtTheLimitWithTheOtherOutputsWhole(@TempDir Path dir) throws IOException {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("{}\n".repeat(BatchCommand.MAX_HELD + 5)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Path csv = dir.resolve("s.csv");
            TdktTest.Run run = run("batch", "--html", dir.resolve("r.html").toString(), "--csv", csv.toString(), "-");
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).contains("--html holds at most 20,000 inputs: the run stopped there");
            assertThat(run.out() + run.err()).contains("20,000 inputs = 0 evaluated + 20,000 rejected");
            assertThat(Files.readAllLines(csv)).hasSize(BatchCommand.MAX_HELD + 1);
        } finally {
            System.setIn(stdin);
        }
    }

    private static String lineWith(String text, String needle) {
        return text.lines().filter(l -> l.contains(needle)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + needle + " in\n" + text));
    }
}
