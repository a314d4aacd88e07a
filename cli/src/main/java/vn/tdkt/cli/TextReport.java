package vn.tdkt.cli;

import java.io.PrintWriter;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.PlanIdentity;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Severity;
import vn.tdkt.finding.Verdict;

/**
 * Reports as text for people: per plan a header, the findings grouped by severity in aligned rows with the message
 * wrapped under them, and a total line.
 *
 * <pre>
 * xã Kẻ Sặt, Hải Phòng
 *   Plan     28/KH-UBND of 2025-08-04
 *   File     examples/plans/hai-phong/ke-sat.json
 *   Pack     hai-phong 2025.8.0
 *   Verdict  REJECT: at least one violation
 *
 *   VIOLATION (1)
 *     HP-04  II.1  /delegation/total  expected ≤ 150, found 151
 *                  151 delegates exceed the cap (≤ 150).
 *                  Plan: “Số lượng: 151 đại biểu”
 *
 *   1 violation, 0 warnings, 0 advice
 * </pre>
 */
final class TextReport {
    /** The language of the labels and messages. */
    enum Lang { vi, en }

    private static final int MAX_POINTER_COLUMN = 32;
    private static final int MAX_QUOTE = 240;
    private static final String INDENT = "    ";

    /** "page 2, lines 31-32: …", as the importer opens the quotes of the facts it read. */
    private static final Pattern LOCATION = Pattern.compile("(?:page (\\d+), )?lines? (\\d+)(?:-(\\d+))?: (.*)",
            Pattern.DOTALL);

    private final Lang lang;
    private final int width;
    private final boolean colour;

    TextReport(Lang lang, int width, boolean colour) {
        this.lang = lang;
        this.width = Math.max(width, 60);
        this.colour = colour;
    }

    void write(List<Report> reports, PrintWriter terminal) {
        // a plan's words reach the terminal with their control characters shown, never obeyed
        PrintWriter out = new PrintWriter(new VisibleWriter(terminal));
        for (int i = 0; i < reports.size(); i++) {
            if (i > 0) {
                out.println();
            }
            write(reports.get(i), out);
        }
        if (reports.size() > 1) {
            out.println();
            out.println(summary(reports));
        }
        out.flush();
    }

    void write(Report report, PrintWriter out) {
        PlanIdentity plan = report.plan();
        out.println(bold(plan.unit() + (plan.province() == null ? "" : ", " + plan.province())));
        List<String[]> header = new ArrayList<>();
        header.add(new String[] {label("Plan", "Kế hoạch"), document(plan)});
        if (plan.source() != null) {
            header.add(new String[] {label("File", "Tệp"), plan.source()});
        }
        header.add(new String[] {label("Pack", "Bộ quy tắc"), report.pack()
                + (report.packVersion() == null ? "" : " " + report.packVersion())});
        header.add(new String[] {label("Verdict", "Kết luận"), verdict(report.verdict())});
        int labelWidth = header.stream().mapToInt(h -> length(h[0])).max().orElse(0);
        for (String[] row : header) {
            out.println("  " + pad(row[0], labelWidth) + "  " + row[1]);
        }

        if (report.findings().isEmpty()) {
            out.println();
            out.println("  " + label("No findings.", "Không có phát hiện nào."));
        }
        Layout layout = layout(report.findings());
        for (Severity severity : Severity.values()) {
            List<Finding> findings = report.findings(severity);
            if (findings.isEmpty()) {
                continue;
            }
            out.println();
            out.println("  " + paint(severity, severityName(severity) + " (" + findings.size() + ")"));
            for (int i = 0; i < findings.size(); i++) {
                if (i > 0 && !layout.inline()) {
                    out.println();
                }
                row(findings.get(i), layout, out);
            }
        }
        for (var note : report.notes()) {
            out.println();
            for (String line : wrap(label("Note: ", "Ghi chú: ") + (lang == Lang.vi ? note.vi() : note.en()),
                    width - 2)) {
                out.println("  " + line);
            }
        }
        out.println();
        out.println("  " + counts(report.counts()));
    }

    /**
     * Column widths for one report. When every finding's expected and found values fit on its first line they go
     * there ("expected ≤ 150, found 151"); otherwise every finding gets them on labelled lines of their own, so that
     * the rows of a report look alike.
     */
    private record Layout(int idWidth, int clauseWidth, int pointerWidth, boolean inline) {
        int hanging() {
            return INDENT.length() + idWidth + 2 + clauseWidth + 2;
        }
    }

