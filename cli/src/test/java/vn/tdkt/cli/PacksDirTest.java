package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.tdkt.cases.PackCases;
import vn.tdkt.engine.Packs;
import org.junit.jupiter.api.io.TempDir;

/**
 * A province added as a folder of YAML and nothing else ({@code src/test/resources/packs/quang-ninh}, a fixture whose
 * guidance is made up), loaded at run time with {@code --packs-dir} and checked end to end: listed, chosen for the
 * province's plans, its own ids and clauses in the findings, and its errors named by file, line and key.
 */
class PacksDirTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PACKS = resource("/packs");
    private static final String COMPLIANT = resource("/cli/quang-ninh/compliant.json");
    private static final String LATE_AND_OVER_CAP = resource("/cli/quang-ninh/late-and-over-cap.json");

    private static String resource(String name) {
        try {
            return Path.of(PacksDirTest.class.getResource(name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theFolderIsListedAsAPack() {
        TdktTest.Run run = TdktTest.run("packs", "--packs-dir", PACKS);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("quang-ninh").contains("999/KH-UBND").contains("hai-phong").contains("national");
    }

    @Test
    void aPlanOfTheProvinceIsCheckedWithItsOwnIdsClausesAndValues() throws IOException {
        TdktTest.Run run = TdktTest.run("check", "--packs-dir", PACKS, "--format", "json", LATE_AND_OVER_CAP);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("checked with pack quang-ninh (province Quảng Ninh, implements 999/KH-UBND)");
        JsonNode report = JSON.readTree(run.out());
        report = report.has("reports") ? report.get("reports").get(0) : report;
        assertThat(report.get("pack").asText()).isEqualTo("quang-ninh");
        JsonNode cap = finding(report, "QN-04");
        assertThat(cap.get("severity").asText()).isEqualTo("VIOLATION");
        assertThat(cap.get("pointer").asText()).isEqualTo("/delegation/total");
        assertThat(cap.get("citation").get("clause").asText()).isEqualTo("II.2");
        assertThat(cap.get("citation").get("text").asText()).isEqualTo("- Số lượng: Tối đa 120 đại biểu.");
        assertThat(cap.get("expected").get("vi").asText()).isEqualTo("120");
        assertThat(finding(report, "QN-03").get("severity").asText()).isEqualTo("VIOLATION");
    }

    @Test
    void aCompliantPlanOfTheProvincePasses() {
        TdktTest.Run run = TdktTest.run("check", "--packs-dir", PACKS, COMPLIANT);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("0 violations, 0 warnings");
    }

    @Test
    void withoutTheDirectoryThePlanIsCheckedAgainstTheNationalBaselineAndSaysSo(@TempDir Path dir) throws IOException {
        JsonNode plan = JSON.readTree(Path.of(LATE_AND_OVER_CAP).toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) plan.get("delegation")).put("total", 160);
        Path file = dir.resolve("over-the-national-cap.json");
        JSON.writeValue(file.toFile(), plan);
        TdktTest.Run run = TdktTest.run("check", "--format", "json", file.toString());
        assertThat(run.exitCode()).as("a baseline never finds a violation").isZero();
        assertThat(run.err()).contains("checked with pack national").contains("no pack of its own");
        JsonNode report = JSON.readTree(run.out());
        report = report.has("reports") ? report.get("reports").get(0) : report;
        assertThat(report.get("pack").asText()).isEqualTo("national");
        JsonNode cap = finding(report, "QG-04");
        assertThat(cap.get("severity").asText()).isEqualTo("WARNING");
        assertThat(cap.get("message").get("vi").asText()).contains("160").contains("khung chung");
        assertThat(report.get("notes").toString()).contains("4758/HD-BNV").contains("chưa có gói quy tắc riêng");
    }

    @Test
    void aMistakeInThePackIsAnErrorNamingFileLineAndKey(@TempDir Path dir) throws IOException {
        Path pack = dir.resolve("quang-ninh/pack.yaml");
        Files.createDirectories(pack.getParent());
        Files.writeString(pack, Files.readString(Path.of(PACKS, "quang-ninh/pack.yaml"))
                .replace("check: delegates.cap\n", "check: delegates.capp\n"));
        TdktTest.Run run = TdktTest.run("check", "--packs-dir", dir.toString(), COMPLIANT);
        assertThat(run.exitCode()).isEqualTo(2);
        int line = Files.readAllLines(pack).indexOf("    check: delegates.capp") + 1;
        assertThat(run.err()).contains(pack + ":" + line + ": rules.QN-04.check: no check delegates.capp");
    }

    @Test
    void aProvinceWhoseTextIsMilderGivesAnOutcomeItsOwnSeverity(@TempDir Path dir) throws IOException {
        Path pack = dir.resolve("quang-ninh/pack.yaml");
        Files.createDirectories(pack.getParent());
        Files.writeString(pack, Files.readString(Path.of(PACKS, "quang-ninh/pack.yaml"))
                .replace("    text: \"- Số lượng: Tối đa 120 đại biểu.\"\n",
                        "    text: \"- Số lượng: Tối đa 120 đại biểu.\"\n    severity: {over-cap: WARNING}\n"));
        TdktTest.Run run = TdktTest.run("check", "--packs-dir", dir.toString(), "--format", "json", LATE_AND_OVER_CAP);
        JsonNode report = JSON.readTree(run.out());
        report = report.has("reports") ? report.get("reports").get(0) : report;
        assertThat(finding(report, "QN-04").get("severity").asText()).isEqualTo("WARNING");
        assertThat(finding(report, "QN-03").get("severity").asText()).isEqualTo("VIOLATION");
    }

    @Test
    void aRuleFileInThePacksDirectoryIsRefusedNeverLoaded(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("quang-ninh");
        Files.createDirectories(folder);
        Files.copy(Path.of(PACKS, "quang-ninh/pack.yaml"), folder.resolve("pack.yaml"));
        Files.writeString(folder.resolve("extra.drl"), "package x\nrule \"r\" when then System.exit(9); end\n");
        TdktTest.Run run = TdktTest.run("check", "--packs-dir", dir.toString(), COMPLIANT);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("extra.drl").contains("data only");
    }

    @Test
    void theCountryBatchChecksTheProvinceWithItsPack(@TempDir Path dir) throws IOException {
        Path plans = dir.resolve("plans.ndjson");
        TdktTest.Run generated = TdktTest.run("generate", "--province", "Quảng Ninh", "--output", plans.toString());
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        TdktTest.Run run = TdktTest.run("batch", "--packs-dir", PACKS, plans.toString());
        assertThat(run.exitCode()).isIn(0, 1);
        assertThat(run.out() + run.err()).contains("54 inputs = 54 evaluated + 0 rejected").contains("quang-ninh 54");
    }

    @TestFactory
    Stream<DynamicTest> theProvincesCasesPass() {
        Packs packs = Packs.onClassPath().withDirectory(Path.of(PACKS));
        List<PackCases.CaseFile> files = PackCases.read(Path.of(PACKS));
        assertThat(files).extracting(PackCases.CaseFile::pack).containsOnly("quang-ninh");
        return files.stream().flatMap(file -> PackCases.run(file, packs.engine(file.pack())).stream())
                .map(result -> DynamicTest.dynamicTest(result.name(), () -> assertThat(result.failures())
                        .as("findings: %s", result.findings().stream().map(PackCases::describe).toList()).isEmpty()));
    }

    @Test
    void everyRuleOfTheProvinceHasACaseWhereItFiresAndOneWhereItIsSilent() {
        Packs packs = Packs.onClassPath().withDirectory(Path.of(PACKS));
        java.util.Set<String> fires = new java.util.TreeSet<>();
        java.util.Set<String> silent = new java.util.TreeSet<>();
        for (PackCases.CaseFile file : PackCases.read(Path.of(PACKS))) {
            for (PackCases.Case c : file.cases()) {
                c.expect().forEach(e -> fires.add(e.rule()));
                silent.addAll(c.silent());
            }
        }
        java.util.Set<String> rules = packs.pack("quang-ninh").rules().keySet();
        assertThat(fires).as("rules with a case where they fire").containsAll(
                rules.stream().filter(r -> !r.startsWith("CC-")).toList());
        assertThat(silent).as("rules with a case where they stay silent").containsAll(rules);
    }

    private static JsonNode finding(JsonNode report, String ruleId) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("ruleId").asText().equals(ruleId)) {
                return f;
            }
        }
        throw new AssertionError("no finding of " + ruleId + " in " + report);
    }
}
