package vn.tdkt.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The hand-written OpenAPI description matches the code: the same operations, and answers its schemas accept. */
@ServerTest
class OpenApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode document;

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @BeforeEach
    void readDocument() throws Exception {
        HttpResponse<String> response = Fixtures.send(HttpRequest.newBuilder(uri("/api/v1/openapi.json")).build());
        assertThat(response.statusCode()).isEqualTo(200);
        document = JSON.readTree(response.body());
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    @DisplayName("every mapping under /api/v1 is in the document with its method and media types, and nothing else is")
    void operationsMatchTheCode() {
        Set<String> inCode = new HashSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (String path : info.getPathPatternsCondition().getPatternValues()) {
                if (!path.startsWith("/api/v1")) {
                    continue;
                }
                assertThat(info.getMethodsCondition().getMethods()).as(path).isNotEmpty();
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    String operation = method.name().toLowerCase(Locale.ROOT);
                    inCode.add(operation + " " + path);
                    JsonNode described = document.at("/paths/" + path.replace("/", "~1") + "/" + operation);
                    assertThat(described.isMissingNode()).as(operation + " " + path + " is described").isFalse();
                    for (MediaType consumed : info.getConsumesCondition().getConsumableMediaTypes()) {
                        assertThat(described.at("/requestBody/content").has(consumed.toString()))
                                .as(operation + " " + path + " takes " + consumed).isTrue();
                    }
                    for (MediaType produced : info.getProducesCondition().getProducibleMediaTypes()) {
                        assertThat(described.at("/responses/200/content").has(produced.toString()))
                                .as(operation + " " + path + " answers " + produced).isTrue();
                    }
                }
            }
        }
        Set<String> described = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(operation -> described.add(operation + " " + path.getKey()));
        }
        assertThat(described).containsExactlyInAnyOrderElementsOf(inCode);
    }

    private Set<String> errors(String schemaName, JsonNode value) {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$ref", "#/components/schemas/" + schemaName);
        schema.set("components", document.get("components"));
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        Set<String> messages = new HashSet<>();
        validator.validate(value).forEach(m -> messages.add(m.getMessage()));
        return messages;
    }

    @Test
    @DisplayName("the server's answers are valid against the document's schemas")
    void answersMatchTheSchemas() throws Exception {
        byte[] plan = Fixtures.bytes(Fixtures.EXAMPLES.resolve("plans/hai-phong/dai-son.json"));
        JsonNode report = JSON.readTree(Fixtures.send(Fixtures.postJson(uri("/api/v1/check?explain=true"), plan)
                .build()).body());
        assertThat(errors("Reports", report)).isEmpty();

        JsonNode wrapped = JSON.readTree(Fixtures.send(Fixtures.Multipart.of("file", "dai-son.txt",
                Fixtures.bytes(Fixtures.DAI_SON_OCR), "provenance", "true").post(uri("/api/v1/check")).build()).body());
        assertThat(errors("ProvenanceAnswer", wrapped)).isEmpty();

        JsonNode problem = JSON.readTree(Fixtures.send(Fixtures.postJson(uri("/api/v1/check"),
                "{".getBytes(StandardCharsets.UTF_8)).build()).body());
        assertThat(errors("Problem", problem)).isEmpty();
        assertThat(errors("Problem", JSON.readTree("{\"type\": \"urn:tdkt:problem:made-up\"}"))).isNotEmpty();

        HttpResponse<String> batch = Fixtures.send(HttpRequest.newBuilder(uri("/api/v1/check/batch"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.readTree(plan).toString() + "\n[]\n")).build());
        assertThat(batch.body().lines()).hasSize(2).allSatisfy(line -> {
            JsonNode answer = JSON.readTree(line);
            assertThat(errors(answer.has("rejected") ? "RejectedLine" : "Report", answer)).isEmpty();
        });

        assertThat(errors("Packs", JSON.readTree(Fixtures.send(HttpRequest.newBuilder(uri("/api/v1/packs")).build())
                .body()))).isEmpty();
        assertThat(errors("Health", JSON.readTree(Fixtures.send(HttpRequest.newBuilder(uri("/api/v1/health")).build())
                .body()))).isEmpty();
    }
}
