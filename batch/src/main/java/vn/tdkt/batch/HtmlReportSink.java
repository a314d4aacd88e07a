package vn.tdkt.batch;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.tdkt.engine.PackInfo;
import vn.tdkt.engine.RuleDescription;
import vn.tdkt.check.FindingCollector;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.RuleIds;
import vn.tdkt.finding.Severity;
import vn.tdkt.finding.Verdict;
import vn.tdkt.model.ProvinceNames;

/**
 * Writes a province's results as one self-contained HTML page for the officials who read them: a grid of communes ×
 * rules, each cell coloured by the rule's worst finding on that plan and linked to the plan's findings; the totals per
 * rule; the communes with the most serious findings first; the rules, each with the words of its clause; then each
 * plan's findings with their messages (Vietnamese, with the English below) and clauses; and the inputs that could not
 * be checked, with the reason. Inline CSS, no script, every text escaped. Written when the batch finishes, to a
 * temporary file moved into place.
 *
 * <p>Each plan's part of the page, its row of the grid and its findings, is rendered as the plan arrives (on the
 * batch's delivery thread, while the workers are still checking the plans that follow), into strings kept with the
 * row; when the batch finishes, the page only sorts the rows, counts the totals, writes the head of the page and the
 * rules table, then these parts in sorted order. Nothing in a part depends on where it ends up: the row's number is
 * written around it at the end, and the anchors are the plan's place in the input ({@code id="p{sequence}"}). A part is
 * rendered with the grid's columns as they stand (the rules of the packs used so far, and any rule a finding names);
 * when a later plan brings a pack or a rule that changes them, the parts rendered before are rendered again at the end
 * with the final columns, so that the page is the same whatever the timing of the batch. The province shown next to
 * the unit on a page of several provinces is also written at the end.
 *
 * <p>The page says each thing once, for it may hold thousands of plans: a cell with a finding carries the messages
 * and the clause in its hover title, a cell without one carries nothing (its column's header names the rule), and a
 * finding links its clause to the rule's row in the rules table, which quotes the clause, rather than quote it again;
 * only a finding whose clause's words differ from those the pack gives (or whose rule no pack describes) quotes them
 * itself. The page is written to the file in chunks as it is made, never held whole as one string.
 *
 * <p>The page keeps one row per plan of the province until the end: its report (findings included, for a part that
 * must be rendered again) and its rendered parts, which together come to about as much memory as the page itself
 * (twice its size in bytes, for Vietnamese text is held in UTF-16). It is meant for a province's few hundred communes;
 * with no province named it shows every plan evaluated, a few thousand for the whole country.
 */
public final class HtmlReportSink implements BatchSink {

    private final Path file;
    private final String province;
    private final PackLookup packs;
    private final LocalDate generatedOn;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, PackInfo> usedPacks = new LinkedHashMap<>();
    /** The rules the findings name, each with the clause of the first finding naming it (null when it gives none). */
    private final Map<String, String> findingRules = new LinkedHashMap<>();
    private final Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
    /** Where the parts of the rows are rendered as they arrive. */
    private final Html parts = new Html();
    /** The grid's columns as they stand; replaced (never changed) when a plan brings a pack or a rule. */
    private Columns columns = new Columns(List.of());
    private long otherProvinces;

    /**
     * @param file        the HTML file
     * @param province    the province whose plans the page shows (compared without case or diacritics, "Hai Phong"
     *                    is "Hải Phòng"); null for every plan
     * @param packs       where the rules' titles and clauses are described
     * @param generatedOn the day printed on the page
     */
    public HtmlReportSink(Path file, String province, PackLookup packs, LocalDate generatedOn) {
        this.file = Objects.requireNonNull(file, "file");
        this.province = province == null || province.isBlank() ? null : province.strip();
        this.packs = Objects.requireNonNull(packs, "packs");
        this.generatedOn = Objects.requireNonNull(generatedOn, "generatedOn");
    }

    @Override
    public void accept(BatchResult result) {
        if (result instanceof BatchResult.Evaluated e) {
            Report report = e.report();
            if (province != null && (report.plan().province() == null
                    || !ProvinceNames.same(report.plan().province(), province))) {
                otherProvinces++;
                return;
            }
            Row row = new Row(e.sequence(), report.plan().source() != null ? report.plan().source() : e.source(),
                    report, collator);
            rows.add(row);
            boolean changed = false;
            if (!usedPacks.containsKey(report.pack())) {
                usedPacks.put(report.pack(), packs.descriptor(report.pack()));
                changed = true;
            }
            PackInfo pack = usedPacks.get(report.pack());
            row.packNote = pack == null ? null : pack.note();
            for (Finding f : report.findings()) {
                if (!findingRules.containsKey(f.ruleId())) {
                    findingRules.put(f.ruleId(), f.citation().clause());
                    changed = true;
                }
            }
            if (changed) {
                Columns now = columns();
                if (!now.list().equals(columns.list())) {
                    columns = now;
                }
            }
            // the row's parts, rendered now while the workers check the plans that follow
            row.renderedWith = columns;
            row.gridRow = gridRow(parts, row, columns);
            row.article = article(parts, row, columns);
        }
    }

    @Override
    public void finish(BatchSummary summary) throws IOException {
        // the writer is buffered (OutputFiles): the page goes to it in chunks as it is made
        OutputFiles.writeAtomically(file, out -> render(summary, out, false));
    }

    /** The page as a string (for tests): the page {@link #finish} writes. */
    String render(BatchSummary summary) {
        return render(summary, false);
    }

    /** The page as a string with every row's parts rendered again at the end (for tests): the same page. */
    String renderAfresh(BatchSummary summary) {
        return render(summary, true);
    }