    private Layout layout(List<Finding> findings) {
        int idWidth = 0;
        int clauseWidth = 0;
        int pointerWidth = 0;
        for (Finding finding : findings) {
            idWidth = Math.max(idWidth, length(finding.ruleId()));
            clauseWidth = Math.max(clauseWidth, length(clause(finding)));
            pointerWidth = Math.max(pointerWidth, length(pointer(finding)));
        }
        pointerWidth = Math.min(pointerWidth, MAX_POINTER_COLUMN);
        Layout layout = new Layout(idWidth, clauseWidth, pointerWidth, true);
        for (Finding finding : findings) {
            if (length(pointer(finding)) > pointerWidth
                    || layout.hanging() + pointerWidth + 2 + length(inlineValues(finding)) > width) {
                return new Layout(idWidth, clauseWidth, pointerWidth, false);
            }
        }
        return layout;
    }

    private String inlineValues(Finding finding) {
        return label("expected ", "yêu cầu ") + value(lang == Lang.vi ? finding.expected().vi() : finding.expected().en()) + ", "
                + label("found ", "kế hoạch ghi ") + value(lang == Lang.vi ? finding.found().vi() : finding.found().en());
    }

    /** One finding: the aligned columns, then values, message and the plan's words wrapped under the pointer column. */
    private void row(Finding finding, Layout layout, PrintWriter out) {
        String hanging = " ".repeat(layout.hanging());
        String id = pad(finding.ruleId(), layout.idWidth());
        StringBuilder first = new StringBuilder(INDENT)
                .append(colour ? bold(finding.ruleId()) + id.substring(finding.ruleId().length()) : id)
                .append("  ").append(pad(clause(finding), layout.clauseWidth())).append("  ");
        if (layout.inline()) {
            first.append(pad(pointer(finding), layout.pointerWidth())).append("  ").append(inlineValues(finding));
            out.println(stripTrailing(first.toString()));
        } else {
            out.println(first.append(pointer(finding)));
            String expected = label("expected", "yêu cầu");
            String found = label("found", "kế hoạch ghi");
            int labelWidth = Math.max(length(expected), length(found)) + 2;
            String valueHanging = hanging + " ".repeat(labelWidth);
            List<String> expectedLines = wrap(value(lang == Lang.vi ? finding.expected().vi() : finding.expected().en()), width - valueHanging.length());
            for (int i = 0; i < expectedLines.size(); i++) {
                out.println((i == 0 ? hanging + pad(expected, labelWidth) : valueHanging) + expectedLines.get(i));
            }
            List<String> foundLines = wrap(value(lang == Lang.vi ? finding.found().vi() : finding.found().en()), width - valueHanging.length());
            for (int i = 0; i < foundLines.size(); i++) {
                out.println((i == 0 ? hanging + pad(found, labelWidth) : valueHanging) + foundLines.get(i));
            }
        }
        String message = lang == Lang.vi ? finding.message().vi() : finding.message().en();
        for (String line : wrap(message, width - hanging.length())) {
            out.println(hanging + line);
        }
        if (finding.isWaived()) {
            String waived = label("Waived by ", "Được miễn trừ theo ") + finding.waiver().approvedBy()
                    + label(", until ", ", đến ") + finding.waiver().expires()
                    + label(": does not count toward the verdict.", ": không tính vào kết luận.");
            for (String line : wrap(waived, width - hanging.length())) {
                out.println(hanging + line);
            }
        }
        if (finding.explanation() != null) {
            for (var fact : finding.explanation().facts()) {
                for (String line : wrap(label("fact ", "dữ kiện ") + fact.pointer() + " = " + fact.value(),
                        width - hanging.length())) {
                    out.println(hanging + dim(line));
                }
            }
            if (finding.explanation().basis() != null) {
                String basis = label("decided ", "xác định ") + (lang == Lang.vi ? finding.explanation().basis().vi()
                        : finding.explanation().basis().en());
                for (String line : wrap(basis, width - hanging.length())) {
                    out.println(hanging + dim(line));
                }
            }
            for (var parameter : finding.explanation().parameters()) {
                String text = label("parameter ", "tham số ") + parameter.name() + " = " + parameter.value()
                        + label(" (from ", " (từ ") + parameter.from() + ", " + parameter.clause() + ")";
                for (String line : wrap(text, width - hanging.length())) {
                    out.println(hanging + dim(line));
                }
            }
        }
        if (finding.quote() != null) {
            String quote = Normalizer.normalize(finding.quote(), Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
            if (length(quote) > MAX_QUOTE) {
                quote = quote.substring(0, quote.offsetByCodePoints(0, MAX_QUOTE)).strip() + "…";
            }
            String where = "";
            Matcher at = LOCATION.matcher(quote);
            if (at.matches()) {
                // an imported plan's quote opens with where in the document it stands: said in the report's language
                String lines = at.group(3) == null ? label("line ", "dòng ") + at.group(2)
                        : label("lines ", "dòng ") + at.group(2) + "-" + at.group(3);
                where = (at.group(1) == null ? "" : label("page ", "trang ") + at.group(1) + ", ") + lines;
                quote = at.group(4);
            }
            String lead = where.isEmpty() ? label("Plan: ", "Trích kế hoạch: ")
                    : label("Plan, ", "Trích kế hoạch, ") + where + ": ";
            for (String line : wrap(lead + "“" + quote + "”", width - hanging.length())) {
                out.println(hanging + dim(line));
            }
        }
    }

    private String summary(List<Report> reports) {
        int reject = 0;
        int review = 0;
        int accept = 0;
        for (Report report : reports) {
            switch (report.verdict()) {
                case REJECT -> reject++;
                case REVIEW -> review++;
                case ACCEPT -> accept++;
            }
        }
        return lang == Lang.vi
                ? reports.size() + " kế hoạch: " + reject + " không đạt, " + review + " cần xem xét, " + accept + " đạt"
                : reports.size() + " plans: " + reject + " rejected, " + review + " to review, " + accept + " accepted";
    }

    private String counts(Map<Severity, Integer> counts) {
        int violations = counts.getOrDefault(Severity.VIOLATION, 0);
        int warnings = counts.getOrDefault(Severity.WARNING, 0);
        int advice = counts.getOrDefault(Severity.ADVICE, 0);
        if (lang == Lang.vi) {
            return violations + " vi phạm, " + warnings + " cảnh báo, " + advice + " khuyến nghị";
        }
        return violations + (violations == 1 ? " violation, " : " violations, ")
                + warnings + (warnings == 1 ? " warning, " : " warnings, ") + advice + " advice";
    }

    private String document(PlanIdentity plan) {
        String number = plan.documentNumber() == null ? label("(no number)", "(chưa có số)") : plan.documentNumber();
        LocalDate date = plan.documentDate();
        if (date == null) {
            return number + label(", undated", ", chưa ghi ngày");
        }
        return lang == Lang.vi
                ? number + " ngày " + vn.tdkt.finding.Days.written(date)
                : number + " of " + date;
    }

    private String verdict(Verdict verdict) {
        String text = switch (verdict) {
            case ACCEPT -> label("ACCEPT: no violation, nothing to review", "ĐẠT: không có vi phạm, không có cảnh báo");
            case REVIEW -> label("REVIEW: no violation, warnings to review", "CẦN XEM XÉT: không có vi phạm, có cảnh báo");
            case REJECT -> label("REJECT: at least one violation", "KHÔNG ĐẠT: có vi phạm");
        };
        if (!colour) {
            return text;
        }
        return switch (verdict) {
            case ACCEPT -> ansi("1;32", text);
            case REVIEW -> ansi("1;33", text);
            case REJECT -> ansi("1;31", text);
        };
    }

    private String severityName(Severity severity) {
        if (lang == Lang.en) {
            return severity.name();
        }
        return switch (severity) {
            case VIOLATION -> "VI PHẠM";
            case WARNING -> "CẢNH BÁO";
            case ADVICE -> "KHUYẾN NGHỊ";
        };
    }

    private String paint(Severity severity, String text) {
        if (!colour) {
            return text;
        }
        return switch (severity) {
            case VIOLATION -> ansi("1;31", text);
            case WARNING -> ansi("1;33", text);
            case ADVICE -> ansi("1;36", text);
        };
    }

    private String bold(String text) {
        return colour ? ansi("1", text) : text;
    }

    private String dim(String text) {
        return colour ? ansi("2", text) : text;
    }

    private static String ansi(String code, String text) {
        return VisibleWriter.ESCAPE + "[" + code + "m" + text + VisibleWriter.ESCAPE + "[0m";
    }

    private String label(String en, String vi) {
        return lang == Lang.vi ? vi : en;
    }

    private static String clause(Finding finding) {
        return finding.citation().clause() == null ? "-" : finding.citation().clause();
    }

    private static String pointer(Finding finding) {
        return finding.pointer() == null ? "-" : finding.pointer();
    }

    private static String value(String value) {
        return value == null ? "-" : value;
    }

    /** Greedy word wrap; a word longer than the width stays whole on its own line. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (line.length() > 0 && length(line.toString()) + 1 + length(word) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            if (line.length() > 0 || lines.isEmpty()) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /** Columns a text takes in a terminal: its code points once composed (Vietnamese may arrive decomposed). */
    static int length(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return composed.codePointCount(0, composed.length());
    }

    static String pad(String text, int width) {
        int missing = width - length(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    private static String stripTrailing(String text) {
        return text.stripTrailing();
    }
}
