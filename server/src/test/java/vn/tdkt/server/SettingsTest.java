package vn.tdkt.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The server as a portal configures it: a token ({@code tdkt.api.token}: the API answers only requests that carry it;
 * without it, {@link ApiTest}) and a directory of packs read at start ({@code tdkt.packs-dir}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tdkt.api.token=s3cret-token-for-the-test", "tdkt.packs-dir=src/test/resources/packs",
                "tdkt.warm-up-plans=0"})
class SettingsTest {
    private static final String TOKEN = "Bearer s3cret-token-for-the-test";

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return Fixtures.send(request.build());
    }

    @Test
    @DisplayName("no token or a wrong one is a 401 problem asking for a bearer token; the right one passes")
    void token() {
        HttpResponse<String> none = get("/api/v1/health", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(none.body()).contains("urn:tdkt:problem:unauthorized").contains("Authorization: Bearer");

        assertThat(get("/api/v1/packs", "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/nothing", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/health", TOKEN).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/health", TOKEN).body()).contains("UP");
    }

    @Test
    @DisplayName("the packs of tdkt.packs-dir are listed and chosen for their province's plans")
    void packsDirectory() throws Exception {
        assertThat(get("/api/v1/packs", TOKEN).body()).contains("\"id\":\"quang-ninh\"").contains("999/KH-UBND");
        ObjectMapper json = new ObjectMapper();
        ObjectNode plan = (ObjectNode) json.readTree(Fixtures.EXAMPLES.resolve("plans/hai-phong/ke-sat.json").toFile());
        ((ObjectNode) plan.get("unit")).put("province", "Quảng Ninh");
        plan.remove("implementsGuidance");
        HttpResponse<String> report = Fixtures.send(Fixtures.postJson(URI.create("http://127.0.0.1:" + port
                + "/api/v1/check"), json.writeValueAsBytes(plan)).header("Authorization", TOKEN).build());
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(json.readTree(report.body()).at("/reports/0/pack").asText()).isEqualTo("quang-ninh");
    }
}
