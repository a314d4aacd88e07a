package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.cli.TdktTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.Plan;

/** `tdkt check` reads plan documents as well as plan JSON; `tdkt import` prints a document's plan as JSON. */
class ImportCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path EXAMPLES = TdktTest.EXAMPLES;

    @TempDir
    Path dir;

    private static List<String> findings(TdktTest.Run run) throws Exception {
        JsonNode report = MAPPER.readTree(run.out()).get("reports").get(0);
        List<String> findings = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            findings.add(f.get("ruleId").asText() + " " + f.get("severity").asText() + " " + f.get("pointer").asText());
        }
        return findings;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "000-ke-sat.txt, hai-phong/ke-sat.json",
            "002-dai-son-ocr.txt, hai-phong/dai-son.json",
            "003-kien-moc.txt, lang-son/kien-moc.json",
            "004-an-hai.txt, hai-phong/an-hai.json"})
    void checkingASeedTextGivesTheFindingsOfItsJson(String text, String json) throws Exception {
        TdktTest.Run fromText = run("check", "--format", "json", EXAMPLES.resolve("seeds").resolve(text).toString());
        TdktTest.Run fromJson = run("check", "--format", "json", EXAMPLES.resolve("plans").resolve(json).toString());
        assertThat(fromText.exitCode()).as(fromText.toString()).isEqualTo(fromJson.exitCode());
        assertThat(findings(fromText)).isEqualTo(findings(fromJson));
        for (JsonNode f : MAPPER.readTree(fromText.out()).get("reports").get(0).get("findings")) {
            if (f.hasNonNull("quote")) {
                assertThat(f.get("quote").asText()).matches("(?s)lines? \\d+(-\\d+)?: .+");
            }
        }
    }

    @Test
    void theOcrTextOfDaiSonIsRejectedForItsOneDayConferenceQuotingLine43() {
        TdktTest.Run run = run("check", "--lang", "en", EXAMPLES.resolve("seeds/002-dai-son-ocr.txt").toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("28/KH-UBND of 2025-08-14", "HP-02", "/conference/length",
                "Plan, line 43: “2. Thoi gian to chire: Dy kién 01 ngdy");
    }

    @Test
    void aWordDocumentIsCheckedAsItsText() throws Exception {
        Path text = EXAMPLES.resolve("seeds/000-ke-sat.txt");
        Path docx = dir.resolve("ke-sat.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (String line : Files.readString(text).split("\\R", -1)) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
        }
        TdktTest.Run fromDocx = run("check", "--format", "json", docx.toString());
        TdktTest.Run fromText = run("check", "--format", "json", text.toString());
        assertThat(fromDocx.exitCode()).as(fromDocx.toString()).isEqualTo(1);
        assertThat(findings(fromDocx)).isEqualTo(findings(fromText));
    }

    @Test
    void importPrintsThePlanAsJsonThatCheckReads() throws Exception {
        TdktTest.Run run = run("import", EXAMPLES.resolve("seeds/003-kien-moc.txt").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Plan plan = PlanJson.read(run.out(), "imported");
        assertThat(plan.unit().name()).isEqualTo("Kiên Mộc");
        assertThat(plan.conference().length()).hasToString("ONE_SESSION");
        assertThat(plan.quote("/conference/length")).isEqualTo("line 70: 1. Thời gian tổ chức: 01 buổi, dự kiến ngày 15/8/2025.");

        Path json = dir.resolve("kien-moc.json");
        assertThat(run("import", "-o", json.toString(), EXAMPLES.resolve("seeds/003-kien-moc.txt").toString()).exitCode())
                .isZero();
        TdktTest.Run check = run("check", "--format", "json", json.toString());
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(findings(check)).isEmpty();
    }

    @Test
    void aDocumentThatIsNoPlanIsBadInput() throws Exception {
        Path empty = Files.writeString(dir.resolve("notes.txt"), "Ghi chú họp giao ban\n");
        TdktTest.Run imported = run("import", empty.toString());
        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err()).contains("notes.txt", "no issuing unit found");
        TdktTest.Run checked = run("check", empty.toString());
        assertThat(checked.exitCode()).isEqualTo(2);
        assertThat(checked.err()).contains("notes.txt", "no issuing unit found");
    }
}
