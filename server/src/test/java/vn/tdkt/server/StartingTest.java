package vn.tdkt.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Until the server has run its first checks, its health says STARTING with a 503, so that a load balancer sends no
 * official's request to a cold server; then UP with a 200.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tdkt.warm-up-plans=0")
class StartingTest {
    @MockitoBean
    WarmUp warmUp;

    @LocalServerPort
    int port;

    private HttpResponse<String> health() {
        return Fixtures.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/health")).build());
    }

    @Test
    @DisplayName("health is STARTING (503) before the warm-up has run, UP (200) after")
    void startingThenUp() {
        when(warmUp.done()).thenReturn(false);
        HttpResponse<String> starting = health();
        assertThat(starting.statusCode()).isEqualTo(503);
        assertThat(starting.body()).contains("\"status\":\"STARTING\"");

        when(warmUp.done()).thenReturn(true);
        HttpResponse<String> up = health();
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).contains("\"status\":\"UP\"");
    }
}
