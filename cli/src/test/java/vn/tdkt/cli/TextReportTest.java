package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.finding.Citation;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.PlanIdentity;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Severity;

class TextReportTest {
    private static final String LONG_MESSAGE = "The programme lacks the exchange with exemplars, which clause III.3.5 "
            + "makes optional; state whether the conference holds it, so that an official can verify the programme "
            + "against the nine items of the guidance.";

    static Finding finding(String id, Severity severity, String clause, String pointer, String en, String quote) {
        return new Finding(id, severity, pointer, LocalizedText.of("expected value"), LocalizedText.of("found value"), quote,
                new Citation("doc", clause, "text"), new LocalizedText("Thông điệp " + id, en));
    }

    static Report report() {
        return Report.of(new PlanIdentity("xã Kẻ Sặt", "Hải Phòng", "28/KH-UBND", LocalDate.of(2025, 8, 4),
                "plans/ke-sat.json"), "hai-phong", "2025.8.0", List.of(
                finding("HP-04", Severity.VIOLATION, "II.1", "/delegation/total", "151 delegates exceed the cap.",
                        "Số lượng: 151 đại biểu"),
                finding("HP-09", Severity.WARNING, "III.1", "/programme", LONG_MESSAGE, null),
                finding("HP-11", Severity.ADVICE, "III.2", "/activities", "No dialogue of leaders with exemplars.", null),
                finding("HP-10", Severity.ADVICE, "III.1", "/programme", "Order.", null)));
    }

    static String render(Report report, TextReport.Lang lang, int width) {
        StringWriter out = new StringWriter();
        new TextReport(lang, width, false).write(List.of(report), new PrintWriter(out));
        return out.toString();
    }

    @Test
    void headerGroupsAndTotal() {
        String text = render(report(), TextReport.Lang.en, 100);

        assertThat(text).startsWith("xã Kẻ Sặt, Hải Phòng\n");
        assertThat(text).contains("  Plan     28/KH-UBND of 2025-08-04\n", "  File     plans/ke-sat.json\n",
                "  Pack     hai-phong 2025.8.0\n", "  Verdict  REJECT: at least one violation\n");
        assertThat(text.indexOf("VIOLATION (1)")).isLessThan(text.indexOf("WARNING (1)"));
        assertThat(text.indexOf("WARNING (1)")).isLessThan(text.indexOf("ADVICE (2)"));
        assertThat(text.indexOf("HP-10")).isLessThan(text.indexOf("HP-11"));
        assertThat(text.strip()).endsWith("1 violation, 1 warning, 2 advice");
        assertThat(text).contains("Plan: “Số lượng: 151 đại biểu”");
    }

    @Test
    void columnsAreAlignedAndTheMessageHangsUnderThePointer() {
        String text = render(report(), TextReport.Lang.en, 100);
        List<String> rows = text.lines().filter(l -> l.startsWith("    HP-")).toList();

        assertThat(rows).hasSize(4);
        int pointerColumn = rows.get(0).indexOf("/delegation/total");
        int valuesColumn = rows.get(0).indexOf("expected");
        for (String row : rows) {
            assertThat(row.indexOf('/')).as(row).isEqualTo(pointerColumn);
            assertThat(row.indexOf("expected")).as(row).isEqualTo(valuesColumn);
        }
        List<String> lines = text.lines().toList();
        String message = lines.get(lines.indexOf(rows.get(0)) + 1);
        assertThat(message).isEqualTo(" ".repeat(pointerColumn) + "151 delegates exceed the cap.");
    }

    @Test
    void longMessagesWrapWithinTheWidth() {
        String text = render(report(), TextReport.Lang.en, 72);

        assertThat(text.lines()).allSatisfy(line -> assertThat(TextReport.length(line)).isLessThanOrEqualTo(72));
        assertThat(text.replaceAll("\\s+", " ")).contains(LONG_MESSAGE);
    }

    @Test
    void vietnameseLabelsAndMessages() {
        String text = render(report(), TextReport.Lang.vi, 100);

        assertThat(text).contains("Kế hoạch    28/KH-UBND ngày 04/08/2025", "Kết luận", "VI PHẠM (1)",
                "Thông điệp HP-04", "yêu cầu expected value, kế hoạch ghi found value",
                "1 vi phạm, 1 cảnh báo, 2 khuyến nghị");
    }

    @Test
    void whereAnImportedQuoteStandsIsSaidInTheReportsLanguageOutsideTheQuote() {
        Finding quoted = new Finding("HP-02", Severity.VIOLATION, "/conference/length", LocalizedText.of("01 buổi"),
                LocalizedText.of("01 ngày"), "page 2, lines 31-32: 2. Thời gian: 01 ngày.",
                new Citation("QĐ 3194", "II.1", "01 buổi"), new LocalizedText("Hội nghị kéo dài 01 ngày.", "One day."));
        Report report = Report.of(new PlanIdentity("xã Kẻ Sặt", "Hải Phòng", null, null, null), "hai-phong", "1",
                List.of(quoted));

        assertThat(render(report, TextReport.Lang.vi, 120)).contains("Trích kế hoạch, trang 2, dòng 31-32: “2. Thời gian: 01 ngày.”");
        assertThat(render(report, TextReport.Lang.en, 120)).contains("Plan, page 2, lines 31-32: “2. Thời gian: 01 ngày.”");
    }

    @Test
    void aPlansControlCharactersAreShownNeverObeyed() {
        Finding quoted = new Finding("HP-02", Severity.VIOLATION, "/conference/length", LocalizedText.of("01 buổi"),
                LocalizedText.of("01 ngày\u0007"), "line 3: Thời gian\r01 ngày\u001b[2J",
                new Citation("QĐ 3194", "II.1", "01 buổi"), new LocalizedText("Một ngày.", "One day."));
        Report report = Report.of(new PlanIdentity("xã \u001b[31mKẻ Sặt\u0000", "Hải Phòng", null, null, null), "hai-phong",
                "1", List.of(quoted));

        StringWriter out = new StringWriter();
        new TextReport(TextReport.Lang.en, 120, true).write(List.of(report), new PrintWriter(out));
        String text = out.toString();

        assertThat(text).contains("xã \\x1b[31mKẻ Sặt\\x00", "01 ngày\\x07", "Thời gian 01 ngày\\x1b[2J");
        // the report's own colours stay: an ESC only ever opens one of them
        assertThat(text).contains("\u001b[1;31mVIOLATION (1)\u001b[0m");
        assertThat(text.replaceAll("\u001b\\[[0-9;]*m", "")).doesNotContain("\u001b", "\u0007", "\u0000", "\r");
    }

    @Test
    void aReportWithoutFindingsSaysSo() {
        Report clean = Report.of(new PlanIdentity("phường An Hải", null, null, null, null), "hai-phong", "1", List.of());

        String text = render(clean, TextReport.Lang.en, 100);

        assertThat(text).contains("(no number), undated", "ACCEPT", "No findings.", "0 violations, 0 warnings, 0 advice");
        assertThat(text).doesNotContain("File");
    }

    @Test
    void wrapKeepsWordsWhole() {
        assertThat(TextReport.wrap("một hai ba bốn năm", 8)).containsExactly("một hai", "ba bốn", "năm");
        assertThat(TextReport.wrap("/a/very/long/pointer/that/does/not/fit", 10))
                .containsExactly("/a/very/long/pointer/that/does/not/fit");
        // A decomposed "ặ" (a + two combining marks) takes one column.
        assertThat(TextReport.length("Sa\u0323\u0306t")).isEqualTo(3);
    }
}
