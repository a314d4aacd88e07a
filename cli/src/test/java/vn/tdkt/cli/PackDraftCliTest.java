package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.engine.Packs;
import vn.tdkt.finding.Report;
import vn.tdkt.json.PlanJson;

/** tdkt pack draft: a guidance document to a pack folder that tdkt check --packs-dir uses at once. */
class PackDraftCliTest {
    static final String QUANG_NINH = "../importer/src/test/resources/guidance/quang-ninh.txt";

    @TempDir
    Path dir;

    @Test
    void aDraftChecksPlansAtOnce() throws Exception {
        TdktTest.Run draft = TdktTest.run("pack", "draft", QUANG_NINH, "--id", "quang-ninh", "--output", dir.toString());
        assertThat(draft.exitCode()).as(draft.toString()).isZero();
        assertThat(draft.out()).contains("rules bound");
        String yaml = Files.readString(dir.resolve("quang-ninh/pack.yaml"));
        assertThat(yaml).contains("parent: national").contains("includes: [common]").contains("QN-04:")
                .contains("value: 120").contains("# line 228");

        // Loaded as a host loads it, the draft passes its own starter plan and faults a plan over its cap.
        Packs packs = Packs.onClassPath().withDirectory(dir);
        Path plan = dir.resolve("quang-ninh/cases/base.json");
        Report clean = packs.engine("quang-ninh").evaluate(PlanJson.read(plan));
        assertThat(clean.findings()).as(clean.findings().toString())
                .noneMatch(f -> f.ruleId().startsWith("QN-") && f.severity().name().equals("VIOLATION"));

        ObjectMapper json = PlanJson.mapper();
        JsonNode over = json.readTree(plan.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) over.get("delegation")).put("total", 140);
        Path overCap = dir.resolve("over-cap.json");
        Files.writeString(overCap, json.writeValueAsString(over));
        TdktTest.Run check = TdktTest.run("check", "--packs-dir", dir.toString(), "--format", "json", overCap.toString());
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).contains("QN-04");

        // The starter cases pass as drafted: each bound check fires on its change, and the base plan passes.
        TdktTest.Run test = TdktTest.run("pack", "test", dir.toString());
        assertThat(test.exitCode()).as(test.toString()).isZero();
        assertThat(test.out()).containsPattern("\\d+ cases: \\d+ passed, 0 failed");
    }

    @Test
    void aFailingCaseFailsThePackTestSayingWhichAndWhy() throws Exception {
        TdktTest.Run draft = TdktTest.run("pack", "draft", QUANG_NINH, "--id", "quang-ninh", "--output", dir.toString());
        assertThat(draft.exitCode()).as(draft.toString()).isZero();
        Path cases = dir.resolve("quang-ninh/cases/rules.yaml");
        Files.writeString(cases, Files.readString(cases).replace("severity: VIOLATION, pointer: /delegation/total",
                "severity: ADVICE, pointer: /delegation/total"));
        TdktTest.Run test = TdktTest.run("pack", "test", dir.toString());
        assertThat(test.exitCode()).as(test.toString()).isEqualTo(1);
        assertThat(test.out()).contains("FAIL quang-ninh rules.yaml: QN-04").contains("expected QN-04 ADVICE")
                .contains("QN-04 VIOLATION /delegation/total").containsPattern("1 failed");
        TdktTest.Run none = TdktTest.run("pack", "test", dir.toString(), "no-such-pack");
        assertThat(none.exitCode()).isEqualTo(2);
    }

    @Test
    void aBadDocumentIsRefusedNamingTheFile() {
        TdktTest.Run run = TdktTest.run("pack", "draft", "no-such-guidance.docx", "--id", "quang-ninh", "--output", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no-such-guidance.docx").doesNotContain("Exception");
        TdktTest.Run badId = TdktTest.run("pack", "draft", QUANG_NINH, "--id", "Quang Ninh", "--output", dir.toString());
        assertThat(badId.exitCode()).isEqualTo(2);
        assertThat(badId.err()).contains("quang-ninh.txt");
    }
}
