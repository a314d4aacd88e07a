package vn.tdkt.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tdkt.server.Problem;

/**
 * When {@code tdkt.api.token} is set, a request to {@code /api/**} must carry {@code Authorization: Bearer <token>};
 * any other is answered 401 before it reaches the API. The token is compared in constant time.
 */
public class TokenFilter extends OncePerRequestFilter {
    private final byte[] expected;
    private final ProblemResponses responses;

    public TokenFilter(String token, ProblemResponses responses) {
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (given != null && MessageDigest.isEqual(given.strip().getBytes(StandardCharsets.UTF_8), expected)) {
            chain.doFilter(request, response);
            return;
        }
        responses.write(new Problem(Problem.Type.UNAUTHORIZED,
                given == null ? "Yêu cầu cần tiêu đề Authorization: Bearer <mã truy cập>."
                        : "Mã truy cập không đúng.",
                given == null ? "The request needs the header Authorization: Bearer <token>."
                        : "The token is not right."), request, response);
    }
}
