package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TdktTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What one run of the tool printed and returned. */
    record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Tdkt());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    static String fixture(String name) {
        try {
            return Path.of(TdktTest.class.getResource("/cli/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String OVER_CAP = fixture("plans/over-cap.json");
    static final String COMPLIANT = fixture("plans/compliant.json");
    static final String TRUNCATED = fixture("broken/truncated.json");
    /** The example plans ({@code plans/}) and their source documents ({@code seeds/}), beside this module. */
    static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolve("../examples").normalize();

    @Test
    void aPlanWith151DelegatesIsRejectedWithHp04InText() {
        Run run = run("check", "--lang", "en", OVER_CAP);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("xã Đại Sơn, Hải Phòng", "35/KH-UBND of 2025-08-11", "hai-phong",
                "REJECT", "VIOLATION (");
        String hp04 = lineWith(run.out(), "HP-04");
        assertThat(hp04).contains("II.1", "/delegation/total", "151");
        assertThat(run.out()).contains("Plan: “Số lượng: 151 đại biểu");
        assertThat(run.out()).containsPattern("\\d+ violations?, \\d+ warnings?, \\d+ advice");
        assertThat(run.out()).doesNotContain("\u001b[");
        assertThat(run.err()).startsWith("tdkt: note: ").contains("checked with pack hai-phong (province Hải Phòng");
    }

    @Test
    void theTextReportSpeaksVietnameseOnRequest() {
        Run run = run("check", "--lang", "vi", OVER_CAP);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("Kế hoạch", "35/KH-UBND ngày 11/08/2025", "Kết luận", "VI PHẠM",
                "vi phạm", "HP-04");
    }

    @Test
    void aPlanWith151DelegatesIsRejectedWithHp04InJson() throws Exception {
        Run run = run("check", "--format", "json", OVER_CAP);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        JsonNode report = MAPPER.readTree(run.out()).at("/reports/0");
        assertThat(report.get("verdict").asText()).isEqualTo("REJECT");
        JsonNode hp04 = findings(report, "HP-04").get(0);
        assertThat(hp04.get("severity").asText()).isEqualTo("VIOLATION");
        assertThat(hp04.get("pointer").asText()).isEqualTo("/delegation/total");
        assertThat(hp04.at("/found/vi").asText()).isEqualTo("151 (theo số lượng kế hoạch nêu)");
        assertThat(hp04.get("quote").asText()).startsWith("Số lượng: 151 đại biểu");
    }

    @Test
    void theJsonOutputHasTheDocumentedFields() throws Exception {
        Run run = run("check", "--format", "json", COMPLIANT, OVER_CAP);

        JsonNode root = MAPPER.readTree(run.out());
        assertThat(names(root)).containsExactly("reports");
        assertThat(root.get("reports")).hasSize(2);
        JsonNode first = root.at("/reports/0");
        assertThat(names(first)).containsExactly("plan", "pack", "packVersion", "verdict", "counts", "findings");
        assertThat(names(first.get("plan"))).containsExactly("unit", "province", "documentNumber", "documentDate",
                "source");
        assertThat(first.at("/plan/unit").asText()).isEqualTo("xã Kẻ Sặt");
        assertThat(first.at("/plan/documentDate").asText()).isEqualTo("2025-08-11");
        assertThat(first.at("/plan/source").asText()).endsWith("compliant.json");
        assertThat(first.get("pack").asText()).isEqualTo("hai-phong");
        assertThat(first.get("packVersion").asText()).isNotBlank();
        assertThat(names(first.get("counts"))).containsExactly("VIOLATION", "WARNING", "ADVICE");
        assertThat(root.at("/reports/1/plan/unit").asText()).isEqualTo("xã Đại Sơn");
        JsonNode finding = findings(root.at("/reports/1"), "HP-04").get(0);
        assertThat(names(finding)).containsExactly("ruleId", "severity", "pointer", "expected", "found", "quote",
                "citation", "message");
        assertThat(names(finding.get("citation"))).containsExactly("document", "clause", "text");
        assertThat(names(finding.get("message"))).containsExactly("vi", "en");
    }

    @Test
    void aCompliantPlanPasses() {
        Run run = run("check", "--lang", "en", COMPLIANT);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("xã Kẻ Sặt").doesNotContain("REJECT", "VIOLATION (", "HP-04");
        assertThat(run.out()).contains("0 violations");
        assertThat(run.err()).contains("checked with pack hai-phong").doesNotContain("error");
    }

    @Test
    void aTruncatedPlanIsBadInputNamingTheLine() {
        Run run = run("check", TRUNCATED);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).containsPattern("truncated\\.json:\\d+:\\d+: ");
        assertThat(run.err()).doesNotContain("\tat ", "Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBadPlanAmongGoodOnesIsReportedAndTheOthersAreStillChecked() {
        Run run = run("check", "--lang", "en", OVER_CAP, TRUNCATED, COMPLIANT);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).contains("xã Đại Sơn", "HP-04", "xã Kẻ Sặt", "2 plans: 1 rejected");
        assertThat(run.err()).contains("truncated.json:");
        assertThat(run.err().lines().filter(line -> !line.startsWith("tdkt: note: ")))
                .noneMatch(line -> line.contains("over-cap.json") || line.contains("compliant.json"));
    }

    @Test
    void aPlanWithAWrongValueIsBadInputNamingTheFieldAndLine(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("wrong-total.json");
        Files.writeString(plan, """
                {
                  "unit": {"name": "Kẻ Sặt", "level": "COMMUNE", "province": "Hải Phòng"},
                  "delegation": {"total": "một trăm"}
                }
                """, StandardCharsets.UTF_8);

        Run run = run("check", plan.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("wrong-total.json:3:", "/delegation/total");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void withVerboseTheStackTraceIsShown() {
        Run run = run("check", "--verbose", TRUNCATED);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("PlanFormatException", "\tat ");
    }

    @Test
    void anUnknownPackIsBadUsageNamingTheKnownPacks() {
        Run run = run("check", "--pack", "ha-noi", OVER_CAP);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("ha-noi", "hai-phong");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void withoutAPackThePlansProvinceAndGuidanceChooseItAndTheChoiceIsNoted() throws Exception {
        Path kienMoc = EXAMPLES.resolve("plans/lang-son/kien-moc.json");

        Run run = run("check", "--format", "json", kienMoc.toString(), OVER_CAP);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        JsonNode reports = MAPPER.readTree(run.out()).get("reports");
        assertThat(reports.get(0).get("pack").asText()).isEqualTo("lang-son");
        assertThat(reports.get(1).get("pack").asText()).isEqualTo("hai-phong");
        assertThat(run.err()).contains("kien-moc.json: checked with pack lang-son (province Lạng Sơn, implements 199/KH-UBND)");
    }

    @Test
    void aPlanThatNoPackFitsIsBadInputSayingWhy(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("atlantis.json");
        Files.writeString(plan, Files.readString(Path.of(COMPLIANT), StandardCharsets.UTF_8)
                .replace("\"province\": \"Hải Phòng\"", "\"province\": \"Atlantis\"")
                .replace("3194/QĐ-UBND", "12/KH-UBND"), StandardCharsets.UTF_8);

        Run run = run("check", plan.toString());
        Run named = run("check", "--pack", "hai-phong", plan.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("atlantis.json", "no pack covers province Atlantis", "hai-phong", "lang-son");
        assertThat(named.exitCode()).as(named.toString()).isNotEqualTo(2);
        assertThat(named.err()).as(named.toString()).isEmpty();
    }

    @Test
    void aPlanOfAProvinceWithoutAPackIsCheckedAgainstTheNationalBaselineSayingWhy(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("da-nang.json");
        Files.writeString(plan, Files.readString(Path.of(OVER_CAP), StandardCharsets.UTF_8)
                .replace("\"province\": \"Hải Phòng\"", "\"province\": \"Đà Nẵng\"")
                .replace("3194/QĐ-UBND", "12/KH-UBND"), StandardCharsets.UTF_8);

        Run run = run("check", "--format", "json", plan.toString());

        assertThat(run.exitCode()).as("warnings only: " + run).isZero();
        assertThat(run.err()).contains("checked with pack national (province Đà Nẵng has no pack of its own");
        var report = MAPPER.readTree(run.out()).at("/reports/0");
        assertThat(report.at("/pack").asText()).isEqualTo("national");
        assertThat(report.at("/findings").findValuesAsText("severity")).isNotEmpty().doesNotContain("VIOLATION");
        assertThat(report.at("/notes/0/en").asText()).contains("no pack of their own").contains("4758/HD-BNV");
    }

    @Test
    void asOfIsReadAsDocumentsWriteADayAndADayBeforeTheGuidanceIsRefusedSayingWhy() {
        Run iso = run("check", "--format", "json", "--as-of", "2025-08-25", OVER_CAP);
        Run vietnamese = run("check", "--format", "json", "--as-of", "25/8/2025", OVER_CAP);
        assertThat(vietnamese.exitCode()).isEqualTo(iso.exitCode()).isEqualTo(1);
        assertThat(vietnamese.out()).isEqualTo(iso.out());
        Run impossible = run("check", "--as-of", "31/02/2025", OVER_CAP);
        assertThat(impossible.exitCode()).isEqualTo(2);
        assertThat(impossible.err()).contains("'31/02/2025' is not a day").doesNotContain("Exception");
        Run early = run("check", "--pack", "hai-phong", "--as-of", "2020-01-01", OVER_CAP);
        assertThat(early.exitCode()).isEqualTo(2);
        assertThat(early.err()).contains("as of 2020-01-01, pack hai-phong has no value of parameter")
                .contains("hold from 2025-08-08").doesNotContain("IllegalStateException");
    }

    @Test
    void aPlanIsReadFromStandardInputAsDash() throws Exception {
        java.io.InputStream stdin = System.in;
        Run run;
        try {
            System.setIn(Files.newInputStream(Path.of(OVER_CAP)));
            run = run("check", "--format", "json", "-");
        } finally {
            System.setIn(stdin);
        }
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(MAPPER.readTree(run.out()).at("/reports/0/plan/source").asText()).isEqualTo("-");
        assertThat(MAPPER.readTree(run.out()).at("/reports/0/findings").toString()).contains("HP-04");
    }

    @Test
    void aPlanDocumentOfAProvinceWithoutAPackIsImportedAndCheckedAgainstTheBaseline(@TempDir Path dir) throws Exception {
        // the Kẻ Sặt seed, as a commune of Quảng Ninh implementing its province's own (made-up) Kế hoạch
        String text = Files.readString(EXAMPLES.resolve("seeds/000-ke-sat.txt"), StandardCharsets.UTF_8)
                .replace("thành phố Hải Phòng", "tỉnh Quảng Ninh").replace("3194/QĐ-UBND", "258/KH-UBND");
        Path document = dir.resolve("ke-hoach-quang-ninh.txt");
        Files.writeString(document, text, StandardCharsets.UTF_8);

        Run run = run("check", "--lang", "en", "--format", "json", document.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("checked with pack national (province Quảng Ninh has no pack of its own");
        var report = MAPPER.readTree(run.out()).at("/reports/0");
        assertThat(report.at("/plan/province").asText()).isEqualTo("Quảng Ninh");
        assertThat(report.at("/findings").findValuesAsText("ruleId")).isNotEmpty()
                .allMatch(id -> id.startsWith("QG-") || id.startsWith("CC-"));
        assertThat(report.at("/findings").findValuesAsText("severity")).doesNotContain("VIOLATION");
    }

    @Test
    void theNamedPackIsUsed() throws Exception {
        Run run = run("check", "--pack", "hai-phong", "--format", "json", OVER_CAP);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(MAPPER.readTree(run.out()).at("/reports/0/pack").asText()).isEqualTo("hai-phong");
    }

    @Test
    void aBadOptionIsBadUsage() {
        Run run = run("check", "--format", "xml", OVER_CAP);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--format", "xml");
    }

    @Test
    void aMissingFileIsBadInput() {
        Run run = run("check", "no-such-plan.json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("no-such-plan.json", "no such file");
    }

    @Test
    void theSarifOutputHasVersionResultsAndLevels() throws Exception {
        Run run = run("check", "--format", "sarif", OVER_CAP);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        JsonNode log = MAPPER.readTree(run.out());
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        JsonNode run0 = log.at("/runs/0");
        assertThat(run0.at("/tool/driver/name").asText()).isEqualTo("tdkt");
        JsonNode hp04 = null;
        for (JsonNode result : run0.get("results")) {
            if (result.get("ruleId").asText().equals("HP-04")) {
                hp04 = result;
            }
        }
        assertThat(hp04).as("a result for HP-04 in\n" + run.out()).isNotNull();
        assertThat(hp04.get("level").asText()).isEqualTo("error");
        JsonNode rule = run0.at("/tool/driver/rules/" + hp04.get("ruleIndex").asInt());
        assertThat(rule.get("id").asText()).isEqualTo("HP-04");
        assertThat(rule.at("/properties/clause").asText()).isEqualTo("II.1");
        JsonNode location = hp04.at("/locations/0");
        assertThat(location.at("/physicalLocation/artifactLocation/uri").asText()).endsWith("over-cap.json");
        assertThat(location.at("/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("/delegation/total");
        // The region is the line of "total" in the plan file.
        int line = location.at("/physicalLocation/region/startLine").asInt();
        List<String> lines = Files.readAllLines(Path.of(OVER_CAP), StandardCharsets.UTF_8);
        assertThat(lines.get(line - 1)).contains("\"total\": 151");
        assertThat(run0.get("artifacts")).hasSize(1);
    }

    @Test
    void theSarifOutputNamesAPlanThatCouldNotBeRead() throws Exception {
        Run run = run("check", "--format", "sarif", TRUNCATED, OVER_CAP);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        JsonNode invocation = MAPPER.readTree(run.out()).at("/runs/0/invocations/0");
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        assertThat(invocation.at("/toolExecutionNotifications/0/message/text").asText()).contains("truncated.json:");
    }

    @Test
    void aDirectoryStandsForItsJsonFilesInNameOrder(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(OVER_CAP), dir.resolve("b-over-cap.json"));
        Files.copy(Path.of(COMPLIANT), dir.resolve("a-compliant.json"));
        Files.writeString(dir.resolve("notes.txt"), "not a plan");

        Run run = run("check", "--format", "json", dir.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        JsonNode reports = MAPPER.readTree(run.out()).get("reports");
        assertThat(reports).hasSize(2);
        assertThat(reports.at("/0/plan/source").asText()).endsWith("a-compliant.json");
        assertThat(reports.at("/1/plan/source").asText()).endsWith("b-over-cap.json");
    }

    @Test
    void outputGoesToTheNamedFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/report.json");

        Run run = run("check", "--format", "json", "--output", file.toString(), OVER_CAP);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(findings(root.at("/reports/0"), "HP-04")).hasSize(1);
    }

    @Test
    void packsListsHaiPhong() {
        Run run = run("packs");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("ID", "VERSION", "JURISDICTION", "RULES");
        assertThat(lineWith(run.out(), "hai-phong")).contains("Hải Phòng");
        assertThat(run.out()).contains("3194/QĐ-UBND of 2025-08-08");
    }

    @Test
    void packsAsJson() throws Exception {
        Run run = run("packs", "--format", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode packs = MAPPER.readTree(run.out()).get("packs");
        JsonNode haiPhong = null;
        for (JsonNode pack : packs) {
            if (pack.get("id").asText().equals("hai-phong")) {
                haiPhong = pack;
            }
        }
        assertThat(haiPhong).as(run.out()).isNotNull();
        assertThat(names(haiPhong)).containsExactly("id", "version", "jurisdiction", "provinces", "guidance",
                "ruleCount");
        assertThat(haiPhong.at("/guidance/number").asText()).isEqualTo("3194/QĐ-UBND");
        assertThat(haiPhong.at("/guidance/date").asText()).isEqualTo("2025-08-08");
        assertThat(haiPhong.get("ruleCount").asInt()).isPositive();
    }

    @Test
    void helpDocumentsTheExitCodes() {
        Run run = run("check", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:", "0", "no plan has a violation", "at least one plan has a violation",
                "bad input or usage");
    }

    @Test
    void withoutACommandTheUsageIsShown() {
        Run run = run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("check", "packs");
    }

    @Test
    void versionNamesTheToolAndThePacks() {
        Run run = run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("tdkt ").contains("pack hai-phong");
    }

    static List<JsonNode> findings(JsonNode report, String ruleId) {
        List<JsonNode> found = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("ruleId").asText().equals(ruleId)) {
                found.add(f);
            }
        });
        return found;
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    static String lineWith(String text, String needle) {
        return text.lines().filter(l -> l.contains(needle)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + needle + " in\n" + text));
    }

    @Test
    void theReportIsNeverWrittenOverAPlan(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.copy(Path.of(OVER_CAP), plan);
        byte[] before = Files.readAllBytes(plan);

        Run run = run("check", "-o", plan.toString(), plan.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("is one of the plans to check");
        assertThat(Files.readAllBytes(plan)).isEqualTo(before);
    }
}
