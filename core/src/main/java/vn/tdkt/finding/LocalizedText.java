package vn.tdkt.finding;

import java.util.Locale;
import java.util.Objects;

/** A message in Vietnamese and in English. */
public record LocalizedText(String vi, String en) {
    public LocalizedText {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    /** The text in the language of the locale: Vietnamese for "vi", English otherwise. */
    public String in(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? vi : en;
    }
}
