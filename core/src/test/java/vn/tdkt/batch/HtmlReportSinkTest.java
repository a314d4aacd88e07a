package vn.tdkt.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.finding.Citation;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.PlanIdentity;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Severity;
import vn.tdkt.model.Plan;
import vn.tdkt.model.Unit;
import vn.tdkt.model.UnitLevel;

class HtmlReportSinkTest {

    private static BatchSummary run(List<BatchInput> inputs, BatchSink... sinks) {
        BatchRunner.Builder builder = BatchRunner.builder().checker(new FakeChecker(true)).threads(2);
        for (BatchSink sink : sinks) {
            builder.sink(sink);
        }
        return builder.build().run(inputs.stream());
    }

    private static Document parse(Path file) throws IOException {
        String html = Files.readString(file);
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document document = Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
        return document;
    }

    @Test
    void theGridShowsEveryCommuneOfTheProvinceTheWorstFirst(@TempDir Path dir) throws IOException {
        List<GeneratedPlan> plans = new PlanGenerator(8).country().filter(p -> p.province().name().equals("Hải Phòng")
                || p.province().name().equals("Lạng Sơn")).toList();
        List<BatchInput> inputs = new ArrayList<>();
        plans.forEach(p -> inputs.add(BatchInput.plan(p.plan(), p.fileName())));
        inputs.add(BatchInput.line("extra.ndjson", 4, "{\"unit\": 5}"));
        Path file = dir.resolve("report.html");

        BatchSummary summary = run(inputs, new HtmlReportSink(file, "hai phong", id -> null, LocalDate.of(2025, 8, 31)));

        Document html = parse(file);
        assertThat(html.select("html").attr("lang")).isEqualTo("vi");
        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("h1").text()).isEqualTo("hai phong");
        Elements rows = html.select("table.grid tbody tr");
        assertThat(rows).hasSize(114);
        // columns: the rules the findings name, in catalogue order
        assertThat(html.select("table.grid thead tr").first().select("th.rule")).extracting(Element::ownText)
                .containsExactly("T-1", "T-2", "T-3", "T-10");
        // the worst first: violations counted in the VP column never increase down the page once REVIEW starts
        List<String> verdicts = rows.stream().map(r -> r.select("td.verdict").text()).toList();
        int firstReview = verdicts.indexOf("Cần xem xét");
        int firstAccept = verdicts.indexOf("Đạt");
        assertThat(verdicts.subList(0, Math.max(firstReview, 0))).containsOnly("Không đạt");
        assertThat(firstAccept).isGreaterThan(firstReview);
        List<Integer> violations = rows.stream().map(r -> r.select("td.cnt").get(0).text())
                .map(t -> t.isEmpty() ? 0 : Integer.parseInt(t)).toList();
        for (int i = 1; i < violations.size(); i++) {
            assertThat(violations.get(i)).isLessThanOrEqualTo(violations.get(i - 1));
        }
        // a coloured cell carries the message and the clause, and links to the commune's details
        Element cell = html.select("table.grid td.c.v").first();
        assertThat(cell.attr("title")).contains("Vi phạm / VIOLATION", "II.", "vượt quá");
        String anchor = cell.select("a").attr("href");
        assertThat(html.select(anchor)).hasSize(1);
        // totals per rule add up to the coloured cells of each column
        long violationCells = html.select("table.grid tbody td.c.v").size();
        long totalViolations = html.select("table.grid tr.totals.v td").eachText().stream()
                .filter(t -> !t.isEmpty()).mapToLong(Long::parseLong).sum();
        assertThat(totalViolations).isEqualTo(violationCells);
        // the tiles count this province's plans; the inputs of the whole run add up
        assertThat(html.select(".tile.total b").text()).isEqualTo("114");
        assertThat(html.select(".note").text()).contains(summary.inputs() + " = " + summary.evaluated() + " đã kiểm tra + "
                + summary.rejected());
        // the rejected inputs are listed with their reason: the broken line, and the provinces without a pack
        assertThat(html.select("table.rejections").text()).contains("extra.ndjson", "dòng 4",
                "no pack covers province Lạng Sơn");
        assertThat(html.select("article.unit-detail")).hasSize(114);
    }

    @Test
    void everyTextIsEscaped(@TempDir Path dir) throws IOException {
        String evil = "<script>alert('x')</script> & \"Hòa\"";
        Plan plan = new Plan(new Unit(evil, UnitLevel.COMMUNE, "Hải Phòng", true, List.of("A", "B")), null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
        Finding finding = new Finding("T-<1>", Severity.VIOLATION, "/unit/name", "<b>bold</b>", "a & b", "“<q>”",
                new Citation("<doc>", "II.<1>", "clause <text>"), new LocalizedText("vi <i>x</i>", "en </td>"));
        Report report = Report.of(PlanIdentity.of(plan, "<file>.json"), "p<1>", "1", List.of(finding));
        Path file = dir.resolve("report.html");
        HtmlReportSink sink = new HtmlReportSink(file, null, id -> null, LocalDate.of(2025, 8, 31));
        sink.accept(new BatchResult.Evaluated(0, "<file>.json", 0, report));
        sink.accept(new BatchResult.Rejected(1, new Rejection("<bad>.json", 2, 3, "/x", Rejection.Kind.UNREADABLE,
                "reason <img src=x onerror=alert(1)>")));
        sink.finish(BatchRunner.builder().checker(new FakeChecker()).build().run(java.util.stream.Stream.of(
                BatchInput.unreadable("<bad>.json", 2, "reason <img src=x onerror=alert(1)>"))));

        Document html = parse(file);
        assertThat(html.select("script, img, i, q > *")).isEmpty();
        assertThat(html.select("b")).allMatch(b -> b.parent().hasClass("tile"));
        assertThat(html.select("table.grid th.unit a").text()).isEqualTo("xã " + evil);
        assertThat(html.select("table.grid td.c.v").attr("title")).contains("vi <i>x</i>", "en </td>", "II.<1>");
        assertThat(html.select("article.unit-detail").text()).contains("vi <i>x</i>", "clause <text>", "“<q>”",
                "Yêu cầu: <b>bold</b>", "Kế hoạch: a & b");
        assertThat(html.select("table.rejections").text()).contains("<bad>.json", "reason <img src=x onerror=alert(1)>");
        String raw = Files.readString(file);
        assertThat(raw).doesNotContain("<script>", "<img", "<i>x");
    }

    @Test
    void anEmptyRunStillMakesAValidPage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.html");
        run(List.of(), new HtmlReportSink(file, "Hải Phòng", id -> null, LocalDate.of(2025, 8, 31)));

        Document html = parse(file);
        assertThat(html.select(".tile.total b").text()).isEqualTo("0");
        assertThat(html.select("table.grid td.empty").text()).contains("Không có kế hoạch nào");
    }

    @Test
    void aCellSaysThePlansValueInAFewCharacters() {
        assertThat(HtmlReportSink.cellLabel(List.of(finding("205")))).isEqualTo("205");
        assertThat(HtmlReportSink.cellLabel(List.of(finding("01 ngày")))).isEqualTo("01 ngày");
        assertThat(HtmlReportSink.cellLabel(List.of(finding("80.0%")))).isEqualTo("80%");
        assertThat(HtmlReportSink.cellLabel(List.of(finding("trước ngày 04/09/2025")))).isEqualTo("04/09");
        assertThat(HtmlReportSink.cellLabel(List.of(finding("(không nêu / not stated)")))).isEqualTo("?");
        assertThat(HtmlReportSink.cellLabel(List.of(finding(null)))).isEqualTo("?");
        assertThat(HtmlReportSink.cellLabel(List.of(finding("a long name that says much more")))).isEqualTo("II.4");
        assertThat(HtmlReportSink.cellLabel(List.of(finding("1"), finding("2")))).isEqualTo("×2");
    }

    private static Finding finding(String found) {
        return new Finding("T-4", Severity.WARNING, "/x", "e", found, null, new Citation("d", "II.4", "t"),
                new LocalizedText("vi", "en"));
    }
}
