package vn.tdkt.importer.guidance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.model.ActivityKind;
import vn.tdkt.model.ProgramItemKind;

/**
 * The starter of a draft's {@code cases/} (the format of {@link vn.tdkt.cases.PackCases}): a plan of a made-up
 * commune of the province, built from the draft's parameters so that every bound rule passes ({@code base.json}),
 * and for every bound check a case that changes the fact it reads so that it fires ({@code rules.yaml}). The
 * official reviews them with the pack, adds the province's own, and runs them with {@code tdkt pack test}.
 */
final class StarterCases {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StarterCases() {}

    static Map<String, String> write(GuidanceDrafter.Draft draft, GuidanceDrafter.Options options) {
        Map<String, String> files = new LinkedHashMap<>();
        try {
            ObjectNode plan = plan(draft);
            files.put("cases/base.json", JSON.writeValueAsString(plan) + "\n");
            files.put("cases/rules.yaml", cases(draft, plan));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    @SuppressWarnings("unchecked")
    static ObjectNode plan(GuidanceDrafter.Draft draft) {
        Map<String, Fact> p = draft.kept();
        GuidanceReading r = draft.reading();
        ObjectNode plan = JSON.createObjectNode();
        ObjectNode unit = plan.putObject("unit");
        unit.put("name", "Mẫu Sơn");
        unit.put("level", "COMMUNE");
        if (r.province() != null) {
            unit.put("province", r.province());
        }
        unit.put("reorganised", true);
        LocalDate conference = p.containsKey("conference.deadline")
                ? ((LocalDate) p.get("conference.deadline").value()).minusDays(1) : draft.from().plusDays(10);
        LocalDate planDate = draft.from().plusDays(1);
        if (p.containsKey("plan.deadline")) {
            LocalDate deadline = ((LocalDate) p.get("plan.deadline").value()).minusDays(1);
            planDate = deadline.isBefore(planDate) ? deadline : planDate;
        }
        if (planDate.isBefore(draft.from())) {
            planDate = draft.from();
        }
        ObjectNode document = plan.putObject("document");
        document.put("issuer", "Ủy ban nhân dân xã Mẫu Sơn");
        document.put("number", "01/KH-UBND");
        document.put("date", planDate.toString());
        document.put("title", "Kế hoạch tổ chức Hội nghị tuyên dương điển hình tiên tiến xã Mẫu Sơn");
        if (r.number() != null) {
            ObjectNode g = plan.putArray("implementsGuidance").addObject();
            if (r.issuer() != null) {
                g.put("issuer", r.issuer());
            }
            g.put("number", r.number());
            if (r.date() != null) {
                g.put("date", r.date().toString());
            }
        }
        ObjectNode c = plan.putObject("conference");
        c.put("form", p.containsKey("conference.form") ? (String) p.get("conference.form").value()
                : "Hội nghị tuyên dương điển hình tiên tiến");
        int termFrom = p.containsKey("term.from") ? (Integer) p.get("term.from").value() : 2025;
        int termTo = p.containsKey("term.to") ? (Integer) p.get("term.to").value() : 2030;
        if (p.containsKey("conference.name")) {
            c.put("name", ((String) p.get("conference.name").value()).replace("{unit}", "xã Mẫu Sơn")
                    .replace("{edition}", "I").replace("{term}", termFrom + " - " + termTo));
        }
        c.put("edition", 1);
        c.putObject("term").put("from", termFrom).put("to", termTo);
        c.put("date", conference.toString());
        c.put("dateQualifier", "ON");
        c.put("length", "ONE_SESSION");
        int evalFrom = p.containsKey("evaluation.from") ? (Integer) p.get("evaluation.from").value() : 2020;
        int evalTo = p.containsKey("evaluation.to") ? (Integer) p.get("evaluation.to").value() : 2025;
        plan.putObject("evaluationPeriod").put("from", evalFrom).put("to", evalTo);
        ObjectNode d = plan.putObject("delegation");
        int total = p.containsKey("delegates.max") ? (Integer) p.get("delegates.max").value() : 150;
        d.put("total", total);
        int share = p.containsKey("delegates.exemplarPercent") ? (Integer) p.get("delegates.exemplarPercent").value() : 70;
        d.put("exemplarPercent", share);
        d.put("guestPercent", 100 - share);
        ArrayNode groups = d.putArray("priorityGroups");
        if (p.containsKey("delegates.priorityGroups")) {
            ((List<String>) p.get("delegates.priorityGroups").value()).forEach(groups::add);
        }
        d.put("publicVetting", true);
        d.put("balanced", true);
        ArrayNode programme = plan.putArray("programme");
        if (p.containsKey("programme.items")) {
            for (String kind : (List<String>) p.get("programme.items").value()) {
                ProgramItemKind k = ProgramItemKind.valueOf(kind);
                String text = k == ProgramItemKind.LAUNCH ? "Phát động phong trào thi đua giai đoạn " + termFrom + " - " + termTo
                        : k == ProgramItemKind.SUMMARY_REPORT ? "Báo cáo tổng kết phong trào thi đua và công tác khen thưởng giai đoạn "
                        + evalFrom + " - " + evalTo + ", phương hướng, nhiệm vụ giai đoạn " + termFrom + " - " + termTo
                        : k.label();
                programme.addObject().put("kind", kind).put("text", text);
            }
        }
        plan.putArray("presenterFields").add("nông nghiệp").add("giáo dục").add("y tế");
        ArrayNode activities = plan.putArray("activities");
        if (p.containsKey("activities.recommended")) {
            for (String kind : (List<String>) p.get("activities.recommended").value()) {
                activities.addObject().put("kind", kind).put("text", ActivityKind.valueOf(kind).label());
            }
        }
        ArrayNode outline = plan.putArray("reportOutline");
        if (p.containsKey("report.parts")) {
            ((List<String>) p.get("report.parts").value()).forEach(outline::add);
        }
        plan.put("coversPreMergerAchievements", true);
        ArrayNode deadlines = plan.putArray("deadlines");
        String recipient = p.containsKey("report.recipient") ? (String) p.get("report.recipient").value() : null;
        if (p.containsKey("plan.deadline")) {
            ObjectNode step = deadlines.addObject().put("kind", "PLAN_SUBMISSION")
                    .put("date", ((LocalDate) p.get("plan.deadline").value()).minusDays(1).toString()).put("qualifier", "ON");
            if (recipient != null) {
                step.put("recipient", recipient);
            }
            step.put("text", "Gửi Kế hoạch về " + (recipient != null ? recipient : "cấp trên"));
        }
        if (p.containsKey("results.deadline")) {
            LocalDate due = ((LocalDate) p.get("results.deadline").value()).minusDays(1);
            ObjectNode step = deadlines.addObject().put("kind", "RESULT_REPORT")
                    .put("date", (due.isBefore(conference) ? conference : due).toString()).put("qualifier", "ON");
            if (recipient != null) {
                step.put("recipient", recipient);
            }
            step.put("text", "Báo cáo kết quả tổ chức Hội nghị về " + (recipient != null ? recipient : "cấp trên"));
        }
        ArrayNode contents = plan.putArray("resultReportContents");
        if (p.containsKey("results.contents")) {
            ((List<String>) p.get("results.contents").value()).forEach(contents::add);
        }
        plan.put("solemnAndEconomical", true);
        return plan;
    }

    /** A case: its name, the changes (pointer → JSON value, or a pointer to remove) and the finding it must bring. */
    private record Starter(String name, Map<String, String> set, List<String> remove, String severity,
                           String pointer) {
    }

    /** The case file: the base plan passes every rule, and each bound check fires on a change of its fact. */
    static String cases(GuidanceDrafter.Draft draft, ObjectNode plan) {
        StringBuilder y = new StringBuilder();
        y.append("# Cases of the draft (see docs/adding-a-province.md; run them with tdkt pack test DIR): the base plan,\n")
                .append("# made from the parameters, passes every rule; each case changes one fact so that one rule fires.\n")
                .append("# Review them against the guidance, and add the province's own.\n")
                .append("base: base.json\nbase-is-compliant: true\ncases:\n");
        List<String> ids = draft.rules().stream().map(GuidanceDrafter.BoundRule::id).toList();
        y.append("  - name: the base plan passes every rule\n    silent: [").append(String.join(", ", ids)).append("]\n");
        for (GuidanceDrafter.BoundRule rule : draft.rules()) {
            for (String check : rule.checks()) {
                Starter s = starter(check, draft, plan);
                if (s == null) {
                    continue;
                }
                y.append("  - name: ").append(quote(rule.id() + " " + s.name())).append('\n');
                if (!s.set().isEmpty()) {
                    y.append("    set: {");
                    y.append(String.join(", ", s.set().entrySet().stream()
                            .map(e -> e.getKey() + ": " + e.getValue()).toList()));
                    y.append("}\n");
                }
                if (!s.remove().isEmpty()) {
                    y.append("    remove: [").append(String.join(", ", s.remove())).append("]\n");
                }
                y.append("    expect:\n      - {rule: ").append(rule.id()).append(", severity: ").append(s.severity())
                        .append(", pointer: ").append(s.pointer()).append("}\n");
            }
        }
        return y.toString();
    }

    /** The change that makes the check fire on the base plan, or null for a check with none to offer. */
    @SuppressWarnings("unchecked")
    private static Starter starter(String check, GuidanceDrafter.Draft draft, ObjectNode plan) {
        Map<String, Fact> p = draft.kept();
        switch (check) {
            case "conference.form":
                return new Starter("another form", Map.of("/conference/form", "\"Hội nghị tổng kết\""), List.of(),
                        "VIOLATION", "/conference/form");
            case "conference.sessions": {
                int sessions = (Integer) p.get("conference.sessions").value();
                return new Starter("longer than allowed", Map.of("/conference/length",
                        sessions < 2 ? "TWO_SESSIONS" : "SEVERAL_DAYS"), List.of(), "VIOLATION", "/conference/length");
            }
            case "conference.deadline": {
                LocalDate late = ((LocalDate) p.get("conference.deadline").value()).plusDays(1);
                return new Starter("held the day after the deadline", Map.of("/conference/date", "\"" + late + "\""),
                        List.of(), "VIOLATION", "/conference/date");
            }
            case "delegates.cap": {
                int over = (Integer) p.get("delegates.max").value() + 1;
                return new Starter(over + " delegates", Map.of("/delegation/total", String.valueOf(over)), List.of(),
                        "VIOLATION", "/delegation/total");
            }
            case "delegates.composition": {
                int share = (Integer) p.get("delegates.exemplarPercent").value();
                int far = share > 50 ? share - 40 : share + 40;
                Map<String, String> set = new LinkedHashMap<>();
                set.put("/delegation/exemplarPercent", String.valueOf(far));
                set.put("/delegation/guestPercent", String.valueOf(100 - far));
                return new Starter("exemplars at " + far + " %", set, List.of(), "VIOLATION",
                        "/delegation/exemplarPercent");
            }
            case "delegates.priority-groups":
                return new Starter("no priority group named", Map.of("/delegation/priorityGroups", "[]"), List.of(),
                        "ADVICE", "/delegation/priorityGroups");
            case "delegates.vetting":
                return new Starter("delegates not vetted publicly", Map.of("/delegation/publicVetting", "false"),
                        List.of(), "VIOLATION", "/delegation/publicVetting");
            case "delegates.balance":
                return new Starter("the delegation not balanced", Map.of("/delegation/balanced", "false"), List.of(),
                        "VIOLATION", "/delegation/balanced");
            case "programme.items": {
                int last = plan.path("programme").size() - 1;
                List<String> optional = p.containsKey("programme.optional")
                        ? (List<String>) p.get("programme.optional").value() : List.of();
                if (last < 0 || optional.contains(plan.path("programme").get(last).path("kind").asText())) {
                    return null;
                }
                return new Starter("the programme's last item missing", Map.of(), List.of("/programme/" + last),
                        "VIOLATION", "/programme");
            }
            case "programme.order": {
                int last = plan.path("programme").size() - 1;
                if (last < 1) {
                    return null;
                }
                Map<String, String> set = new LinkedHashMap<>();
                set.put("/programme/0", plan.path("programme").get(last).toString());
                set.put("/programme/" + last, plan.path("programme").get(0).toString());
                return new Starter("the first and last items swapped", set, List.of(), "ADVICE", "/programme/0");
            }
            case "programme.launch-period": {
                int launch = index(plan.path("programme"), "LAUNCH");
                if (launch < 0) {
                    return null;
                }
                int from = (Integer) p.get("term.from").value();
                int to = (Integer) p.get("term.to").value();
                return new Starter("the movement launched for another period", Map.of("/programme/" + launch + "/period",
                        "{from: " + (from - 5) + ", to: " + (to - 5) + "}"), List.of(), "VIOLATION", "/programme/" + launch);
            }
            case "activities.recommended":
                return plan.path("activities").isEmpty() ? null : new Starter("an activity missing", Map.of(),
                        List.of("/activities/0"), "ADVICE", "/activities");
            case "scope.pre-merger":
                return new Starter("the pre-merger units left out of the review",
                        Map.of("/coversPreMergerAchievements", "false"), List.of(), "VIOLATION",
                        "/coversPreMergerAchievements");
            case "evaluation.period": {
                int from = (Integer) p.get("evaluation.from").value();
                return new Starter("another evaluation period", Map.of("/evaluationPeriod/from",
                        String.valueOf(from + 1)), List.of(), "VIOLATION", "/evaluationPeriod");
            }
            case "report.outline":
                return plan.path("reportOutline").isEmpty() ? null : new Starter("a part of the report missing",
                        Map.of(), List.of("/reportOutline/0"), "ADVICE", "/reportOutline");
            case "presentations.fields":
                return new Starter("every presentation from one field", Map.of("/presenterFields",
                        "[\"y tế\", \"y tế\"]"), List.of(), "ADVICE", "/presenterFields");
            case "plan.deadline": {
                LocalDate late = ((LocalDate) p.get("plan.deadline").value()).plusDays(1);
                Map<String, String> set = new LinkedHashMap<>();
                set.put("/document/date", "\"" + late + "\"");
                return new Starter("the plan signed after the deadline", set, List.of(), "VIOLATION", "/document/date");
            }
            case "plan.recipient":
            case "results.recipient": {
                int step = index(plan.path("deadlines"), check.equals("plan.recipient") ? "PLAN_SUBMISSION" : "RESULT_REPORT");
                return step < 0 ? null : new Starter("sent only to the commune's own committee", Map.of("/deadlines/"
                        + step + "/recipient", "\"Ủy ban nhân dân xã Mẫu Sơn\""), List.of(), "VIOLATION",
                        "/deadlines/" + step + "/recipient");
            }
            case "results.deadline": {
                int step = index(plan.path("deadlines"), "RESULT_REPORT");
                LocalDate late = ((LocalDate) p.get("results.deadline").value()).plusDays(1);
                return step < 0 ? null : new Starter("the results reported after the deadline", Map.of("/deadlines/"
                        + step + "/date", "\"" + late + "\""), List.of(), "VIOLATION", "/deadlines/" + step + "/date");
            }
            case "results.contents":
                return plan.path("resultReportContents").isEmpty() ? null : new Starter("a content of the result report "
                        + "missing", Map.of(), List.of("/resultReportContents/0"), "WARNING", "/resultReportContents");
            case "manner.solemn":
                return new Starter("the plan says it is not economical", Map.of("/solemnAndEconomical", "false"),
                        List.of(), "VIOLATION", "/solemnAndEconomical");
            default:
                return null;
        }
    }

    private static int index(com.fasterxml.jackson.databind.JsonNode list, String kind) {
        for (int i = 0; i < list.size(); i++) {
            if (kind.equals(list.get(i).path("kind").asText())) {
                return i;
            }
        }
        return -1;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
