package vn.tdkt.pack;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.model.SessionLength;

/**
 * A rule's title with the parameters it names filled in, so that a title never repeats a value the parameters hold:
 * "Hoàn thành trước ngày {conference.deadline}" is "Hoàn thành trước ngày 25/8/2025" in Hải Phòng.
 *
 * <p>{@code {name}} shows the value (a date as Vietnamese titles write it, 25/8/2025, and in English 25 August 2025);
 * {@code {name:length}} shows a number of sessions as a length ("01 buổi", "one session"); {@code {name:complement}}
 * shows 100 minus a share (the 30 of "70/30").
 */
final class Titles {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][\\w.\\-]*)(?::(length|complement))?}");
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Titles() {}

    /** The title with its parameters' values; throws {@link IllegalArgumentException} naming a parameter it lacks. */
    static LocalizedText render(LocalizedText template, Parameters parameters) {
        if (template == null) {
            return null;
        }
        return new LocalizedText(render(template.vi(), parameters, false), render(template.en(), parameters, true));
    }

    private static String render(String template, Parameters parameters, boolean english) {
        if (template == null || template.indexOf('{') < 0) {
            return template;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            ParameterValue value = parameters.values().get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("the title \"" + template + "\" names parameter " + m.group(1)
                        + ", which the pack does not define");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(show(value, m.group(2), english)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String show(ParameterValue value, String format, boolean english) {
        if ("length".equals(format)) {
            SessionLength length = SessionLength.ofSessions(value.asInt());
            return english ? length.labelEn() : length.label();
        }
        if ("complement".equals(format)) {
            return String.valueOf(100 - value.asInt());
        }
        String text = value.asText();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(text).format(english ? EN : VI);
        }
        return text;
    }
}
