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
 * The starter of a draft's {@code cases/}: a plan of a made-up commune of the province, built from the draft's
 * parameters so that every bound rule passes, and a note on the cases to derive from it.
 */
final class StarterCases {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StarterCases() {}

    static Map<String, String> write(GuidanceDrafter.Draft draft, GuidanceDrafter.Options options) {
        Map<String, String> files = new LinkedHashMap<>();
        try {
            files.put("cases/compliant-plan.json", JSON.writeValueAsString(plan(draft)) + "\n");
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
}
