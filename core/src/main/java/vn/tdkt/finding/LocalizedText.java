package vn.tdkt.finding;

import java.util.Locale;
import java.util.Objects;
import vn.tdkt.model.Labelled;

/**
 * A text in Vietnamese and in English: a finding's message, or a value a rule reports ("01 buổi" / "one session"),
 * shown in the language of the message it fills.
 *
 * @param vi the text in Vietnamese, the language of the guidance and of the officials who read the report
 * @param en the text in English
 */
public record LocalizedText(String vi, String en) implements Labelled {
    /** Both languages are required: a report never falls back from one to the other. */
    public LocalizedText {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    /** A value written the same in both languages: a number, a date, a document's number. */
    public static LocalizedText of(String same) {
        return same == null ? null : new LocalizedText(same, same);
    }

    /** The text in the language of the locale: Vietnamese for "vi", English otherwise. */
    public String in(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? vi : en;
    }

    @Override
    public String label() {
        return vi;
    }

    @Override
    public String labelEn() {
        return en;
    }
}
