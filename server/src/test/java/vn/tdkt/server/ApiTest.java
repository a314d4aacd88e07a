package vn.tdkt.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.MultipartConfigElement;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tdkt.engine.Packs;
import vn.tdkt.finding.Report;
import vn.tdkt.importer.PlanImporter;
import vn.tdkt.json.PlanJson;
import vn.tdkt.json.ReportJson;
import vn.tdkt.model.Plan;

/** The API over real HTTP on loopback: what it answers for plans, documents and what goes wrong. */
@ServerTest
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    MultipartConfigElement multipart;

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** What the library writes for a plan: the report JSON of `tdkt check --format json`, for one plan. */
    private static String libraryReport(Plan plan, String source) {
        Packs packs = Packs.onClassPath();
        Report report = packs.engine(packs.choose(plan).packId()).evaluate(plan, source);
        return ReportJson.write(List.of(report));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    @DisplayName("each seed plan sent as JSON is answered with the report JSON the library writes for it")
    void seedPlansAsJson() {
        List<Path> plans = Fixtures.seedPlans();
        assertThat(plans).hasSizeGreaterThanOrEqualTo(4);
        for (Path file : plans) {
            HttpResponse<String> response = Fixtures.send(Fixtures.postJson(uri("/api/v1/check"),
                    Fixtures.bytes(file)).build());
            assertThat(response.statusCode()).as(file.toString()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(response.body()).as(file.toString()).isEqualTo(libraryReport(PlanJson.read(file), null));
        }
    }

    @Test
    @DisplayName("pack, asOf (either way of writing a day) and explain change the check as they do for the tool")
    void options() throws Exception {
        byte[] keSat = Fixtures.bytes(Fixtures.EXAMPLES.resolve("plans/hai-phong/ke-sat.json"));
        JsonNode national = json(Fixtures.send(Fixtures.postJson(uri("/api/v1/check?pack=national"), keSat).build()));
        assertThat(national.at("/reports/0/pack").asText()).isEqualTo("national");

        HttpResponse<String> iso = Fixtures.send(Fixtures.postJson(
                uri("/api/v1/check?asOf=2025-08-20&explain=true"), keSat).build());
        HttpResponse<String> vietnamese = Fixtures.send(Fixtures.postJson(
                uri("/api/v1/check?asOf=20/8/2025&explain=true"), keSat).build());
        assertThat(iso.statusCode()).isEqualTo(200);
        assertThat(vietnamese.body()).isEqualTo(iso.body());
        assertThat(json(iso).at("/reports/0/findings/0/explanation/asOf").asText()).isEqualTo("2025-08-20");

        HttpResponse<String> badDay = Fixtures.send(Fixtures.postJson(uri("/api/v1/check?asOf=30/2/2025"), keSat).build());
        assertThat(badDay.statusCode()).isEqualTo(400);
        assertThat(json(badDay).get("parameter").asText()).isEqualTo("asOf");

        HttpResponse<String> unknown = Fixtures.send(Fixtures.postJson(uri("/api/v1/check?pack=atlantis"), keSat).build());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("packs")).hasSize(3);
    }

    @Test
    @DisplayName("a .docx made from a seed is read by the importer and answered as the library checks it; "
            + "provenance=true adds where each fact was read")
    void docxUpload() throws Exception {
        byte[] docx = Fixtures.docx(Fixtures.KE_SAT_TEXT);
        HttpResponse<String> response = Fixtures.send(Fixtures.Multipart.of("file", "KH Ke Sat.docx", docx)
                .post(uri("/api/v1/check")).build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(libraryReport(PlanImporter.importBytes(docx, "KH Ke Sat.docx").plan(),
                "KH Ke Sat.docx"));

        JsonNode wrapped = json(Fixtures.send(Fixtures.Multipart.of("file", "KH Ke Sat.docx", docx, "provenance", "true")
                .post(uri("/api/v1/check")).build()));
        assertThat(JSON.writeValueAsString(wrapped.get("result"))).isEqualTo(JSON.writeValueAsString(json(response)));
        assertThat(wrapped.at("/document/name").asText()).isEqualTo("KH Ke Sat.docx");
        JsonNode date = wrapped.at("/document/provenance/~1conference~1date");
        assertThat(date.get("firstLine").asInt()).isPositive();
        assertThat(date.get("text").asText()).contains("2025");
    }

    @Test
    @DisplayName("the OCR text of Đại Sơn is checked with the Hải Phòng pack: one session, not one day")
    void textUpload() throws Exception {
        HttpResponse<String> response = Fixtures.send(Fixtures.Multipart.of("file", "002-dai-son-ocr.txt",
                Fixtures.bytes(Fixtures.DAI_SON_OCR)).post(uri("/api/v1/check")).build());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json(response).at("/reports/0");
        assertThat(report.get("pack").asText()).isEqualTo("hai-phong");
        assertThat(report.get("verdict").asText()).isEqualTo("REJECT");
        assertThat(report.get("findings").findValuesAsText("ruleId")).contains("HP-02");
        assertThat(report.at("/plan/source").asText()).isEqualTo("002-dai-son-ocr.txt");
    }

    @Test
    @DisplayName("malformed JSON is a 400 problem naming the line and column; a wrong field names the field")
    void malformedJson() throws Exception {
        HttpResponse<String> broken = Fixtures.send(Fixtures.postJson(uri("/api/v1/check?lang=en"),
                "{\n  \"unit\": {\"name\": \"Kẻ Sặt\",\n   \"province\" \"Hải Phòng\"}\n}".getBytes(StandardCharsets.UTF_8))
                .build());
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(broken);
        assertThat(problem.get("type").asText()).isEqualTo("urn:tdkt:problem:unreadable-plan");
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("column").asInt()).isPositive();
        assertThat(problem.get("detail").asText()).isEqualTo(problem.get("detail_en").asText()).contains("line 3");
        assertThat(problem.get("detail_vi").asText()).contains("dòng 3");

        ObjectNode plan = (ObjectNode) JSON.readTree(Fixtures.EXAMPLES.resolve("plans/hai-phong/ke-sat.json").toFile());
        ((ObjectNode) plan.get("delegation")).put("total", "một trăm");
        JsonNode wrongType = json(Fixtures.send(Fixtures.postJson(uri("/api/v1/check"),
                JSON.writeValueAsBytes(plan)).build()));
        assertThat(wrongType.get("status").asInt()).isEqualTo(400);
        assertThat(wrongType.get("field").asText()).isEqualTo("/delegation/total");
        assertThat(wrongType.get("title").asText()).isEqualTo("Kế hoạch không đọc được"); // Vietnamese by default
    }

    @Test
    @DisplayName("a 0-byte .pdf and a text named .docx are 415 problems with the importer's reason in both languages")
    void unreadableDocuments() throws Exception {
        JsonNode empty = json(Fixtures.send(Fixtures.Multipart.of("file", "ke-hoach.pdf", new byte[0])
                .post(uri("/api/v1/check")).build()));
        assertThat(empty.get("status").asInt()).isEqualTo(415);
        assertThat(empty.get("type").asText()).isEqualTo("urn:tdkt:problem:unsupported-document");
        assertThat(empty.get("kind").asText()).isNotBlank();

        JsonNode renamed = json(Fixtures.send(Fixtures.Multipart.of("file", "ke-sat.docx",
                Fixtures.bytes(Fixtures.KE_SAT_TEXT), "lang", "en").post(uri("/api/v1/check")).build()));
        assertThat(renamed.get("status").asInt()).isEqualTo(415);
        assertThat(renamed.get("kind").asText()).isEqualTo("NOT_A_DOCUMENT");
        assertThat(renamed.get("detail").asText()).isEqualTo(renamed.get("detail_en").asText())
                .contains("ke-sat.docx").contains("Word");
        assertThat(renamed.get("detail_vi").asText()).contains("Word");
        assertThat(renamed.toString()).doesNotContain("Exception").doesNotContain("poi");
    }

    @Test
    @DisplayName("an upload over the limit is a 413 problem, and nothing below the limit is spooled to disk")
    void overTheLimit() throws Exception {
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> response = Fixtures.send(Fixtures.Multipart.of("file", "big.txt", big)
                .post(uri("/api/v1/check")).build());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("type").asText()).isEqualTo("urn:tdkt:problem:too-large");
        assertThat(multipart.getFileSizeThreshold()).isGreaterThanOrEqualTo((int) multipart.getMaxFileSize());
    }

    @Test
    @DisplayName("a plan that no pack fits is a 422 problem that names its province and the packs")
    void noPackFits() throws Exception {
        ObjectNode plan = (ObjectNode) JSON.readTree(Fixtures.EXAMPLES.resolve("plans/hai-phong/ke-sat.json").toFile());
        ((ObjectNode) plan.get("unit")).put("province", "Gotham");
        plan.remove("implementsGuidance");
        JsonNode problem = json(Fixtures.send(Fixtures.postJson(uri("/api/v1/check"), JSON.writeValueAsBytes(plan))
                .build()));
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("type").asText()).isEqualTo("urn:tdkt:problem:no-pack");
        assertThat(problem.get("province").asText()).isEqualTo("Gotham");
        assertThat(problem.get("detail_vi").asText()).contains("Gotham").contains("pack");
    }

    @Test
    @DisplayName("20 requests at once are all answered, each with its own plan's report")
    void concurrentRequests() throws Exception {
        List<Path> plans = Fixtures.seedPlans();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Path plan = plans.get(i % plans.size());
                answers.add(clients.submit(() -> Fixtures.send(Fixtures.postJson(uri("/api/v1/check"),
                        Fixtures.bytes(plan)).build())));
            }
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> response = answers.get(i).get();
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo(libraryReport(PlanJson.read(plans.get(i % plans.size())), null));
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    @DisplayName("an NDJSON batch answers a line per input line, in order, a bad line in the middle rejected")
    void batch() throws Exception {
        List<String> lines = new ArrayList<>();
        for (Path plan : Fixtures.seedPlans()) {
            lines.add(JSON.readTree(plan.toFile()).toString());
        }
        lines.add(2, "{\"unit\": {\"name\": ");
        HttpResponse<String> response = Fixtures.send(HttpRequest.newBuilder(uri("/api/v1/check/batch"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines) + "\n")).build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-ndjson"));
        List<String> answers = response.body().lines().toList();
        assertThat(answers).hasSize(lines.size());
        for (int i = 0; i < answers.size(); i++) {
            JsonNode answer = JSON.readTree(answers.get(i));
            if (i == 2) {
                assertThat(answer.at("/rejected/line").asInt()).isEqualTo(3);
                assertThat(answer.at("/rejected/kind").asText()).isEqualTo("UNREADABLE");
            } else {
                Plan plan = PlanJson.read(lines.get(i), "request");
                assertThat(answers.get(i) + "\n").isEqualTo(ReportJson.line(Packs.onClassPath()
                        .engine(Packs.onClassPath().choose(plan).packId()).evaluate(plan, "request:" + (i + 1))));
            }
        }
    }

    @Test
    @DisplayName("a batch with an unknown pack or a day the pack has no values for is a 400 problem before any line")
    void batchParameters() throws Exception {
        for (String query : List.of("pack=atlantis", "pack=hai-phong&asOf=2020-01-01", "asOf=tomorrow")) {
            HttpResponse<String> response = Fixtures.send(HttpRequest.newBuilder(uri("/api/v1/check/batch?" + query))
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString("{}\n"))
                    .build());
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(json(response).get("type").asText()).isEqualTo("urn:tdkt:problem:bad-parameter");
        }
    }

    @Test
    @DisplayName("a stream over the batch limit ends with a line that says the rest was not read")
    void batchOverTheLimit() throws Exception {
        String plan = JSON.readTree(Fixtures.seedPlans().get(0).toFile()).toString();
        StringBuilder body = new StringBuilder();
        while (body.length() <= 1024 * 1024) {
            body.append(plan).append('\n');
        }
        HttpResponse<String> response = Fixtures.send(HttpRequest.newBuilder(uri("/api/v1/check/batch"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        body.toString().getBytes(StandardCharsets.UTF_8)))).build());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> answers = response.body().lines().toList();
        JsonNode last = JSON.readTree(answers.get(answers.size() - 1));
        assertThat(last.at("/rejected/reason").asText()).contains("limit");
        assertThat(last.at("/rejected/line").asInt()).isEqualTo(answers.size());
    }

    @Test
    @DisplayName("the packs and the health say what is loaded")
    void packsAndHealth() throws Exception {
        JsonNode packs = json(Fixtures.send(HttpRequest.newBuilder(uri("/api/v1/packs")).build()));
        assertThat(packs.get("packs").findValuesAsText("id")).containsExactly("hai-phong", "lang-son", "national");
        assertThat(packs.at("/packs/0/provinces/0").asText()).isEqualTo("Hải Phòng");
        assertThat(packs.at("/packs/0/guidance/number").asText()).isEqualTo("3194/QĐ-UBND");
        JsonNode health = json(Fixtures.send(HttpRequest.newBuilder(uri("/api/v1/health")).build()));
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("packs")).hasSize(3);
    }

    @Test
    @DisplayName("no such address, a wrong method, a wrong media type: problems without a trace or a class name")
    void errorsSayNothingOfTheInsides() throws Exception {
        HttpResponse<String> missing = Fixtures.send(HttpRequest.newBuilder(uri("/api/v1/nothing")).build());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> method = Fixtures.send(HttpRequest.newBuilder(uri("/api/v1/check")).build());
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("POST"));
        HttpResponse<String> media = Fixtures.send(HttpRequest.newBuilder(uri("/api/v1/check"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("a,b")).build());
        assertThat(media.statusCode()).isEqualTo(415);
        HttpResponse<String> page = Fixtures.send(HttpRequest.newBuilder(uri("/nothing/here")).build());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("Không tìm thấy").contains("/nothing/here");
        for (HttpResponse<String> response : List.of(missing, method, media, page)) {
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("java.")
                    .doesNotContain("Tomcat").doesNotContain("springframework");
        }
        assertThat(json(missing).get("detail_vi").asText()).contains("/api/v1/nothing");
    }
}
