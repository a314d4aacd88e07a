package vn.tdkt.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With {@code tdkt.api.token} set, the API answers only requests that carry it (without it, {@link ApiTest}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tdkt.api.token=s3cret-token-for-the-test", "tdkt.warm-up-plans=0"})
class TokenTest {
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
        assertThat(get("/api/v1/health", "Bearer s3cret-token-for-the-test").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/health", "Bearer s3cret-token-for-the-test").body()).contains("UP");
    }
}
