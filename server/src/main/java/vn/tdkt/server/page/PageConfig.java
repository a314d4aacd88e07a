package vn.tdkt.server.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import vn.tdkt.server.Lang;
import vn.tdkt.server.web.ProblemResponses;

/** The page's language: Vietnamese, or English when the request says {@code lang=en}. */
@Configuration
public class PageConfig {
    @Bean
    public LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return Lang.of(ProblemResponses.param(request, "lang"), null).locale();
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("the language is chosen with the lang parameter");
            }
        };
    }
}
