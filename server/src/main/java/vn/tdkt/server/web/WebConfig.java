package vn.tdkt.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.Host;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tdkt.server.TdktProperties;

/** The web server's settings that {@code application.yaml} cannot say. */
@Configuration
public class WebConfig {

    /** The token filter on {@code /api/*}, when a token is set. */
    @Bean
    public FilterRegistrationBean<TokenFilter> tokenFilter(TdktProperties properties, ProblemResponses responses) {
        FilterRegistrationBean<TokenFilter> registration = new FilterRegistrationBean<>(
                new TokenFilter(properties.api().tokenRequired() ? properties.api().token() : "", responses));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setEnabled(properties.api().tokenRequired());
        return registration;
    }

    /** Every answer: its type is what it says (no sniffing), and a page's address goes to no other site. */
    @Bean
    public FilterRegistrationBean<OncePerRequestFilter> plainHeaders() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Referrer-Policy", "no-referrer");
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Tomcat's own error page (for what never reaches the application, such as a request line it cannot parse) shows
     * neither a report nor the server's name and version.
     */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> quietTomcatErrors() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof Host host) {
                ErrorReportValve valve = new ErrorReportValve();
                valve.setShowReport(false);
                valve.setShowServerInfo(false);
                host.getPipeline().addValve(valve);
            }
        });
    }
}
