package vn.tdkt.batch;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tdkt.model.ActivityKind;
import vn.tdkt.model.ProgramItemKind;
import vn.tdkt.model.ReportPart;
import vn.tdkt.model.ResultReportItem;

/**
 * What the plan generator writes when neither the pack that checks a province nor the national baseline has a value
 * of a parameter: the generic guidance of the 2025 exemplar conferences, as most provincial texts word it. The one
 * place for such defaults; a pack's value always wins over them.
 */
final class GuidanceDefaults {
    /** The conference is held before this day. */
    static final LocalDate CONFERENCE_DEADLINE = LocalDate.of(2025, 8, 25);
    /** The plan is sent to the province's Emulation and Commendation Council before this day. */
    static final LocalDate PLAN_DEADLINE = LocalDate.of(2025, 8, 15);
    /** The results are reported to the province before this day. */
    static final LocalDate RESULTS_DEADLINE = LocalDate.of(2025, 8, 30);
    static final int DELEGATES_MAX = 150;
    static final int EXEMPLAR_PERCENT = 70;
    static final int TOLERANCE = 5;
    static final int SESSIONS = 1;
    static final int EVALUATION_FROM = 2020;
    static final int EVALUATION_TO = 2025;
    static final int TERM_FROM = 2025;
    static final int TERM_TO = 2030;
    static final String CONFERENCE_FORM = "Hội nghị điển hình tiên tiến";
    /** {unit}, {edition} and {term} as in a pack's conference.name. */
    static final String CONFERENCE_NAME = CONFERENCE_FORM + " {unit} lần thứ {edition} ({term})";

    /** The defaults by the name of the pack parameter they stand for. */
    static final Map<String, Object> BY_PARAMETER = Map.ofEntries(
            Map.entry("conference.deadline", CONFERENCE_DEADLINE),
            Map.entry("plan.deadline", PLAN_DEADLINE),
            Map.entry("results.deadline", RESULTS_DEADLINE),
            Map.entry("delegates.max", DELEGATES_MAX),
            Map.entry("delegates.exemplarPercent", EXEMPLAR_PERCENT),
            Map.entry("delegates.tolerance", TOLERANCE),
            Map.entry("conference.sessions", SESSIONS),
            Map.entry("evaluation.from", EVALUATION_FROM),
            Map.entry("evaluation.to", EVALUATION_TO),
            Map.entry("term.from", TERM_FROM),
            Map.entry("term.to", TERM_TO),
            Map.entry("conference.form", CONFERENCE_FORM),
            Map.entry("conference.name", CONFERENCE_NAME),
            Map.entry("programme.items", names(ProgramItemKind.values(), ProgramItemKind.OTHER)),
            Map.entry("activities.recommended", names(ActivityKind.values(), ActivityKind.OTHER)),
            Map.entry("report.parts", names(ReportPart.values(), null)),
            Map.entry("results.contents", names(ResultReportItem.values(), null)));

    private GuidanceDefaults() {}

    /** Where plans and results are sent when the pack names no report.recipient. */
    static String reportRecipient(boolean city) {
        return "Hội đồng Thi đua - Khen thưởng " + (city ? "thành phố" : "tỉnh") + " (qua Ban Thi đua - Khen thưởng)";
    }

    /** The default of a parameter; throws when there is none, so that a new parameter gets one here. */
    static Object of(String parameter) {
        return Objects.requireNonNull(BY_PARAMETER.get(parameter), () -> "no default for parameter " + parameter);
    }

    private static List<String> names(Enum<?>[] values, Enum<?> except) {
        return Arrays.stream(values).filter(v -> v != except).map(Enum::name).toList();
    }
}