    private String render(BatchSummary summary, boolean afresh) {
        StringWriter out = new StringWriter();
        try {
            render(summary, out, afresh);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * A column of the grid: a rule, with what its pack says of it ({@code text}, the clause's words, shown once in the
     * rules table; null when no pack describes the rule).
     */
    private record Column(String ruleId, String clause, String titleVi, String titleEn, String text, Set<String> packs) {
    }

    /** The grid's columns, in order, and by rule id; never changed once made. */
    private record Columns(List<Column> list, Map<String, Column> byId) {
        Columns(List<Column> list) {
            this(List.copyOf(list), byId(list));
        }

        private static Map<String, Column> byId(List<Column> list) {
            Map<String, Column> byId = new HashMap<>();
            list.forEach(c -> byId.put(c.ruleId(), c));
            return byId;
        }
    }

    /**
     * A part of the page rendered ahead, with the place where the page writes the row's number (the article's) or the
     * unit's province (the grid's row, after its number cell) when it knows them.
     */
    private record Part(String text, int at) {
    }

    /**
     * An evaluated plan of the page: its counts and findings by rule, worked out once, and its parts of the page,
     * rendered as it arrives with the columns {@code renderedWith}.
     */
    private static final class Row {
        /** What the report's pack says of every plan (shown once, in the header), or null. */
        vn.tdkt.finding.LocalizedText packNote;
        final long sequence;
        final String source;
        final Report report;
        final int violations;
        final int warnings;
        final int advice;
        final Map<String, List<Finding>> byRule = new HashMap<>();
        final CollationKey unitKey;
        Columns renderedWith;
        Part gridRow;
        Part article;

        Row(long sequence, String source, Report report, Collator collator) {
            this.sequence = sequence;
            this.source = source;
            this.report = report;
            int v = 0;
            int w = 0;
            int a = 0;
            for (Finding f : report.findings()) {
                byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>(2)).add(f);
                if (f.isWaived()) {
                    continue; // as Report.counts(): a waived finding does not count
                }
                switch (f.severity()) {
                    case VIOLATION -> v++;
                    case WARNING -> w++;
                    case ADVICE -> a++;
                }
            }
            this.violations = v;
            this.warnings = w;
            this.advice = a;
            this.unitKey = collator.getCollationKey(nonNull(report.plan().unit()));
        }

        List<Finding> findings(String ruleId) {
            return byRule.getOrDefault(ruleId, List.of());
        }
    }

    /** The most serious first: verdict, then violations, warnings, advice, then the unit's name, then input order. */
    private static final Comparator<Row> WORST_FIRST = (x, y) -> {
        int c = y.report.verdict().compareTo(x.report.verdict());
        if (c == 0) {
            c = Integer.compare(y.violations, x.violations);
        }
        if (c == 0) {
            c = Integer.compare(y.warnings, x.warnings);
        }
        if (c == 0) {
            c = Integer.compare(y.advice, x.advice);
        }
        if (c == 0) {
            c = x.unitKey.compareTo(y.unitKey);
        }
        return c != 0 ? c : Long.compare(x.sequence, y.sequence);
    };

    /**
     * Writes the page: the rows' parts as rendered when they arrived, or rendered again when the columns have changed
     * since (or {@code afresh}, for tests).
     */
    private void render(BatchSummary summary, Writer writer, boolean afresh) throws IOException {
        List<Row> ordered = new ArrayList<>(rows);
        ordered.sort(WORST_FIRST);
        Columns columns = this.columns;
        Map<String, long[]> totals = new HashMap<>();
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            verdicts.put(v, 0);
        }
        for (Row row : ordered) {
            verdicts.merge(row.report.verdict(), 1, Integer::sum);
            for (Map.Entry<String, List<Finding>> rule : row.byRule.entrySet()) {
                totals.computeIfAbsent(rule.getKey(), k -> new long[3])[worst(rule.getValue()).ordinal()]++;
            }
        }

        Html h = new Html(writer);
        try {
            String place = placeName();
            h.raw("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .raw("<title>").text("Kết quả kiểm tra kế hoạch Hội nghị điển hình tiên tiến – ").text(place)
                    .raw("</title>\n<style>\n").raw(CSS).raw("</style>\n</head>\n<body>\n");

            header(h, place);
            tiles(h, ordered.size(), verdicts, summary);
            grid(h, ordered, columns, totals, afresh);
            rulesTable(h, columns.list(), totals, ordered.size());
            details(h, ordered, columns, afresh);
            rejections(h, summary);
            h.raw("<footer>").text("Lập bởi tdkt ngày " + vn.tdkt.finding.Days.written(generatedOn) + " · ")
                    .raw("<span class=\"en\">").text("Made by tdkt on " + generatedOn + ". Each finding cites the "
                            + "clause of the guidance it enforces; a warning means the plan does not state a fact or "
                            + "sits on a boundary, and calls for a look by hand.").raw("</span></footer>\n");
            h.raw("</body>\n</html>\n");
            h.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private String placeName() {
        List<PackInfo> known = usedPacks.values().stream().filter(Objects::nonNull).toList();
        if (province != null) {
            for (PackInfo pack : known) {
                if (pack.provinces().stream().anyMatch(p -> ProvinceNames.same(p, province))
                        && pack.jurisdiction() != null) {
                    return pack.jurisdiction();
                }
            }
            return province;
        }
        Set<String> provinces = new LinkedHashSet<>();
        rows.forEach(r -> provinces.add(r.report.plan().province() == null ? "?" : r.report.plan().province()));
        if (provinces.size() == 1 && known.size() == 1 && known.get(0).jurisdiction() != null) {
            return known.get(0).jurisdiction();
        }
        return provinces.size() == 1 ? provinces.iterator().next() : "Các tỉnh, thành phố";
    }

    private void header(Html h, String place) {
        h.raw("<header>\n<p class=\"kicker\">").text("Kiểm tra kế hoạch tổ chức Hội nghị điển hình tiên tiến cấp xã năm 2025")
                .raw(" <span class=\"en\">").text("· Commune plans for the 2025 exemplar conferences").raw("</span></p>\n")
                .raw("<h1>").text(place).raw("</h1>\n");
        for (PackInfo pack : usedPacks.values()) {
            if (pack == null) {
                continue;
            }
            h.raw("<p class=\"basis\">").text("Căn cứ: " + pack.guidance().citation()).raw(" <span class=\"en\">")
                    .text("· rule pack " + pack.id() + " " + pack.version()).raw("</span></p>\n");
            if (pack.note() != null) {
                // a baseline says once, for all its plans, why they were checked against it
                h.raw("<p class=\"basis baseline\">").text(pack.note().vi()).raw(" <span class=\"en\">")
                        .text(pack.note().en()).raw("</span></p>\n");
            }
        }
        h.raw("</header>\n");
    }

    private void tiles(Html h, int plans, Map<Verdict, Integer> verdicts, BatchSummary summary) {
        h.raw("<section class=\"tiles\">\n");
        tile(h, "total", plans, "Kế hoạch đã kiểm tra", "plans checked");
        tile(h, "reject", verdicts.get(Verdict.REJECT), "Không đạt", "reject: a violation");
        tile(h, "review", verdicts.get(Verdict.REVIEW), "Cần xem xét", "review: warnings only");
        tile(h, "accept", verdicts.get(Verdict.ACCEPT), "Đạt", "accept");
        tile(h, "rejected", summary.rejected(), "Không kiểm tra được", "inputs not checked");
        h.raw("</section>\n");
        h.raw("<p class=\"note\">").text("Tổng số đầu vào: " + number(summary.inputs()) + " = "
                + number(summary.evaluated()) + " đã kiểm tra + " + number(summary.rejected()) + " không kiểm tra được")
                .raw(" <span class=\"en\">").text("(inputs = evaluated + rejected)").raw("</span>");
        if (otherProvinces > 0) {
            h.text(" · " + number(otherProvinces) + " kế hoạch của tỉnh, thành phố khác không hiển thị ")
                    .raw("<span class=\"en\">")
                    .text("(" + otherProvinces + " plans of other provinces not shown)").raw("</span>");
        }
        if (summary.interrupted()) {
            h.raw(" · <strong>").text("Lượt kiểm tra bị dừng giữa chừng").raw("</strong> <span class=\"en\">")
                    .text("(the run was interrupted: the page shows what was checked)").raw("</span>");
        }
        h.raw("</p>\n");
    }

    private static void tile(Html h, String kind, long n, String vi, String en) {
        h.raw("<div class=\"tile ").raw(kind).raw("\"><b>").text(number(n)).raw("</b><span>").text(vi)
                .raw("</span><span class=\"en\">").text(en).raw("</span></div>\n");
    }

    private void grid(Html h, List<Row> ordered, Columns columns, Map<String, long[]> totals, boolean afresh) {
        List<Column> list = columns.list();
        h.raw("<section>\n<h2>").text("Bảng tổng hợp theo đơn vị và quy tắc").raw(" <span class=\"en\">")
                .text("Communes × rules, the most serious first").raw("</span></h2>\n");
        legend(h);
        h.raw("<div class=\"scroll\"><table class=\"grid\">\n<thead>\n<tr><th class=\"n\" scope=\"col\">#</th>")
                .raw("<th class=\"unit\" scope=\"col\">").text("Đơn vị").raw("<span class=\"en\">unit</span></th>")
                .raw("<th scope=\"col\">").text("Kết luận").raw("<span class=\"en\">verdict</span></th>")
                .raw("<th class=\"cnt\" scope=\"col\" title=\"Vi phạm / violations\">VP</th>")
                .raw("<th class=\"cnt\" scope=\"col\" title=\"Cảnh báo / warnings\">CB</th>")
                .raw("<th class=\"cnt\" scope=\"col\" title=\"Khuyến nghị / advice\">KN</th>");
        for (Column c : list) {
            h.raw("<th class=\"rule\" scope=\"col\" title=\"").attr(c.ruleId() + " · " + nonNull(c.clause()) + "\n"
                    + nonNull(c.titleVi()) + "\n" + nonNull(c.titleEn())).raw("\">").text(c.ruleId())
                    .raw("<span class=\"clause\">").text(nonNull(c.clause())).raw("</span></th>");
        }
        h.raw("</tr>\n");
        totalRow(h, list, totals, Severity.VIOLATION, "Số đơn vị vi phạm", "with a violation");
        totalRow(h, list, totals, Severity.WARNING, "Số đơn vị có cảnh báo", "with a warning");
        totalRow(h, list, totals, Severity.ADVICE, "Số đơn vị có khuyến nghị", "with advice");
        h.raw("</thead>\n<tbody>\n");
        boolean manyProvinces = ordered.stream().map(l -> nonNull(l.report.plan().province())).distinct().count() > 1;
        Html scratch = null;
        int n = 0;
        for (Row row : ordered) {
            n++;
            Part part = row.gridRow;
            if (afresh || row.renderedWith != columns) {
                scratch = scratch != null ? scratch : new Html();
                part = gridRow(scratch, row, columns);
            }
            h.raw("<tr><td class=\"n\">").number(n).raw("</td>").raw(part.text(), 0, part.at());
            if (manyProvinces && row.report.plan().province() != null) {
                h.raw("<span class=\"prov\">").text(row.report.plan().province()).raw("</span>");
            }
            h.raw(part.text(), part.at(), part.text().length());
        }
        if (ordered.isEmpty()) {
            h.raw("<tr><td colspan=\"").number(6 + list.size()).raw("\" class=\"empty\">")
                    .text("Không có kế hoạch nào được kiểm tra. ").raw("<span class=\"en\">")
                    .text("No plan was checked.").raw("</span></td></tr>\n");
        }
        h.raw("</tbody>\n</table></div>\n</section>\n");
    }

    /**
     * A row of the grid after its number cell, with {@link Part#at} where the unit's province goes on a page of several
     * provinces. It depends on the row and the columns only: its links go to the plan's own anchor.
     */
    private static Part gridRow(Html h, Row row, Columns columns) {
        Report report = row.report;
        String anchor = anchor(row);
        h.raw("<th class=\"unit\" scope=\"row\"><a href=\"#").raw(anchor).raw("\" title=\"")
                .attr(nonNull(row.source)).raw("\">").text(nonNull(report.plan().unit())).raw("</a>");
        int at = h.length();
        h.raw("</th><td class=\"verdict ").raw(verdictCss(report.verdict())).raw("\">")
                .text(verdictVi(report.verdict())).raw("</td><td class=\"cnt\">").count(row.violations)
                .raw("</td><td class=\"cnt\">").count(row.warnings)
                .raw("</td><td class=\"cnt\">").count(row.advice).raw("</td>");
        for (Column c : columns.list()) {
            List<Finding> findings = row.findings(c.ruleId());
            if (findings.isEmpty()) {
                // the column's header names the rule and its clause: an empty cell needs no title
                h.raw(c.packs().isEmpty() || c.packs().contains(report.pack())
                        ? "<td class=\"c ok\"></td>" : "<td class=\"c na\">–</td>");
                continue;
            }
            h.raw("<td class=\"c ").raw(css(worst(findings))).raw("\" title=\"");
            cellTitle(h, c.ruleId(), findings);
            h.raw("\"><a href=\"#").raw(anchor).raw("\">").text(cellLabel(findings)).raw("</a></td>");
        }
        h.raw("</tr>\n");
        return new Part(h.take(), at);
    }

    /** The id of a plan's findings on the page ("p12"): its place in the input, which no sorting changes. */
    private static String anchor(Row row) {
        return "p" + row.sequence;
    }

    /**
     * A coloured cell's hover text: the rule and its clause once, then each finding's severity and message (Vietnamese,
     * then English). A finding citing another clause than the first names it.
     */
    private static void cellTitle(Html h, String ruleId, List<Finding> findings) {
        String clause = findings.get(0).citation().clause();
        h.attr(ruleId);
        if (clause != null && !clause.equals(ruleId)) {
            h.raw(" · ").attr(clause);
        }
        boolean first = true;
        for (Finding f : findings) {
            h.raw(first ? "&#10;" : "&#10;&#10;").attr(severityVi(f.severity()));
            first = false;
            String own = f.citation().clause();
            if (own != null && !own.equals(clause) && !own.equals(ruleId)) {
                h.raw(" · ").attr(own);
            }
            h.raw(": ").attr(f.message().vi()).raw("&#10;").attr(f.message().en());
        }
    }

    private static void legend(Html h) {
        h.raw("<p class=\"legend\">");
        for (Severity s : Severity.values()) {
            h.raw("<span class=\"swatch ").raw(css(s)).raw("\"></span>").text(severityVi(s)).raw(" <span class=\"en\">")
                    .text(s.name().toLowerCase(Locale.ROOT)).raw("</span> ");
        }
        h.raw("<span class=\"swatch ok\"></span>").text("Không có phát hiện").raw(" <span class=\"en\">no finding</span> ")
                .raw("<span class=\"swatch na\"></span>").text("Không áp dụng (–)")
                .raw(" <span class=\"en\">not in the plan's pack</span>")
                .raw("<br><span class=\"hint\">").text("Ô ghi giá trị trong kế hoạch, “?” là chưa nêu, “×2” là hai phát "
                        + "hiện, “–” là quy tắc không thuộc gói của kế hoạch; di chuột để xem nội dung và điều khoản, "
                        + "bấm để xem chi tiết. ")
                .raw("<span class=\"en\">").text("A cell shows the plan's value, “?” when not stated, “×2” for two "
                        + "findings, “–” for a rule not in the plan's pack; hover for the message and clause, click for "
                        + "details.").raw("</span></span></p>\n");
    }

    private static void totalRow(Html h, List<Column> columns, Map<String, long[]> totals, Severity severity,
                                 String vi, String en) {
        h.raw("<tr class=\"totals ").raw(css(severity)).raw("\"><th colspan=\"6\" scope=\"row\">").text(vi)
                .raw(" <span class=\"en\">").text(en).raw("</span></th>");
        for (Column c : columns) {
            long[] counts = totals.get(c.ruleId());
            long n = counts == null ? 0 : counts[severity.ordinal()];
            h.raw(n == 0 ? "<td class=\"zero\">" : "<td>").text(n == 0 ? "" : number(n)).raw("</td>");
        }
        h.raw("</tr>\n");
    }

    /** Each rule once, with its clause's words: the findings below link here rather than quote them again. */
    private static void rulesTable(Html h, List<Column> columns, Map<String, long[]> totals, int plans) {
        h.raw("<section>\n<h2>").text("Tổng hợp theo quy tắc").raw(" <span class=\"en\">")
                .text("Totals per rule: communes by the rule's worst finding").raw("</span></h2>\n")
                .raw("<table class=\"rules\">\n<thead><tr><th scope=\"col\">").text("Quy tắc").raw("</th><th scope=\"col\">")
                .text("Điều khoản").raw("</th><th scope=\"col\">").text("Nội dung và trích điều khoản")
                .raw(" <span class=\"en\">rule, and the clause's words</span></th>")
                .raw("<th scope=\"col\">").text("Vi phạm").raw("</th><th scope=\"col\">").text("Cảnh báo")
                .raw("</th><th scope=\"col\">").text("Khuyến nghị").raw("</th><th scope=\"col\" class=\"barcol\">")
                .text("Tỷ lệ đơn vị").raw(" <span class=\"en\">share of communes</span></th></tr></thead>\n<tbody>\n");
        for (Column c : columns) {
            long[] n = totals.getOrDefault(c.ruleId(), new long[3]);
            h.raw("<tr id=\"").attr(ruleAnchor(c.ruleId())).raw("\"><th scope=\"row\">").text(c.ruleId())
                    .raw("</th><td>").text(nonNull(c.clause())).raw("</td><td>")
                    .text(nonNull(c.titleVi())).raw(" <span class=\"en\">").text(nonNull(c.titleEn())).raw("</span>");
            if (c.text() != null) {
                h.raw("<span class=\"cite\">").text(c.text()).raw("</span>");
            }
            h.raw("</td>");
            for (Severity s : Severity.values()) {
                h.raw(n[s.ordinal()] == 0 ? "<td class=\"num zero\">" : "<td class=\"num\">")
                        .text(Long.toString(n[s.ordinal()])).raw("</td>");
            }
            h.raw("<td class=\"barcol\"><div class=\"bar\">");
            for (Severity s : Severity.values()) {
                if (n[s.ordinal()] > 0 && plans > 0) {
                    h.raw("<span class=\"").raw(css(s)).raw("\" style=\"width:")
                            .raw(String.format(Locale.ROOT, "%.2f", 100.0 * n[s.ordinal()] / plans)).raw("%\"></span>");
                }
            }
            h.raw("</div></td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</section>\n");
    }

    private static void details(Html h, List<Row> ordered, Columns columns, boolean afresh) {
        h.raw("<section>\n<h2>").text("Chi tiết theo đơn vị").raw(" <span class=\"en\">")
                .text("Findings per commune, with the clause and the plan's words").raw("</span></h2>\n");
        Html scratch = null;
        int n = 0;
        for (Row row : ordered) {
            n++;
            Part part = row.article;
            if (afresh || row.renderedWith != columns) {
                scratch = scratch != null ? scratch : new Html();
                part = article(scratch, row, columns);
            }
            h.raw(part.text(), 0, part.at()).number(n).raw(part.text(), part.at(), part.text().length());
        }
        h.raw("</section>\n");
    }

    /**
     * A plan's findings, with {@link Part#at} where its number goes in the heading. It depends on the row and the
     * columns only (a finding quotes its clause's words unless its column shows the same).
     */
    private static Part article(Html h, Row row, Columns columns) {
        Report report = row.report;
        h.raw("<article class=\"unit-detail\" id=\"").raw(anchor(row)).raw("\">\n<h3>");
        int at = h.length();
        h.raw(". ").text(nonNull(report.plan().unit())).raw(" <span class=\"verdict ")
                .raw(verdictCss(report.verdict())).raw("\">").text(verdictVi(report.verdict()))
                .raw("</span></h3>\n<p class=\"meta\">").text("Kế hoạch");
        if (report.plan().documentNumber() != null) {
            h.text(" số ").text(report.plan().documentNumber());
        }
        if (report.plan().documentDate() != null) {
            h.text(" ngày ").text(vn.tdkt.finding.Days.written(report.plan().documentDate()));
        }
        if (report.plan().province() != null) {
            h.text(" · ").text(report.plan().province());
        }
        h.text(" · gói ").text(report.pack());
        if (row.source != null) {
            h.text(" · ").text(row.source);
        }
        h.raw("</p>\n");
        for (var note : report.notes()) {
            if (!note.equals(row.packNote)) {
                h.raw("<p class=\"meta\">").text(note.vi()).raw(" <span class=\"en\">").text(note.en()).raw("</span></p>\n");
            }
        }
        if (report.findings().isEmpty()) {
            h.raw("<p>").text("Không có phát hiện nào. ").raw("<span class=\"en\">No finding.</span></p>\n</article>\n");
            return new Part(h.take(), at);
        }
        h.raw("<table class=\"findings\">\n");
        for (Finding f : report.findings()) {
            Column rule = columns.byId().get(f.ruleId());
            String clause = f.citation().clause();
            h.raw("<tr><td class=\"sev ").raw(css(f.severity())).raw("\">").text(severityVi(f.severity()))
                    .raw("</td><td class=\"rid\">");
            // the clause links to the rule's row, which quotes the clause once for the whole page
            if (clause == null || clause.equals(f.ruleId())) {
                h.raw("<a href=\"#").attr(ruleAnchor(f.ruleId())).raw("\">").text(f.ruleId()).raw("</a>");
            } else {
                h.text(f.ruleId()).raw("<a class=\"clause\" href=\"#").attr(ruleAnchor(f.ruleId())).raw("\">")
                        .text(clause).raw("</a>");
            }
            h.raw("</td><td>").text(f.message().vi()).raw("<span class=\"en\">").text(f.message().en())
                    .raw("</span>");
            if (f.quote() != null) {
                h.raw("<q>").text(f.quote()).raw("</q>");
            }
            String text = f.citation().text();
            if (text != null && (rule == null || !text.equals(rule.text()))) {
                // words the rules table does not show: quoted here so that nothing is lost
                h.raw("<span class=\"cite\">").text(nonNull(clause)).raw(": ").text(text).raw("</span>");
            }
            h.raw("</td><td class=\"ef\"><span>").text("Yêu cầu: ").text(nonNull(f.expected().vi()))
                    .raw("</span><span>").text("Kế hoạch: ").text(nonNull(f.found().vi())).raw("</span><code>")
                    .text(nonNull(f.pointer())).raw("</code></td></tr>\n");
        }
        h.raw("</table>\n</article>\n");
        return new Part(h.take(), at);
    }

    private static void rejections(Html h, BatchSummary summary) {
        h.raw("<section>\n<h2 id=\"rejected\">").text("Đầu vào không kiểm tra được").raw(" <span class=\"en\">")
                .text("Inputs that could not be checked, and why").raw("</span></h2>\n");
        if (summary.rejected() == 0) {
            h.raw("<p>").text("Không có. ").raw("<span class=\"en\">None: every input was checked.</span></p>\n</section>\n");
            return;
        }
        h.raw("<table class=\"rejections\">\n<thead><tr><th scope=\"col\">").text("Đầu vào").raw(" <span class=\"en\">input</span>")
                .raw("</th><th scope=\"col\">").text("Vị trí").raw(" <span class=\"en\">where</span></th><th scope=\"col\">")
                .text("Lý do").raw(" <span class=\"en\">reason</span></th></tr></thead>\n<tbody>\n");
        for (Rejection r : summary.rejections()) {
            String where = (r.line() > 0 ? "dòng " + r.line() + (r.column() > 0 ? ", cột " + r.column() : "") : "")
                    + (r.pointer() != null ? (r.line() > 0 ? " · " : "") + (r.pointer().isEmpty() ? "/" : r.pointer()) : "");
            h.raw("<tr><td><code>").text(nonNull(r.source())).raw("</code></td><td>").text(where).raw("</td><td>")
                    .text(r.reason()).raw("</td></tr>\n");
        }
        for (BatchSummary.RejectionGroup g : summary.rejectionGroups()) {
            String sources = String.join(", ", g.sources()) + (g.count() > g.sources().size()
                    ? " … (+" + (g.count() - g.sources().size()) + ")" : "");
            h.raw("<tr><td><code>").text(sources).raw("</code></td><td>").text(g.count() + " đầu vào")
                    .raw(" <span class=\"en\">").text(g.count() + " inputs").raw("</span></td><td>").text(g.reason())
                    .raw("</td></tr>\n");
        }
        if (summary.packsAre() != null) {
            h.raw("<tr><td colspan=\"3\">").text("Các gói quy tắc: " + summary.packsAre())
                    .raw(" <span class=\"en\">the packs</span></td></tr>\n");
        }
        if (summary.unlisted() > 0) {
            h.raw("<tr><td colspan=\"3\">").text("… và " + summary.unlisted() + " đầu vào khác (xem tệp NDJSON hoặc CSV) ")
                    .raw("<span class=\"en\">").text("and " + summary.unlisted() + " more: see the NDJSON or CSV output")
                    .raw("</span></td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</section>\n");
    }

    /** The rules of the packs used, in catalogue order, with any rule a finding names that no pack describes. */
    private Columns columns() {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (PackInfo pack : usedPacks.values()) {
            if (pack == null) {
                continue;
            }
            for (RuleDescription rule : pack.rules().values()) {
                Column known = columns.get(rule.id());
                if (known != null) {
                    known.packs().add(pack.id());
                    continue;
                }
                Set<String> in = new LinkedHashSet<>();
                in.add(pack.id());
                columns.put(rule.id(), new Column(rule.id(), rule.clause(),
                        rule.title() == null ? null : rule.title().vi(), rule.title() == null ? null : rule.title().en(),
                        rule.text(), in));
            }
        }
        for (Map.Entry<String, String> rule : findingRules.entrySet()) {
            if (!columns.containsKey(rule.getKey())) {
                columns.put(rule.getKey(), new Column(rule.getKey(), rule.getValue(), null, null, null,
                        new LinkedHashSet<>()));
            }
        }
        List<String> ids = new ArrayList<>(columns.keySet());
        ids.sort(RuleIds.ORDER);
        List<Column> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(columns.get(id)));
        return new Columns(ordered);
    }

    /** The id of a rule's row in the rules table ("r-HP-09"); a space, which an id may not hold, becomes "_". */
    static String ruleAnchor(String ruleId) {
        StringBuilder id = new StringBuilder(ruleId.length() + 2).append("r-");
        for (int i = 0; i < ruleId.length(); i++) {
            char c = ruleId.charAt(i);
            id.append(Character.isWhitespace(c) ? '_' : c);
        }
        return id.toString();
    }

    /**
     * What a cell says in a few characters: the value the plan states ("205", "27/08", "80%", "01 ngày"), "?" when it
     * states none, the number of findings when the rule reported several, else the clause.
     */
    static String cellLabel(List<Finding> findings) {
        if (findings.size() > 1) {
            return "×" + findings.size();
        }
        Finding f = findings.get(0);
        String found = f.found() == null ? null : f.found().vi().strip();
        if (found == null || found.isEmpty() || f.found().equals(FindingCollector.NOT_STATED)) {
            return "?";
        }
        String percent = wholePercent(found.replace(" %", "%").replace(',', '.'));
        if (percent != null) {
            return percent;
        }
        if (found.length() <= 8) {
            return found;
        }
        if (found.length() <= 24) {
            // the day and month of the first date dd/mm/yyyy
            for (int i = 0; i + 10 <= found.length(); i++) {
                if (digits(found, i, 2) && found.charAt(i + 2) == '/' && digits(found, i + 3, 2)
                        && found.charAt(i + 5) == '/' && digits(found, i + 6, 4)) {
                    return found.substring(i, i + 5);
                }
            }
        }
        return clauseOf(f);
    }

    /** "80%" for "80%" or "80.0%"; null for anything else. */
    private static String wholePercent(String s) {
        int end = s.length() - 1;
        if (end < 1 || s.charAt(end) != '%') {
            return null;
        }
        int i = 0;
        while (i < end && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return null;
        }
        int whole = i;
        if (i < end) {
            if (s.charAt(i) != '.' || i + 1 == end) {
                return null;
            }
            for (i++; i < end; i++) {
                if (!isDigit(s.charAt(i))) {
                    return null;
                }
            }
        }
        return s.substring(0, whole) + "%";
    }

    private static boolean digits(String s, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String clauseOf(Finding f) {
        return f.citation().clause() == null ? f.ruleId() : f.citation().clause();
    }

    private static Severity worst(List<Finding> findings) {
        Severity worst = findings.get(0).severity();
        for (Finding f : findings) {
            worst = f.severity().compareTo(worst) < 0 ? f.severity() : worst;
        }
        return worst;
    }

    /** A count as Vietnamese writes it: 3.142. */
    static String number(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            out.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    static String css(Severity s) {
        return switch (s) {
            case VIOLATION -> "v";
            case WARNING -> "w";
            case ADVICE -> "a";
        };
    }

    private static String verdictCss(Verdict v) {
        return switch (v) {
            case REJECT -> "reject";
            case REVIEW -> "review";
            case ACCEPT -> "accept";
        };
    }

    static String severityVi(Severity s) {
        return switch (s) {
            case VIOLATION -> "Vi phạm";
            case WARNING -> "Cảnh báo";
            case ADVICE -> "Khuyến nghị";
        };
    }

    static String verdictVi(Verdict v) {
        return switch (v) {
            case REJECT -> "Không đạt";
            case REVIEW -> "Cần xem xét";
            case ACCEPT -> "Đạt";
        };
    }

    /**
     * Writes the page to a {@link Writer} in chunks as it goes (the page is never held whole); {@link #text} and
     * {@link #attr} escape, {@link #raw} is for the page's own markup only. An error of the writer comes out as an
     * {@link UncheckedIOException}.
     */
    static final class Html {
        private static final int CHUNK = 32 * 1024;

        private final Writer writer;
        private final StringBuilder out;
        private char[] chars;

        Html(Writer writer) {
            this.writer = Objects.requireNonNull(writer, "writer");
            this.out = new StringBuilder(CHUNK + 1024);
        }

        /** Renders a part of the page, to be taken as a string ({@link #take}) rather than written. */
        Html() {
            this.writer = null;
            this.out = new StringBuilder(8 * 1024);
        }

        Html raw(String markup) {
            out.append(markup);
            return spill();
        }

        /**
         * Characters {@code from} to {@code to} of a part rendered ahead (markup of the page's own, its texts
         * escaped): a long run goes straight to the writer, after what is buffered, rather than through the buffer.
         */
        Html raw(String part, int from, int to) {
            if (writer == null || to - from < 1024) {
                out.append(part, from, to);
                return spill();
            }
            flush();
            try {
                writer.write(part, from, to - from);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** How many characters are rendered and not yet written or taken. */
        int length() {
            return out.length();
        }

        /** What is rendered, as a string; the part is then started afresh. */
        String take() {
            String part = out.toString();
            out.setLength(0);
            return part;
        }

        Html text(String text) {
            escape(text, out);
            return spill();
        }

        Html attr(String text) {
            escape(text, out);
            return spill();
        }

        Html number(long n) {
            out.append(n);
            return this;
        }

        /** A count, or nothing for zero. */
        Html count(int n) {
            if (n != 0) {
                out.append(n);
            }
            return this;
        }

        /** Writes what is buffered (the writer may hold it in its own buffer); nothing for a part rendered ahead. */
        void flush() {
            if (writer == null || out.length() == 0) {
                return;
            }
            if (chars == null || chars.length < out.length()) {
                chars = new char[Math.max(CHUNK + 1024, out.length())];
            }
            int n = out.length();
            out.getChars(0, n, chars, 0);
            out.setLength(0);
            try {
                writer.write(chars, 0, n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Html spill() {
            if (writer != null && out.length() >= CHUNK) {
                flush();
            }
            return this;
        }

        /** What each character below '@' becomes, when it is not itself; no character from '@' on needs escaping. */
        private static final String[] ESCAPES = new String['@'];

        static {
            for (char c = 0; c < 0x20; c++) {
                if (c != '\t' && c != '\r') {
                    ESCAPES[c] = " "; // a control character has no place in HTML text
                }
            }
            ESCAPES['\n'] = "&#10;";
            ESCAPES['&'] = "&amp;";
            ESCAPES['<'] = "&lt;";
            ESCAPES['>'] = "&gt;";
            ESCAPES['"'] = "&quot;";
            ESCAPES['\''] = "&#39;";
        }

        /** Appends the text escaped, in runs: most texts have nothing to escape and go in whole. */
        static void escape(String text, StringBuilder out) {
            int from = 0;
            int length = text.length();
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                String escaped = c < '@' ? ESCAPES[c] : null;
                if (escaped != null) {
                    out.append(text, from, i).append(escaped);
                    from = i + 1;
                }
            }
            if (from == 0) {
                out.append(text);
            } else {
                out.append(text, from, length);
            }
        }
    }

    private static final String CSS = """
            :root{--v:#c0392b;--v-bg:#fbe3e0;--w:#b7791f;--w-bg:#fdf0c8;--a:#2b6cb0;--a-bg:#e1ecfa;--ok:#eef7ee;
            --ink:#1f2933;--muted:#5f6b7a;--line:#d9dee5;--accent:#8b1a1a}
            *{box-sizing:border-box}
            body{margin:0;padding:24px 28px 40px;font:14px/1.45 "Noto Sans","Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:#f6f7f9}
            header{border-bottom:3px solid var(--accent);padding-bottom:10px;margin-bottom:16px}
            .kicker{margin:0;color:var(--accent);font-weight:600;letter-spacing:.02em;text-transform:uppercase;font-size:12.5px}
            h1{margin:4px 0 4px;font-size:26px}
            h2{font-size:18px;margin:26px 0 8px}
            h3{font-size:15px;margin:0 0 2px}
            .en{color:var(--muted);font-weight:normal;font-size:.86em;font-style:italic}
            .basis{margin:2px 0;color:var(--ink)}
            .tiles{display:flex;gap:12px;flex-wrap:wrap;margin:6px 0 8px}
            .tile{background:#fff;border:1px solid var(--line);border-left:6px solid var(--muted);border-radius:6px;padding:8px 14px;min-width:170px;display:flex;flex-direction:column}
            .tile b{font-size:28px;line-height:1.1}
            .tile.reject{border-left-color:var(--v)} .tile.reject b{color:var(--v)}
            .tile.review{border-left-color:var(--w)} .tile.review b{color:var(--w)}
            .tile.accept{border-left-color:#2f855a} .tile.accept b{color:#2f855a}
            .tile.rejected{border-left-color:#6b7280}
            .note{color:var(--muted);margin:4px 0 0}
            .legend{margin:0 0 8px;color:var(--ink)}
            .legend .hint{color:var(--muted)}
            .swatch{display:inline-block;width:14px;height:14px;border-radius:3px;vertical-align:-2px;margin:0 4px 0 10px;border:1px solid rgba(0,0,0,.12)}
            .legend .swatch:first-child{margin-left:0}
            .swatch.v{background:var(--v)} .swatch.w{background:#f2c14e} .swatch.a{background:#9cc3ee} .swatch.ok{background:var(--ok)} .swatch.na{background:#e5e7eb}
            .scroll{overflow:auto;max-width:100%;background:#fff;border:1px solid var(--line);border-radius:6px}
            table{border-collapse:collapse}
            .grid{font-size:12.5px;width:100%}
            .grid th,.grid td{border:1px solid var(--line);padding:3px 4px;text-align:center;white-space:nowrap}
            .grid thead th{position:sticky;top:0;background:#eef1f5;z-index:1}
            .grid th.unit{text-align:left;min-width:150px;max-width:220px;overflow:hidden;text-overflow:ellipsis;font-weight:600}
            .grid tbody th.unit{background:#fff}
            .grid th .en{display:block;font-size:10.5px}
            .grid th.rule{font-size:11.5px;padding:3px 2px}
            .grid .clause{display:block;font-weight:normal;color:var(--muted);font-size:10.5px;max-width:64px;overflow:hidden;text-overflow:ellipsis}
            .grid .prov{font-weight:normal;color:var(--muted);font-size:11px;margin-left:6px}
            .grid td.n{color:var(--muted);font-size:11px}
            .grid td.cnt{font-weight:600;min-width:26px}
            .grid tr.totals th{text-align:right;font-weight:600;background:#f7f8fa;position:static}
            .grid tr.totals td{font-weight:700;background:#f7f8fa}
            .grid tr.totals.v td{color:var(--v)} .grid tr.totals.w td{color:var(--w)} .grid tr.totals.a td{color:var(--a)}
            .grid tr.totals.a th,.grid tr.totals.a td{border-bottom:2px solid #9aa5b1}
            .grid td.c{min-width:36px;font-size:11px}
            .grid td.c a{color:inherit;text-decoration:none;display:block}
            .grid th.unit a{color:var(--ink);text-decoration:none} .grid th.unit a:hover{text-decoration:underline}
            .grid td.v{background:var(--v);color:#fff;font-weight:600}
            .grid td.w{background:#f2c14e;color:#3b2f0b}
            .grid td.a{background:#cfe2f8;color:#1c3d66}
            .grid td.ok{background:var(--ok)}
            .grid td.na{background:#f1f2f4;color:#a0a7b1}
            .grid tbody tr:hover td,.grid tbody tr:hover th{outline:1px solid #7b8794}
            td.verdict,span.verdict{font-weight:600;border-radius:3px}
            td.verdict.reject,span.verdict.reject{color:var(--v)} td.verdict.review,span.verdict.review{color:var(--w)} td.verdict.accept,span.verdict.accept{color:#2f855a}
            span.verdict{font-size:13px;padding:1px 6px;border:1px solid currentColor;margin-left:6px}
            .rules{background:#fff;border:1px solid var(--line);width:100%;font-size:13px}
            .rules th,.rules td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
            .rules thead th{background:#eef1f5}
            .rules td.num{text-align:right;font-weight:600} .rules td.zero{color:#b8bfc8;font-weight:normal}
            .rules tbody th,.rules tbody td:nth-child(2){white-space:nowrap}
            .rules tr:target th,.rules tr:target td{background:#fff4d6}
            .barcol{width:240px}
            .bar{display:flex;height:12px;background:#edf0f3;border-radius:3px;overflow:hidden;margin-top:3px}
            .bar span{display:block;height:100%} .bar .v{background:var(--v)} .bar .w{background:#f2c14e} .bar .a{background:#9cc3ee}
            .unit-detail{background:#fff;border:1px solid var(--line);border-radius:6px;padding:10px 14px;margin:0 0 10px}
            .unit-detail:target{outline:3px solid var(--accent)}
            .unit-detail .meta{margin:0 0 6px;color:var(--muted);font-size:12.5px}
            .findings{width:100%;font-size:13px}
            .findings td{border-top:1px solid var(--line);padding:5px 6px;vertical-align:top}
            .findings .en{display:block}
            .findings td.sev{white-space:nowrap;font-weight:600;width:92px}
            .findings td.sev.v{color:var(--v)} .findings td.sev.w{color:var(--w)} .findings td.sev.a{color:var(--a)}
            .findings td.rid{white-space:nowrap;font-weight:600;width:70px}
            .findings td.rid .clause{display:block;font-weight:normal;color:var(--muted)}
            .findings td.rid a{color:inherit;text-decoration:none} .findings td.rid a:hover{text-decoration:underline}
            .findings q{display:block;margin-top:3px;color:#374151;font-style:italic}
            .findings q::before{content:"Kế hoạch: “"} .findings q::after{content:"”"}
            .findings .cite,.rules .cite{display:block;margin-top:3px;color:var(--muted);font-size:12px}
            .findings td.ef{width:250px;color:var(--muted);font-size:12px}
            .findings td.ef span{display:block}
            .findings code,.rejections code{font-size:11.5px;color:#4b5563}
            .rejections{background:#fff;border:1px solid var(--line);width:100%;font-size:13px}
            .rejections th,.rejections td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
            .rejections thead th{background:#eef1f5}
            .empty{padding:14px;color:var(--muted)}
            footer{margin-top:28px;color:var(--muted);font-size:12px}
            @media print{body{background:#fff;padding:0}.scroll{overflow:visible;border:0}.grid thead th{position:static}.unit-detail{break-inside:avoid}}
            """;
}
