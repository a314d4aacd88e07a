package vn.tdkt.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import vn.tdkt.server.web.ProblemAdvice;
import vn.tdkt.server.web.ProblemResponses;

/** An error nobody foresaw is a 500 problem that says nothing of the server's insides. */
class ProblemAdviceTest {
    @Test
    @DisplayName("an unexpected exception is a generic 500 problem in both languages: no class, no message, no trace")
    void unexpected() throws Exception {
        TdktProperties properties = new TdktProperties("127.0.0.1", 0, DataSize.ofMegabytes(4), DataSize.ofMegabytes(4),
                DataSize.ofMegabytes(20), Duration.ofSeconds(30), Duration.ofMinutes(1), 1, Duration.ofSeconds(1), 1,
                null, 0, new TdktProperties.Api(null));
        ObjectMapper mapper = new ObjectMapper();
        ProblemAdvice advice = new ProblemAdvice(new ProblemResponses(mapper), null, properties);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/check");
        request.addParameter("lang", "en");

        ResponseEntity<?> answer = advice.unexpected(
                new IllegalStateException("secret: /etc/tdkt/packs/x.yaml at vn.tdkt.Inner"), request);

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        String json = mapper.writeValueAsString(problem);
        assertThat(problem.getType().toString()).isEqualTo("urn:tdkt:problem:internal");
        assertThat(problem.getDetail()).startsWith("The server failed");
        assertThat(problem.getProperties()).containsKeys("detail_vi", "detail_en");
        assertThat(json).doesNotContain("IllegalState").doesNotContain("secret").doesNotContain("vn.tdkt")
                .doesNotContain("Exception");
    }
}
