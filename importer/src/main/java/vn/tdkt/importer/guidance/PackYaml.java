package vn.tdkt.importer.guidance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.model.DocumentRef;

/** Writes a draft's pack.yaml by hand: every string double-quoted, each value with its line as a comment. */
final class PackYaml {
    private PackYaml() {}

    static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("guidance.number", "Số hiệu văn bản mà gói mã hóa (CC-4)"),
            Map.entry("guidance.province", "Tỉnh, thành phố ban hành văn bản mà gói mã hóa (CC-4)"),
            Map.entry("report.recipient", "Nơi nhận kế hoạch và báo cáo kết quả"),
            Map.entry("deadline.reading", "Cách đọc hạn khi kế hoạch chọn đúng ngày hạn"),
            Map.entry("conference.form", "Hình thức tổ chức"),
            Map.entry("conference.deadline", "Hạn hoàn thành Hội nghị"),
            Map.entry("conference.sessions", "Số buổi tổ chức Hội nghị tối đa"),
            Map.entry("delegates.max", "Số lượng đại biểu tối đa"),
            Map.entry("delegates.exemplarPercent", "Tỷ lệ đại biểu điển hình tiên tiến (khoảng)"),
            Map.entry("delegates.tolerance", "Dung sai của \"khoảng\" (điểm phần trăm); văn bản không định lượng: giá trị của khung chung"),
            Map.entry("delegates.farOffFactor", "Bội số của dung sai từ đó tỷ lệ lệch xa; văn bản không định lượng: giá trị của khung chung"),
            Map.entry("delegates.priorityGroups", "Các nhóm đại biểu cần chú trọng lựa chọn"),
            Map.entry("delegates.fieldShareMax", "Tỷ lệ tối đa (%) của một lĩnh vực; văn bản không định lượng: giá trị của khung chung"),
            Map.entry("programme.items", "Các nội dung chương trình Hội nghị, theo thứ tự"),
            Map.entry("programme.optional", "Các nội dung chương trình mà văn bản cho phép tùy chọn"),
            Map.entry("activities.recommended", "Các hoạt động trước và trong dịp tổ chức Hội nghị"),
            Map.entry("evaluation.from", "Năm đầu của thời kỳ đánh giá"),
            Map.entry("evaluation.to", "Năm cuối của thời kỳ đánh giá"),
            Map.entry("report.parts", "Các phần của báo cáo tổng kết"),
            Map.entry("conference.name", "Mẫu tên Hội nghị ({unit}, {edition}, {term})"),
            Map.entry("term.from", "Năm đầu nhiệm kỳ trong tên Hội nghị"),
            Map.entry("term.to", "Năm cuối nhiệm kỳ trong tên Hội nghị"),
            Map.entry("plan.deadline", "Hạn báo cáo kế hoạch"),
            Map.entry("results.deadline", "Hạn báo cáo kết quả"),
            Map.entry("results.contents", "Hồ sơ báo cáo kết quả"));

    static String write(GuidanceDrafter.Draft draft, GuidanceDrafter.Options options, String source,
                        Set<String> fromBaseline) {
        GuidanceReading r = draft.reading();
        StringBuilder y = new StringBuilder();
        y.append("# DRAFT of the ").append(draft.id()).append(" pack, read from ").append(source)
                .append(" by `tdkt pack draft`.\n");
        y.append("# Every value below was read from the line its comment names; README.md lists what was read, what\n");
        y.append("# was not (left for the official, never guessed) and what relaxes the national baseline (left out).\n");
        y.append("# Review each value against the signed text before use.\n");
        y.append("id: ").append(draft.id()).append('\n');
        y.append("version: \"").append(draft.from().getYear()).append('.').append(draft.from().getMonthValue())
                .append(".0-draft\"\n");
        if (r.province() != null) {
            y.append("jurisdiction: ").append(q(jurisdiction(r))).append('\n');
            y.append("provinces: [").append(q(r.province())).append("]\n");
        }
        y.append("includes: [common]\n");
        if (!draft.kept().containsKey("guidance.number") || !draft.kept().containsKey("guidance.province")) {
            y.append("# CC-4 (the plan implements this guidance) needs the guidance's number and province, not both read.\n");
            y.append("exclude: [CC-4]\n");
        }
        y.append("parent: national\n");
        y.append("guidance:\n");
        y.append("  issuer: ").append(q(r.issuer() != null ? r.issuer() : "(chưa đọc được: điền theo văn bản)")).append('\n');
        y.append("  number: ").append(q(r.number() != null ? r.number() : "(để trống trong văn bản)")).append('\n');
        y.append("  date: ").append(draft.from());
        if (r.date() == null) {
            y.append("  # the day is blank in the text: ").append(options.date() != null ? "given with --date"
                    : "the first day of the month it names");
        }
        y.append('\n');
        if (r.title() != null) {
            y.append("  title: ").append(q(r.title())).append('\n');
        }
        y.append("  citation: ").append(q(citation(r, draft.from()))).append('\n');
        y.append("\nparameters:\n");
        for (Fact f : draft.kept().values()) {
            y.append("  ").append(f.parameter()).append(":\n");
            y.append("    description: ").append(q(DESCRIPTIONS.getOrDefault(f.parameter(), f.parameter()))).append('\n');
            y.append("    values:\n");
            y.append("      # ").append(f.line());
            if (fromBaseline.contains(f.parameter())) {
                y.append(" (the clause it qualifies; the value is the national baseline's)");
            }
            y.append('\n');
            y.append("      - from: ").append(draft.from()).append('\n');
            y.append("        value: ").append(value(f.value())).append('\n');
            y.append("        clause: ").append(q(f.clause())).append('\n');
            y.append("        text: ").append(q(f.text())).append('\n');
        }
        y.append("\nrules:\n");
        for (GuidanceDrafter.BoundRule rule : draft.rules()) {
            y.append("  ").append(rule.id()).append(":  # ").append(rule.line()).append('\n');
            if (rule.checks().size() == 1) {
                y.append("    check: ").append(rule.checks().get(0)).append('\n');
            } else {
                y.append("    checks: [").append(String.join(", ", rule.checks())).append("]\n");
            }
            y.append("    clause: ").append(q(rule.clause())).append('\n');
            y.append("    text: ").append(q(rule.text())).append('\n');
        }
        return y.toString();
    }

    static String jurisdiction(GuidanceReading r) {
        String issuer = r.issuer();
        // "Ủy ban nhân dân tỉnh Quảng Ninh", "Ban Thi đua - Khen thưởng tỉnh Gia Lai": the province named at its end.
        int at = issuer == null ? -1 : Math.max(issuer.lastIndexOf(" tỉnh "), issuer.lastIndexOf(" thành phố "));
        if (at >= 0) {
            String rest = issuer.substring(at + 1);
            return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return r.province();
    }

    static String citation(GuidanceReading r, LocalDate from) {
        String issuer = r.issuer() != null ? r.issuer() : "(cơ quan ban hành chưa đọc được)";
        String number = r.number() != null ? "số " + r.number() : "số (để trống)";
        String day = r.date() != null ? "ngày " + GuidanceDrafter.vnDate(r.date()) : "(ngày để trống)";
        String code = r.number() == null ? null : DocumentRef.normaliseNumber(r.number());
        boolean decision = code != null ? code.contains("/QD")
                : r.header().values().stream().anyMatch(f -> "Quyết định".equals(f.clause()));
        boolean guidance = code != null ? code.contains("/HD")
                : r.header().values().stream().anyMatch(f -> "Hướng dẫn".equals(f.clause()));
        return issuer + ", " + (decision ? "Kế hoạch ban hành kèm theo Quyết định " : guidance ? "Hướng dẫn " : "Kế hoạch ")
                + number + " " + day;
    }

    static String value(Object value) {
        if (value instanceof Integer || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(String::valueOf).toList()) + "]";
        }
        return q(String.valueOf(value));
    }

    /** A YAML double-quoted scalar. */
    static String q(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
