package vn.tdkt.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.batch.html.Labels;
import vn.tdkt.finding.GuidanceDocument;
import vn.tdkt.engine.PackInfo;
import vn.tdkt.finding.RuleDescription;
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
        assertThat(cell.attr("title")).contains("Vi phạm", "II.", "vượt quá");
        // a cell without a finding says nothing more than its colour: the column's header names the rule
        Elements ok = html.select("table.grid td.c.ok");
        assertThat(ok).isNotEmpty().allMatch(td -> !td.hasAttr("title") && td.text().isEmpty());
        // ... the plan's own anchor, its place in the input, as does the unit's name in the same row
        String anchor = cell.select("a").attr("href");
        assertThat(anchor).matches("#p\\d+");
        assertThat(cell.parent().select("th.unit a").attr("href")).isEqualTo(anchor);
        assertThat(html.select(anchor)).hasSize(1).first().matches(e -> e.is("article.unit-detail"));
        assertThat(html.select(anchor).select("h3").text())
                .contains(cell.parent().select("th.unit a").text(), cell.parent().select("td.n").text() + ". ");
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
        // no pack describes the fake rules: each finding quotes its clause's words itself, and links to the rule's row
        assertThat(html.select("article.unit-detail .cite").eachText()).allMatch(t -> t.matches("II\\.\\d+: Điều khoản T-\\d+"));
        assertThat(html.select("article.unit-detail td.rid a")).allMatch(a -> html.select("table.rules tr[id]")
                .stream().anyMatch(tr -> a.attr("href").equals("#" + tr.id())));
    }

    @Test
    void thePageWrittenToItsFileIsThePageWrittenToAWriter(@TempDir Path dir) throws IOException {
        List<BatchInput> inputs = new PlanGenerator(8).country().filter(p -> p.province().name().equals("Hải Phòng"))
                .map(p -> BatchInput.plan(p.plan(), p.fileName())).toList();
        Path file = dir.resolve("report.html");
        HtmlReportSink sink = new HtmlReportSink(file, null, id -> null, LocalDate.of(2025, 8, 31));

        BatchSummary summary = run(inputs, sink);

        String page = Files.readString(file);
        assertThat(page.length()).as("larger than the 64 KiB buffer of its writer").isGreaterThan(64 * 1024);
        assertThat(page).isEqualTo(page(sink, summary)).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n");
        // each row of the grid is one line, closed where it ends
        assertThat(page).doesNotContain("\n</tr>");
        assertThat(page.lines().filter(l -> l.startsWith("<tr><td class=\"n\">"))).hasSize(114)
                .allMatch(l -> l.endsWith("</tr>"));
    }

    private static String page(HtmlReportSink sink, BatchSummary summary) throws IOException {
        StringWriter out = new StringWriter();
        sink.writeTo(summary, out);
        return out.toString();
    }

    /**
     * Two packs: {@code pa} describes HP-01 and HP-09, {@code pb} only HP-01. A finding quoting the words its pack gives
     * links to the rule's row, which quotes them once; a finding quoting other words keeps them.
     */
    @Test
    void eachClauseIsQuotedOnceAndTheFindingsLinkToIt(@TempDir Path dir) throws IOException {
        String hp09Words = "Chương trình Hội nghị gồm các nội dung chính sau đây";
        String hp01Words = "Hình thức: Hội nghị tuyên dương điển hình tiên tiến";
        GuidanceDocument guidance = new GuidanceDocument("UBND", "3194/QĐ-UBND", LocalDate.of(2025, 8, 8), "Kế hoạch",
                "Kế hoạch kèm theo QĐ 3194/QĐ-UBND");
        PackInfo pa = new PackInfo("pa", "1", "Thành phố A", List.of("A"), guidance, Map.of(
                "HP-01", new RuleDescription("HP-01", null, "II.1", hp01Words,
                        new LocalizedText("Hình thức", "Form"), Map.of()),
                "HP-09", new RuleDescription("HP-09", null, "III.1", hp09Words,
                        new LocalizedText("Chương trình", "Programme"), Map.of())));
        PackInfo pb = new PackInfo("pb", "1", "Thành phố B", List.of("B"), guidance, Map.of(
                "HP-01", new RuleDescription("HP-01", null, "II.1", hp01Words,
                        new LocalizedText("Hình thức", "Form"), Map.of())));
        Finding programme = new Finding("HP-09", Severity.VIOLATION, "/programme", LocalizedText.of("Tổng kết và bế mạc"),
                LocalizedText.of("(không nêu / not stated)"), null, new Citation("QĐ 3194", "III.1", hp09Words),
                new LocalizedText("Chương trình thiếu nội dung: Tổng kết và bế mạc.",
                        "The programme lacks the item: Tổng kết và bế mạc."));
        Finding form = new Finding("HP-01", Severity.WARNING, "/conference/form", LocalizedText.of("Hội nghị tuyên dương"),
                LocalizedText.of("Hội nghị"), "Hội nghị điển hình", new Citation("QĐ 3194 (sửa đổi)", "II.1", "Lời văn đã sửa đổi"),
                new LocalizedText("Hình thức khác quy định.", "The form is not the prescribed one."));
        Path file = dir.resolve("report.html");
        HtmlReportSink sink = new HtmlReportSink(file, null, PackLookup.of(List.of(pa, pb)), LocalDate.of(2025, 8, 31));
        sink.accept(new BatchResult.Evaluated(0, "a.json", 0,
                Report.of(PlanIdentity.of(plan("Alpha", "A"), "a.json"), "pa", "1", List.of(programme))));
        sink.accept(new BatchResult.Evaluated(1, "b.json", 0,
                Report.of(PlanIdentity.of(plan("Beta", "B"), "b.json"), "pb", "1", List.of(form))));
        sink.finish(BatchRunner.builder().checker(new FakeChecker()).build().run(java.util.stream.Stream.of()));

        Document html = parse(file);
        String raw = Files.readString(file);
        // the rules table quotes each clause once; nothing else on the page does
        assertThat(html.select("table.rules tr#r-HP-09").text()).contains("HP-09", "III.1", hp09Words);
        assertThat(html.select("table.rules tr#r-HP-01").text()).contains("HP-01", "II.1", hp01Words);
        assertThat(raw.split(hp09Words, -1)).hasSize(2);
        assertThat(raw.split(hp01Words, -1)).hasSize(2);
        // the finding quoting the pack's words links its clause to the rule's row
        Element alpha = html.select("article.unit-detail").get(0);
        assertThat(alpha.select("h3").text()).contains("Alpha");
        assertThat(alpha.select("td.rid a").attr("href")).isEqualTo("#r-HP-09");
        assertThat(alpha.select("td.rid a").text()).isEqualTo("III.1");
        assertThat(alpha.select(".cite")).isEmpty();
        assertThat(alpha.text()).contains("Chương trình thiếu nội dung", "The programme lacks the item",
                "Yêu cầu: Tổng kết và bế mạc", "Kế hoạch: (không nêu / not stated)", "/programme");
        // the finding quoting other words than its pack's keeps them
        Element beta = html.select("article.unit-detail").get(1);
        assertThat(beta.select("td.rid a").attr("href")).isEqualTo("#r-HP-01");
        assertThat(beta.select(".cite").text()).isEqualTo("II.1: Lời văn đã sửa đổi");
        assertThat(beta.select("q").text()).isEqualTo("Hội nghị điển hình");
        // cells: a finding's cell names the rule and clause once, with each message; an empty one carries no title;
        // a rule outside the plan's pack is a bare "–"
        Elements alphaCells = html.select("table.grid tbody tr").get(0).select("td.c");
        Elements betaCells = html.select("table.grid tbody tr").get(1).select("td.c");
        assertThat(alphaCells.get(0).classNames()).contains("ok");
        assertThat(alphaCells.get(0).attributes().size()).isEqualTo(1);
        assertThat(alphaCells.get(1).attr("title")).isEqualTo("HP-09 · III.1\nVi phạm: Chương trình thiếu nội dung: "
                + "Tổng kết và bế mạc.\nThe programme lacks the item: Tổng kết và bế mạc.");
        assertThat(betaCells.get(0).attr("title")).isEqualTo("HP-01 · II.1\nCảnh báo: Hình thức khác quy định.\n"
                + "The form is not the prescribed one.");
        assertThat(betaCells.get(1).classNames()).contains("na");
        assertThat(betaCells.get(1).hasAttr("title")).isFalse();
        assertThat(betaCells.get(1).text()).isEqualTo("–");
        assertThat(html.select(".legend").text()).contains("Không áp dụng (–)");
        assertThat(raw).doesNotContain("không có phát hiện / no finding");
    }

    /**
     * The rows are rendered as they arrive; a later plan of another pack and province changes the columns (a rule
     * of its own, a rule no pack described until then) and shows the province: the rows rendered before it are
     * rendered again, and the page is the one rendered at the end.
     */
    @Test
    void aRowRenderedBeforeTheColumnsChangedIsRenderedAgain(@TempDir Path dir) throws IOException {
        String xWords = "Lời văn của điều khoản IV.1";
        GuidanceDocument guidance = new GuidanceDocument("UBND", "3194/QĐ-UBND", LocalDate.of(2025, 8, 8), "Kế hoạch",
                "Kế hoạch kèm theo QĐ 3194/QĐ-UBND");
        PackInfo pa = new PackInfo("pa", "1", "Thành phố A", List.of("A"), guidance, Map.of(
                "HP-01", new RuleDescription("HP-01", null, "II.1", "Hình thức",
                        new LocalizedText("Hình thức", "Form"), Map.of()),
                "HP-09", new RuleDescription("HP-09", null, "III.1", "Chương trình",
                        new LocalizedText("Chương trình", "Programme"), Map.of())));
        PackInfo pc = new PackInfo("pc", "1", "Tỉnh C", List.of("C"), guidance, Map.of(
                "HP-01", new RuleDescription("HP-01", null, "II.1", "Hình thức",
                        new LocalizedText("Hình thức", "Form"), Map.of()),
                "HP-20", new RuleDescription("HP-20", null, "V.2", "Báo cáo",
                        new LocalizedText("Báo cáo", "Report"), Map.of()),
                "X-1", new RuleDescription("X-1", null, "IV.1", xWords,
                        new LocalizedText("Điều khoản X", "Clause X"), Map.of())));
        Finding programme = new Finding("HP-09", Severity.VIOLATION, "/programme", LocalizedText.of("đủ"), LocalizedText.of("thiếu"), null,
                new Citation("QĐ 3194", "III.1", "Chương trình"), new LocalizedText("Thiếu.", "Missing."));
        Finding x = new Finding("X-1", Severity.WARNING, "/x", LocalizedText.of("có"), LocalizedText.of("không"), null,
                new Citation("QĐ 3194", "IV.1", xWords), new LocalizedText("Điều X.", "Clause X."));
        Finding report = new Finding("HP-20", Severity.WARNING, "/report", LocalizedText.of("có"), LocalizedText.of("không"), null,
                new Citation("QĐ 3194", "V.2", "Báo cáo"), new LocalizedText("Báo cáo.", "Report."));
        HtmlReportSink sink = new HtmlReportSink(dir.resolve("report.html"), null, PackLookup.of(List.of(pa, pc)),
                LocalDate.of(2025, 8, 31));
        BatchResult alpha = new BatchResult.Evaluated(0, "a.json", 0,
                Report.of(PlanIdentity.of(plan("Alpha", "A"), "a.json"), "pa", "1", List.of(programme, x)));
        BatchResult beta = new BatchResult.Evaluated(1, "b.json", 0,
                Report.of(PlanIdentity.of(plan("Beta", "A"), "b.json"), "pa", "1", List.of()));
        BatchResult gamma = new BatchResult.Evaluated(2, "c.json", 0,
                Report.of(PlanIdentity.of(plan("Gamma", "C"), "c.json"), "pc", "1", List.of(report)));
        sink.accept(alpha);
        sink.accept(beta);
        // rendered so far with the columns HP-01, HP-09 and X-1 (which no pack describes yet), on one province
        BatchSummary summary = BatchRunner.builder().checker(new FakeChecker()).build().run(java.util.stream.Stream.of());
        Document before = Jsoup.parse(page(sink, summary));
        assertThat(before.select("table.grid thead tr").first().select("th.rule")).extracting(Element::ownText)
                .containsExactly("HP-01", "HP-09", "X-1");
        assertThat(before.select("span.prov")).isEmpty();
        assertThat(before.select("article.unit-detail .cite").text()).isEqualTo("IV.1: " + xWords);
        sink.accept(gamma);

        String page = page(sink, summary);
        sink.finish(summary);
        assertThat(Files.readString(dir.resolve("report.html"))).isEqualTo(page);
        Document html = parse(dir.resolve("report.html"));
        assertThat(html.select("table.grid thead tr").first().select("th.rule")).extracting(Element::ownText)
                .containsExactly("HP-01", "HP-09", "HP-20", "X-1");
        Elements rows = html.select("table.grid tbody tr");
        assertThat(rows).extracting(r -> r.select("th.unit a").text())
                .containsExactly("xã Alpha", "xã Gamma", "xã Beta");
        // every row has a cell per column; a rule outside the row's pack is "–", even one added after the row
        assertThat(rows).allMatch(r -> r.select("td.c").size() == 4);
        assertThat(cells(rows.get(0))).containsExactly("ok", "v", "na", "w");
        assertThat(cells(rows.get(1))).containsExactly("ok", "na", "w", "ok");
        assertThat(cells(rows.get(2))).containsExactly("ok", "ok", "na", "na");
        // two provinces now: each row names its own
        assertThat(rows).extracting(r -> r.select("span.prov").text()).containsExactly("A", "C", "A");
        // X-1's words are now the rules table's: Alpha's finding links to them instead of quoting them
        assertThat(html.select("article.unit-detail .cite")).isEmpty();
        assertThat(html.select("article.unit-detail").get(0).select("td.rid a").eachAttr("href"))
                .containsExactly("#r-HP-09", "#r-X-1");
        assertThat(page.split(xWords, -1)).hasSize(2);

        // the same plans, Gamma first: its row is rendered again when Alpha's pack adds HP-09, while Alpha's and
        // Beta's are rendered once, with the final columns. From the grid on (the header lists the packs in the order
        // the plans used them), it is the same page: a row rendered again is the row rendered with the final columns
        HtmlReportSink gammaFirst = new HtmlReportSink(dir.resolve("gamma-first.html"), null,
                PackLookup.of(List.of(pa, pc)), LocalDate.of(2025, 8, 31));
        gammaFirst.accept(gamma);
        gammaFirst.accept(alpha);
        gammaFirst.accept(beta);
        String other = page(gammaFirst, summary);
        assertThat(other).isNotEqualTo(page);
        String grid = "<div class=\"scroll\">";
        assertThat(other.substring(other.indexOf(grid))).isEqualTo(page.substring(page.indexOf(grid)));
    }

    private static List<String> cells(Element row) {
        return row.select("td.c").stream().map(td -> td.classNames().stream().filter(c -> !c.equals("c"))
                .findFirst().orElse("")).toList();
    }

    /** The rows are numbered in the order the page shows them; each links to its plan's findings, wherever they are. */
    @Test
    void rowNumbersFollowTheSortedOrderAndAnchorsStayWithThePlan(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.html");
        HtmlReportSink sink = new HtmlReportSink(file, null, id -> null, LocalDate.of(2025, 8, 31));
        // in input order the least serious first: the page shows them the other way round
        sink.accept(new BatchResult.Evaluated(0, "a.json", 0,
                Report.of(PlanIdentity.of(plan("Alpha", "A"), "a.json"), "p", "1", List.of())));
        sink.accept(new BatchResult.Evaluated(1, "b.json", 0,
                Report.of(PlanIdentity.of(plan("Beta", "A"), "b.json"), "p", "1", List.of(finding("7")))));
        sink.accept(new BatchResult.Evaluated(2, "c.json", 0, Report.of(PlanIdentity.of(plan("Gamma", "A"), "c.json"),
                "p", "1", List.of(new Finding("T-1", Severity.VIOLATION, "/x", LocalizedText.of("e"), LocalizedText.of("9"), null,
                        new Citation("d", "II.1", "t"), new LocalizedText("vi", "en")), finding("8")))));
        sink.finish(BatchRunner.builder().checker(new FakeChecker()).build().run(java.util.stream.Stream.of()));

        Document html = parse(file);
        Elements rows = html.select("table.grid tbody tr");
        assertThat(rows).extracting(r -> r.select("td.n").text()).containsExactly("1", "2", "3");
        assertThat(rows).extracting(r -> r.select("th.unit a").text()).containsExactly("xã Gamma", "xã Beta", "xã Alpha");
        assertThat(rows).extracting(r -> r.select("th.unit a").attr("href")).containsExactly("#p2", "#p1", "#p0");
        Elements articles = html.select("article.unit-detail");
        assertThat(articles).extracting(Element::id).containsExactly("p2", "p1", "p0");
        assertThat(articles).extracting(a -> a.select("h3").text()).satisfiesExactly(
                t -> assertThat(t).startsWith("1. xã Gamma"), t -> assertThat(t).startsWith("2. xã Beta"),
                t -> assertThat(t).startsWith("3. xã Alpha"));
        // every link of a row, the unit's and the cells', leads to the one article of the same unit and number
        assertThat(html.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        int links = 0;
        for (Element row : rows) {
            for (Element a : row.select("a[href]")) {
                Elements target = html.select("article.unit-detail#" + a.attr("href").substring(1));
                assertThat(target).hasSize(1);
                assertThat(target.select("h3").text()).startsWith(row.select("td.n").text() + ". "
                        + row.select("th.unit a").text());
                links++;
            }
        }
        assertThat(links).isEqualTo(3 + 2 + 1); // three units; Gamma's cells T-1 and T-4, Beta's T-4
    }

    @Test
    void aNumberIsWrittenTheVietnameseWay() {
        assertThat(Labels.number(0)).isEqualTo("0");
        assertThat(Labels.number(999)).isEqualTo("999");
        assertThat(Labels.number(3142)).isEqualTo("3.142");
        assertThat(Labels.number(1234567)).isEqualTo("1.234.567");
        assertThat(Labels.number(-1234)).isEqualTo("-1.234");
    }

    private static Plan plan(String name, String province) {
        return new Plan(new Unit(name, UnitLevel.COMMUNE, province, false, List.of()), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void everyTextIsEscaped(@TempDir Path dir) throws IOException {
        String evil = "<script>alert('x')</script> & \"Hòa\"";
        Plan plan = new Plan(new Unit(evil, UnitLevel.COMMUNE, "Hải Phòng", true, List.of("A", "B")), null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
        Finding finding = new Finding("T-<1>", Severity.VIOLATION, "/unit/name", LocalizedText.of("<b>bold</b>"), LocalizedText.of("a & b"), "“<q>”",
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
        assertThat(html.select("table.rules tr").last().id()).isEqualTo("r-T-<1>");
        assertThat(html.select("article.unit-detail td.rid a").attr("href")).isEqualTo("#r-T-<1>");
        assertThat(html.select("table.rejections").text()).contains("<bad>.json", "reason <img src=x onerror=alert(1)>");
        String raw = Files.readString(file);
        assertThat(raw).doesNotContain("<script>", "<img", "<i>x");
    }

    /**
     * The key beside the grid names every rule of the grid with its clause and title, linked to the rule's row, and
     * spells out every abbreviation the page uses: its headings' (VP, CB, KN), the rules' prefixes (whose pack, or
     * what text) and those of the texts it shows ("27/KH-UBND", "3194/QĐ-UBND").
     */
    @Test
    void theKeyNamesEveryRuleAndSpellsOutEveryAbbreviation(@TempDir Path dir) throws IOException {
        String consistency = "Quy tắc nhất quán nội tại của kế hoạch (áp dụng cho mọi gói)";
        GuidanceDocument guidance = new GuidanceDocument("UBND", "3194/QĐ-UBND", LocalDate.of(2025, 8, 8), "Kế hoạch",
                "Kế hoạch kèm theo QĐ 3194/QĐ-UBND");
        RuleDescription dates = new RuleDescription("CC-1", consistency, "CC-1", "Các mốc theo thứ tự",
                new LocalizedText("Thứ tự các mốc", "Dates in order"), Map.of());
        RuleDescription form = new RuleDescription("HP-01", null, "II.1", "Hình thức",
                new LocalizedText("Hình thức", "Form"), Map.of());
        PackInfo pa = new PackInfo("pa", "1", "Thành phố A", List.of("A"), guidance, Map.of(
                "CC-1", dates, "HP-01", form, "HP-09", new RuleDescription("HP-09", null, "III.1", "Chương trình",
                        new LocalizedText("Chương trình", "Programme"), Map.of())));
        PackInfo pb = new PackInfo("pb", "1", "Thành phố B", List.of("B"), guidance,
                Map.of("CC-1", dates, "HP-01", form));
        Path file = dir.resolve("report.html");
        HtmlReportSink sink = new HtmlReportSink(file, null, PackLookup.of(List.of(pa, pb)), LocalDate.of(2025, 8, 31));
        sink.accept(new BatchResult.Evaluated(0, "a.json", 0, Report.of(
                new PlanIdentity("xã Alpha", "A", "27/KH-UBND", LocalDate.of(2025, 8, 10), "a.json"), "pa", "1",
                List.of(finding("7")))));
        sink.accept(new BatchResult.Evaluated(1, "b.json", 0,
                Report.of(PlanIdentity.of(plan("Beta", "B"), "b.json"), "pb", "1", List.of())));
        sink.finish(BatchRunner.builder().checker(new FakeChecker()).build().run(java.util.stream.Stream.of()));

        Document html = parse(file);
        // every column of the grid, in its order, with its clause (unless it is the rule's id) and title
        List<String> columns = html.select("table.grid thead tr").first().select("th.rule").eachAttr("title").stream()
                .map(t -> t.substring(0, t.indexOf(' '))).toList();
        assertThat(columns).containsExactly("CC-1", "HP-01", "HP-09", "T-4");
        Elements codes = html.select(".key dl.codes > div");
        assertThat(codes).extracting(d -> d.select("dt").text()).isEqualTo(columns);
        assertThat(codes).extracting(d -> d.select("dd").text()).containsExactly("Thứ tự các mốc Dates in order",
                "II.1 Hình thức Form", "III.1 Chương trình Programme", "II.4");
        // each code links to its rule's row, which quotes the clause
        assertThat(codes.select("dt a")).allMatch(a -> html.select("table.rules tr" + a.attr("href")).size() == 1);

        Map<String, String> terms = new java.util.LinkedHashMap<>();
        html.select(".key dl.terms > div").forEach(d -> terms.put(d.select("dt").text(), d.select("dd").text()));
        assertThat(terms.get("VP")).contains("Vi phạm", "violations");
        assertThat(terms.get("CB")).contains("Cảnh báo", "warnings");
        assertThat(terms.get("KN")).contains("Khuyến nghị", "advice");
        assertThat(terms.get("#")).contains("Số thứ tự", "row number");
        assertThat(terms.get("tdkt")).contains("Phần mềm");
        assertThat(terms.get("CC-…")).startsWith(consistency);
        assertThat(terms.get("HP-…")).isEqualTo("Quy tắc của gói pa, pb rules of packs pa, pb");
        assertThat(terms.get("KH")).isEqualTo("Kế hoạch plan");
        assertThat(terms.get("UBND")).isEqualTo("Ủy ban nhân dân People's Committee");
        assertThat(terms.get("QĐ")).isEqualTo("Quyết định decision");
        assertThat(terms).doesNotContainKeys("HĐND", "MTTQ", "JSON", "CSV", "T-…");
        // no word of capitals on the page is left unexplained (but the clauses' roman numerals)
        java.util.regex.Matcher words = java.util.regex.Pattern.compile("(?<![\\p{L}])[A-ZĐ]{2,}(?![\\p{L}])")
                .matcher(html.body().text());
        java.util.Set<String> spelled = new java.util.HashSet<>();
        terms.keySet().forEach(t -> spelled.add(t.replace("-…", "")));
        List<String> unexplained = new ArrayList<>();
        while (words.find()) {
            if (!spelled.contains(words.group()) && !words.group().matches("I{1,3}|IV|VI{0,3}|IX|X")) {
                unexplained.add(words.group());
            }
        }
        assertThat(unexplained).isEmpty();
    }

    /** The line under the tiles says how the inputs add up, what it leaves out and that the run was interrupted. */
    @Test
    void anInterruptedRunAndThePlansLeftOutAreSaid(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.html");
        HtmlReportSink sink = new HtmlReportSink(file, "A", id -> null, LocalDate.of(2025, 8, 31));
        sink.accept(new BatchResult.Evaluated(0, "a.json", 0,
                Report.of(PlanIdentity.of(plan("Alpha", "A"), "a.json"), "p", "1", List.of())));
        sink.accept(new BatchResult.Evaluated(1, "b.json", 0,
                Report.of(PlanIdentity.of(plan("Beta", "B"), "b.json"), "p", "1", List.of())));
        Rejection broken = new Rejection("c.json", 3, 7, "/unit", Rejection.Kind.UNREADABLE, "malformed JSON");
        BatchSummary summary = new BatchSummary(1009, 2, 1007, Map.of(vn.tdkt.finding.Verdict.ACCEPT, 2L), Map.of(),
                List.of(), Map.of(Rejection.Kind.UNREADABLE, 1L, Rejection.Kind.NO_PACK, 1006L),
                List.of(broken), List.of(new BatchSummary.RejectionGroup(Rejection.Kind.NO_PACK, "no pack covers C", 1001,
                        List.of("d.json", "e.json", "f.json"))), "a (A), b (B)", 5, Map.of(), true,
                java.time.Duration.ZERO, 1);
        sink.finish(summary);

        Document html = parse(file);
        assertThat(html.select("p.note").text()).isEqualTo("Tổng số đầu vào: 1.009 = 2 đã kiểm tra + 1.007 không kiểm "
                + "tra được (inputs = evaluated + rejected) · 1 kế hoạch của tỉnh, thành phố khác không hiển thị (1 plans "
                + "of other provinces not shown) · Lượt kiểm tra bị dừng giữa chừng (the run was interrupted: the page "
                + "shows what was checked)");
        assertThat(html.select(".tile.total b").text()).isEqualTo("1");
        assertThat(html.select(".tile.rejected b").text()).isEqualTo("1.007");
        assertThat(html.select("table.rejections tbody tr")).extracting(Element::text).containsExactly(
                "c.json dòng 3, cột 7 · /unit malformed JSON",
                "d.json, e.json, f.json … (+998) 1001 đầu vào 1001 inputs no pack covers C",
                "Các gói quy tắc: a (A), b (B) the packs",
                "… và 5 đầu vào khác (xem tệp NDJSON hoặc CSV) and 5 more: see the NDJSON or CSV output");
        // the formats the rejections name are spelled out
        assertThat(html.select(".key dl.terms dt").eachText()).contains("JSON", "NDJSON", "CSV");
    }

    /** A control character has no place in HTML; a line break in a text keeps its row of the grid on one line. */
    @Test
    void controlCharactersAndLineBreaksStayOutOfThePagesLines(@TempDir Path dir) throws IOException {
        Finding twoLines = new Finding("T-1", Severity.VIOLATION, "/x", LocalizedText.of("e"), LocalizedText.of("f"), null,
                new Citation("d", "II.1", "t"), new LocalizedText("dòng 1\ndòng 2", "line 1\nline 2"));
        Path file = dir.resolve("report.html");
        HtmlReportSink sink = new HtmlReportSink(file, null, id -> null, LocalDate.of(2025, 8, 31));
        sink.accept(new BatchResult.Evaluated(0, "a.json", 0, Report.of(
                PlanIdentity.of(plan("Hòa\u0007Bình\nMới", "A"), "a.json"), "p", "1", List.of(twoLines))));
        sink.finish(BatchRunner.builder().checker(new FakeChecker()).build().run(java.util.stream.Stream.of()));

        String raw = Files.readString(file);
        assertThat(raw.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
        assertThat(raw.lines().filter(l -> l.startsWith("<tr><td class=\"n\">"))).singleElement()
                .satisfies(l -> assertThat(l).endsWith("</tr>"));
        Document html = parse(file);
        assertThat(html.select("table.grid th.unit a").text()).isEqualTo("xã Hòa Bình Mới");
        assertThat(html.select("table.grid td.c.v").attr("title"))
                .isEqualTo("T-1 · II.1\nVi phạm: dòng 1\ndòng 2\nline 1\nline 2");
        // the stylesheet is the page's own, written into it
        assertThat(html.select("head style").html()).contains(".grid td.v{", ".key dl{");
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
        assertThat(CellTexts.label(List.of(finding("205")))).isEqualTo("205");
        assertThat(CellTexts.label(List.of(finding("01 ngày")))).isEqualTo("01 ngày");
        assertThat(CellTexts.label(List.of(finding("80.0%")))).isEqualTo("80%");
        assertThat(CellTexts.label(List.of(finding("80,0 %")))).isEqualTo("80%");
        assertThat(CellTexts.label(List.of(finding("trước ngày 04/09/2025")))).isEqualTo("04/09");
        assertThat(CellTexts.label(List.of(notStated()))).isEqualTo("?");
        assertThat(CellTexts.label(List.of(finding(null)))).isEqualTo("?");
        assertThat(CellTexts.label(List.of(finding("a long name that says much more")))).isEqualTo("II.4");
        assertThat(CellTexts.label(List.of(finding("1"), finding("2")))).isEqualTo("×2");
        assertThat(CellTexts.label(List.of(finding("80.%")))).isEqualTo("80.%");
        assertThat(CellTexts.label(List.of(finding("1/9/2025 hoặc 04/09/2025")))).isEqualTo("04/09");
        assertThat(CellTexts.label(List.of(finding("04/09/25 và 1 chữ")))).isEqualTo("II.4");
    }

    private static Finding notStated() {
        return new Finding("T-4", Severity.WARNING, "/x", LocalizedText.of("e"), vn.tdkt.check.FindingCollector.NOT_STATED,
                null, new Citation("d", "II.4", "t"), new LocalizedText("vi", "en"));
    }

    private static Finding finding(String found) {
        return new Finding("T-4", Severity.WARNING, "/x", LocalizedText.of("e"), LocalizedText.of(found), null, new Citation("d", "II.4", "t"),
                new LocalizedText("vi", "en"));
    }
}
