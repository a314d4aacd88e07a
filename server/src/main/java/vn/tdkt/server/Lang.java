package vn.tdkt.server;

import java.util.Locale;
import vn.tdkt.finding.LocalizedText;

/** The language a person reads the answer in: Vietnamese unless English is asked for. */
public enum Lang {
    vi, en;

    /**
     * The language asked for: the {@code lang} parameter when it is {@code vi} or {@code en}, else English when the
     * request's Accept-Language puts English first, else Vietnamese.
     */
    public static Lang of(String param, String acceptLanguage) {
        if (param != null) {
            String p = param.strip().toLowerCase(Locale.ROOT);
            if (p.equals("en")) {
                return en;
            }
            if (p.equals("vi")) {
                return vi;
            }
        }
        if (acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")) {
            return en;
        }
        return vi;
    }

    /** The text in this language. */
    public String pick(String vi, String en) {
        return this == Lang.vi ? vi : en;
    }

    /** The text in this language. */
    public String pick(LocalizedText text) {
        return text == null ? null : pick(text.vi(), text.en());
    }

    /** The locale of the page's messages. */
    public Locale locale() {
        return this == Lang.vi ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
    }
}
