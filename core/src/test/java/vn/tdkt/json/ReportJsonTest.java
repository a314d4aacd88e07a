package vn.tdkt.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.finding.ApprovingDocument;
import vn.tdkt.finding.Citation;
import vn.tdkt.finding.Explanation;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.PlanIdentity;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Severity;
import vn.tdkt.finding.Waiver;

class ReportJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DOCUMENT = "UBND thành phố Hải Phòng, Kế hoạch ban hành kèm theo Quyết định số 3194/QĐ-UBND ngày 08/8/2025";

    static Finding finding(String ruleId, Severity severity, String pointer, String quote) {
        return new Finding(ruleId, severity, pointer, LocalizedText.of("≤ 150"), LocalizedText.of("151"), quote,
                new Citation(DOCUMENT, "II.1", "+ Số lượng: Tối đa 150 đại biểu."),
                new LocalizedText("Số đại biểu 151 vượt mức tối đa (≤ 150).", "151 delegates exceed the cap (≤ 150)."));
    }

    static Report keSat() {
        PlanIdentity plan = new PlanIdentity("xã Kẻ Sặt", "Hải Phòng", "28/KH-UBND", LocalDate.of(2025, 8, 4),
                "examples/plans/hai-phong/ke-sat.json");
        // Given out of order on purpose: the report sorts them (HP-4 before HP-10, VIOLATION before ADVICE).
        return Report.of(plan, "hai-phong", "2025.8.0", List.of(
                finding("HP-11", Severity.ADVICE, "/activities", null),
                finding("HP-04", Severity.VIOLATION, "/delegation/total", "Số lượng: 151 đại biểu"),
                finding("HP-09", Severity.WARNING, "/programme", null)));
    }

    static Report undated() {
        PlanIdentity plan = new PlanIdentity("phường An Hải", "Hải Phòng", null, null, null);
        return Report.of(plan, "hai-phong", "2025.8.0", List.of());
    }

    @Test
    void aLineIsTheSameReportOnOneLine() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        String line = ReportJson.line(keSat());
        assertThat(line).endsWith("\n");
        assertThat(line.strip()).doesNotContain("\n");
        assertThat(mapper.readTree(line))
                .isEqualTo(mapper.readTree(ReportJson.write(java.util.List.of(keSat()))).get("reports").get(0));
    }

    @Test
    void writesReportsInInputOrderWithFieldsInTheDocumentedOrder() throws Exception {
        JsonNode root = MAPPER.readTree(ReportJson.write(List.of(keSat(), undated())));

        assertThat(names(root)).containsExactly("reports");
        JsonNode reports = root.get("reports");
        assertThat(reports).hasSize(2);
        JsonNode first = reports.get(0);
        assertThat(names(first)).containsExactly("plan", "pack", "packVersion", "verdict", "counts", "findings");
        assertThat(names(first.get("plan")))
                .containsExactly("unit", "province", "documentNumber", "documentDate", "source");
        assertThat(first.at("/plan/unit").asText()).isEqualTo("xã Kẻ Sặt");
        assertThat(first.at("/plan/documentDate").asText()).isEqualTo("2025-08-04");
        assertThat(first.at("/plan/source").asText()).isEqualTo("examples/plans/hai-phong/ke-sat.json");
        assertThat(first.get("pack").asText()).isEqualTo("hai-phong");
        assertThat(first.get("packVersion").asText()).isEqualTo("2025.8.0");
        assertThat(first.get("verdict").asText()).isEqualTo("REJECT");
        assertThat(names(first.get("counts"))).containsExactly("VIOLATION", "WARNING", "ADVICE");
        assertThat(first.at("/counts/VIOLATION").asInt()).isEqualTo(1);
        assertThat(first.at("/counts/WARNING").asInt()).isEqualTo(1);
        assertThat(first.at("/counts/ADVICE").asInt()).isEqualTo(1);

        assertThat(reports.get(1).at("/plan/unit").asText()).isEqualTo("phường An Hải");
        assertThat(reports.get(1).get("verdict").asText()).isEqualTo("ACCEPT");
    }

    @Test
    void findingsKeepTheReportOrderAndCarryCitationAndBothLanguages() throws Exception {
        JsonNode findings = MAPPER.readTree(ReportJson.write(List.of(keSat()))).at("/reports/0/findings");

        List<String> ids = new ArrayList<>();
        findings.forEach(f -> ids.add(f.get("ruleId").asText()));
        assertThat(ids).containsExactly("HP-04", "HP-09", "HP-11");

        JsonNode hp04 = findings.get(0);
        assertThat(names(hp04)).containsExactly("ruleId", "severity", "pointer", "expected", "found", "quote",
                "citation", "message");
        assertThat(hp04.get("severity").asText()).isEqualTo("VIOLATION");
        assertThat(hp04.get("pointer").asText()).isEqualTo("/delegation/total");
        assertThat(hp04.at("/expected/vi").asText()).isEqualTo("≤ 150");
        assertThat(hp04.at("/expected/en").asText()).isEqualTo("≤ 150");
        assertThat(hp04.at("/found/vi").asText()).isEqualTo("151");
        assertThat(hp04.get("quote").asText()).isEqualTo("Số lượng: 151 đại biểu");
        assertThat(names(hp04.get("citation"))).containsExactly("document", "clause", "text");
        assertThat(hp04.at("/citation/clause").asText()).isEqualTo("II.1");
        assertThat(hp04.at("/citation/document").asText()).contains("3194/QĐ-UBND");
        assertThat(names(hp04.get("message"))).containsExactly("vi", "en");
        assertThat(hp04.at("/message/vi").asText()).startsWith("Số đại biểu 151");
        assertThat(hp04.at("/message/en").asText()).startsWith("151 delegates");

        assertThat(findings.get(1).get("severity").asText()).isEqualTo("WARNING");
        assertThat(findings.get(2).get("severity").asText()).isEqualTo("ADVICE");
    }

    @Test
    void quoteIsOmittedWhenNullAndOtherUnknownsAreNull() throws Exception {
        JsonNode reports = MAPPER.readTree(ReportJson.write(List.of(keSat(), undated()))).get("reports");

        JsonNode hp09 = reports.at("/0/findings/1");
        assertThat(hp09.get("ruleId").asText()).isEqualTo("HP-09");
        assertThat(hp09.has("quote")).isFalse();
        assertThat(names(hp09)).containsExactly("ruleId", "severity", "pointer", "expected", "found", "citation",
                "message");

        JsonNode plan = reports.at("/1/plan");
        assertThat(plan.get("documentNumber").isNull()).isTrue();
        assertThat(plan.get("documentDate").isNull()).isTrue();
        assertThat(plan.get("source").isNull()).isTrue();
        assertThat(reports.at("/1/findings").isArray()).isTrue();
        assertThat(reports.at("/1/findings")).isEmpty();
        assertThat(reports.at("/1/counts/VIOLATION").asInt()).isZero();
    }

    @Test
    void aWaiverAnExplanationAndNotesAreWrittenOnlyWhenThereAndInTheirOrder() throws Exception {
        Waiver waiver = new Waiver("HP-04", "Kẻ Sặt", "28/KH-UBND",
                new ApprovingDocument("125/QĐ-HĐTĐKT", LocalDate.of(2025, 8, 20), "Chủ tịch Hội đồng"),
                LocalDate.of(2025, 12, 31));
        Explanation why = new Explanation("2025-08-04",
                List.of(new Explanation.Fact("/delegation/total", "151"), new Explanation.Fact("/venue", "null")),
                List.of(new Explanation.ParameterUse("delegates.max", "150", "2025-08-08", "II.1"),
                        new Explanation.ParameterUse("items", "[\"a\",\"b\"]", null, null)),
                new LocalizedText("theo văn bản", "from the document"));
        Finding hp04 = finding("HP-04", Severity.VIOLATION, "/delegation/total", null).waived(waiver).explained(why);
        Finding hp09 = finding("HP-09", Severity.WARNING, "/programme", null)
                .explained(new Explanation(null, List.of(), List.of()));
        Report report = new Report(keSat().plan(), "hai-phong", "2025.8.0", null, List.of(hp04, hp09),
                List.of(new LocalizedText("Ghi chú", "A note")));
        JsonNode written = MAPPER.readTree(ReportJson.write(List.of(report))).at("/reports/0");

        assertThat(names(written))
                .containsExactly("plan", "pack", "packVersion", "verdict", "counts", "findings", "notes");
        assertThat(written.at("/notes/0/en").asText()).isEqualTo("A note");
        assertThat(written.at("/counts/VIOLATION").asInt()).as("a waived finding does not count").isZero();
        JsonNode first = written.at("/findings/0");
        assertThat(names(first)).containsExactly("ruleId", "severity", "pointer", "expected", "found", "citation",
                "message", "waived", "explanation");
        assertThat(names(first.get("waived"))).containsExactly("approvedBy", "expires");
        assertThat(names(first.at("/waived/approvedBy"))).containsExactly("number", "date", "signer");
        assertThat(first.at("/waived/approvedBy/date").asText()).isEqualTo("2025-08-20");
        assertThat(first.at("/waived/expires").asText()).isEqualTo("2025-12-31");
        assertThat(names(first.get("explanation"))).containsExactly("asOf", "facts", "parameters", "basis");
        assertThat(first.at("/explanation/facts/0/value").asInt()).as("a value is JSON, not text").isEqualTo(151);
        assertThat(first.at("/explanation/facts/1/value").isNull()).isTrue();
        assertThat(names(first.at("/explanation/parameters/0"))).containsExactly("name", "value", "from", "clause");
        assertThat(first.at("/explanation/parameters/1/value").isArray()).isTrue();
        assertThat(first.at("/explanation/parameters/1/from").isNull()).isTrue();
        assertThat(first.at("/explanation/basis/en").asText()).isEqualTo("from the document");
        JsonNode second = written.at("/findings/1");
        assertThat(second.has("waived")).isFalse();
        assertThat(names(second.get("explanation"))).containsExactly("asOf", "facts", "parameters");
        assertThat(second.at("/explanation/asOf").isNull()).isTrue();

        assertThat(MAPPER.readTree(ReportJson.line(report))).isEqualTo(written);
    }

    @Test
    void theDocumentIsIndentedByTwoSpacesWithOneFieldPerLine() {
        String text = ReportJson.write(List.of(undated()));
        assertThat(text).startsWith("{\n  \"reports\": [\n    {\n      \"plan\": {\n        \"unit\": \"phường An Hải\",\n");
        assertThat(text).contains("\"documentNumber\": null,\n", "\"findings\": [ ]\n").endsWith("  ]\n}\n");
        assertThat(ReportJson.line(undated())).startsWith("{\"plan\":{\"unit\":\"phường An Hải\",\"province\":")
                .contains("\"counts\":{\"VIOLATION\":0,\"WARNING\":0,\"ADVICE\":0},\"findings\":[]}");
    }

    @Test
    void writerAndStringFormsAgreeAndTheWriterIsLeftOpen() throws Exception {
        StringWriter out = new StringWriter();
        ReportJson.write(List.of(keSat()), out);
        out.write("after");

        String text = ReportJson.write(List.of(keSat()));
        assertThat(out.toString()).isEqualTo(text + "after");
        assertThat(text).endsWith("}\n");
        assertThat(text).contains("\"unit\": \"xã Kẻ Sặt\"");
    }

    @Test
    void noReportsIsAnEmptyList() throws Exception {
        JsonNode root = MAPPER.readTree(ReportJson.write(List.of()));
        assertThat(root.get("reports").isArray()).isTrue();
        assertThat(root.get("reports")).isEmpty();
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
