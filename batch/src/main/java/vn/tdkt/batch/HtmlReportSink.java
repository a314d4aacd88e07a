package vn.tdkt.batch;

import java.io.IOException;
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
import vn.tdkt.batch.html.Abbreviations;
import vn.tdkt.batch.html.Labels;
import vn.tdkt.batch.html.PlanParts;
import vn.tdkt.batch.html.ReportPage;
import vn.tdkt.batch.html.ReportTemplates;
import vn.tdkt.engine.PackInfo;
import vn.tdkt.finding.RuleDescription;
import vn.tdkt.finding.Days;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.RuleIds;
import vn.tdkt.finding.Severity;
import vn.tdkt.finding.Verdict;
import vn.tdkt.model.ProvinceNames;

/**
 * Writes a province's results as one self-contained HTML page for the officials who read them: a grid of communes ×
 * rules, each cell coloured by the rule's worst finding on that plan and linked to the plan's findings, with a key
 * that names each rule and spells out each abbreviation; the totals per rule; the communes with the most serious
 * findings first; the rules, each with the words of its clause; then each plan's findings with their messages
 * (Vietnamese, with the English below) and clauses; and the inputs that could not be checked, with the reason. Inline
 * CSS, no script, every text escaped (the page's templates, in package {@code vn.tdkt.batch.html}). Written when the
 * batch finishes, to a temporary file moved into place; {@link #writeTo} writes the same page elsewhere (a web
 * response).
 *
 * <p>Each plan's parts of the page, its row of the grid and its findings, are rendered as the plan arrives (on the
 * batch's delivery thread, while the workers are still checking the plans that follow) and kept with the row; when
 * the batch finishes, the page only sorts the rows, counts the totals, writes the head of the page, the key and the
 * rules table, then these parts in sorted order. Nothing in a part depends on where it ends up: the row's number, the
 * unit's name and, on a page of several provinces, its province are written around it at the end, and the anchors
 * are the plan's place in the input ({@code id="p{sequence}"}). A part is rendered with the grid's columns as they
 * stand (the rules of the packs used so far, and any rule a finding names); when a later plan brings a pack or a rule
 * that changes them, the parts rendered before are rendered again, straight into the page, with the final columns,
 * so that the page is the same whatever the timing of the batch.
 *
 * <p>The page says each thing once, for it may hold thousands of plans: a cell with a finding carries the messages
 * and the clause in its hover title, a cell without one carries nothing (its column's header and the key name the
 * rule), and a finding links its clause to the rule's row in the rules table, which quotes the clause, rather than
 * quote it again; only a finding whose clause's words differ from those the pack gives (or whose rule no pack
 * describes) quotes them itself. The page is written to the writer as it is made, never held whole as one string.
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
    /** The abbreviations in the plans' texts, which the key spells out. */
    private final Abbreviations.Finder abbreviations = new Abbreviations.Finder();
    private final Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
    /** Where the rows' parts are rendered as they arrive. */
    private final ReportTemplates.Ahead ahead = new ReportTemplates.Ahead();
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
        this(province, packs, generatedOn, Objects.requireNonNull(file, "file"));
    }

    /**
     * A page that {@link #finish} writes nowhere: the host writes it with {@link #writeTo} once the batch has run (a
     * web response), so that no file is made for it.
     *
     * @param province    as for the file's page
     * @param packs       where the rules' titles and clauses are described
     * @param generatedOn the day printed on the page
     */
    public HtmlReportSink(String province, PackLookup packs, LocalDate generatedOn) {
        this(province, packs, generatedOn, null);
    }

    /** {@code file} null: {@link #finish} writes nothing. */
    private HtmlReportSink(String province, PackLookup packs, LocalDate generatedOn, Path file) {
        this.file = file;
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
            row.cells = ahead.render(ReportTemplates.cells(cells(row, columns)));
            row.findings = ahead.render(ReportTemplates.findings(findings(row, columns)));
            scanAbbreviations(report);
        }
    }

    @Override
    public void finish(BatchSummary summary) throws IOException {
        if (file != null) {
            // the writer is buffered (OutputFiles): the page goes to it as it is made
            OutputFiles.writeAtomically(file, out -> writeTo(summary, out));
        }
    }

    /**
     * Writes the page of the results accepted so far, the one {@link #finish} writes to the file, to {@code out}
     * (which it neither flushes nor closes): for a host that serves the page rather than saving it.
     *
     * @param summary the batch's summary, for the counts of its inputs and the inputs that could not be checked
     */
    public void writeTo(BatchSummary summary, Writer out) throws IOException {
        ReportTemplates.page(page(summary), out);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * A column of the grid: a rule, with what its pack says of it ({@code text}, the clause's words, shown once in the
     * rules table; null when no pack describes the rule; {@code document}, the text it enforces when that is not its
     * pack's guidance) and the packs whose catalogue has it.
     */
    private record Rule(String ruleId, String anchor, String clause, String titleVi, String titleEn, String text,
                        String document, Set<String> packs) {
    }

    /**
     * The grid's columns, in order, and each rule's place; never changed once made. {@code emptyRows} keeps, per pack,
     * the row of a plan of that pack without a finding: a plan's row is that row with its findings' cells set in it.
     */
    private record Columns(List<Rule> list, Map<String, Rule> byId, Map<String, Integer> places,
                           Map<String, List<PlanParts.Cell>> emptyRows) {
        Columns(List<Rule> list) {
            this(List.copyOf(list), new HashMap<>(), new HashMap<>(), new HashMap<>());
            for (int i = 0; i < list.size(); i++) {
                byId.put(list.get(i).ruleId(), list.get(i));
                places.put(list.get(i).ruleId(), i);
            }
        }

        /** A rule outside the pack is "–"; one of the pack, or of none that describes it, an empty cell. */
        List<PlanParts.Cell> emptyRow(String pack) {
            return emptyRows.computeIfAbsent(pack, p -> {
                List<PlanParts.Cell> row = new ArrayList<>(list.size());
                for (Rule rule : list) {
                    row.add(rule.packs().isEmpty() || rule.packs().contains(p)
                            ? PlanParts.Cell.NO_FINDING : PlanParts.Cell.NOT_APPLICABLE);
                }
                return row;
            });
        }
    }

    /**
     * An evaluated plan of the page: its counts and findings by rule, worked out once, and its parts of the page,
     * rendered as it arrives with the columns {@code renderedWith}.
     */
    private static final class Row {
        /** What the report's pack says of every plan (shown once, in the header), or null. */
        LocalizedText packNote;
        final long sequence;
        final String source;
        final Report report;
        final int violations;
        final int warnings;
        final int advice;
        final Map<String, List<Finding>> byRule = new HashMap<>();
        final CollationKey unitKey;
        /** The id of the plan's findings on the page ("p12"): its place in the input, which no sorting changes. */
        final String anchor;
        Columns renderedWith;
        ReportTemplates.Rendered cells;
        ReportTemplates.Rendered findings;

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
            this.anchor = "p" + sequence;
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
     * The page's model: the rows in sorted order with their parts as rendered when they arrived, or rendered again
     * into the page when the columns have changed since.
     */
    private ReportPage page(BatchSummary summary) {
        List<Row> ordered = new ArrayList<>(rows);
        ordered.sort(WORST_FIRST);
        Columns columns = this.columns;
        Map<String, long[]> totals = new HashMap<>();
        Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            verdicts.put(v, 0L);
        }
        for (Row row : ordered) {
            verdicts.merge(row.report.verdict(), 1L, Long::sum);
            for (Map.Entry<String, List<Finding>> rule : row.byRule.entrySet()) {
                totals.computeIfAbsent(rule.getKey(), k -> new long[3])[worst(rule.getValue()).ordinal()]++;
            }
        }

        List<ReportPage.Basis> bases = new ArrayList<>();
        for (PackInfo pack : usedPacks.values()) {
            if (pack != null) {
                bases.add(new ReportPage.Basis(pack.guidance().citation(), pack.id(), pack.version(), pack.note()));
            }
        }
        ReportPage.Tally tally = new ReportPage.Tally(ordered.size(), verdicts.get(Verdict.REJECT),
                verdicts.get(Verdict.REVIEW), verdicts.get(Verdict.ACCEPT), summary.inputs(), summary.evaluated(),
                summary.rejected(), otherProvinces, summary.interrupted());
        List<ReportPage.Column> shown = new ArrayList<>(columns.list().size());
        for (Rule rule : columns.list()) {
            long[] n = totals.getOrDefault(rule.ruleId(), new long[3]);
            shown.add(new ReportPage.Column(rule.ruleId(), nonNull(rule.clause()), rule.titleVi(), rule.titleEn(),
                    rule.text(), n[Severity.VIOLATION.ordinal()], n[Severity.WARNING.ordinal()],
                    n[Severity.ADVICE.ordinal()], ordered.size()));
        }

        boolean manyProvinces = ordered.stream().map(r -> nonNull(r.report.plan().province())).distinct().count() > 1;
        List<ReportPage.GridRow> gridRows = new ArrayList<>(ordered.size());
        List<ReportPage.Detail> details = new ArrayList<>(ordered.size());
        int n = 0;
        for (Row row : ordered) {
            n++;
            boolean current = row.renderedWith == columns;
            String unit = nonNull(row.report.plan().unit());
            gridRows.add(new ReportPage.GridRow(n, row.anchor, unit, nonNull(row.source),
                    manyProvinces ? row.report.plan().province() : null,
                    current ? row.cells : ReportTemplates.cells(cells(row, columns))));
            details.add(new ReportPage.Detail(n, row.anchor, unit, row.report.verdict(),
                    current ? row.findings : ReportTemplates.findings(findings(row, columns))));
        }
        return new ReportPage(placeName(), bases, tally, shown, terms(bases, columns.list(), summary), gridRows,
                details, rejections(summary), generatedOn);
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

    /**
     * The abbreviations the key spells out beyond those of the page's own headings: the prefixes of the rules' ids
     * ("HP-…", whose pack; "CC-…", what text), then those the texts on the page use ("UBND" in "3194/QĐ-UBND").
     */
    private List<ReportPage.Term> terms(List<ReportPage.Basis> bases, List<Rule> rules, BatchSummary summary) {
        List<ReportPage.Term> terms = new ArrayList<>(prefixes(rules));
        Abbreviations.Finder found = abbreviations.copy();
        for (ReportPage.Basis basis : bases) {
            found.scan(basis.citation());
            if (basis.note() != null) {
                found.scan(basis.note().vi());
            }
        }
        for (Rule rule : rules) {
            found.scan(rule.clause());
            found.scan(rule.titleVi());
            found.scan(rule.text());
        }
        for (Rejection r : summary.rejections()) {
            found.scan(r.reason());
        }
        for (BatchSummary.RejectionGroup g : summary.rejectionGroups()) {
            found.scan(g.reason());
        }
        if (summary.unlisted() > 0) {
            found.scan("NDJSON CSV"); // the line of the inputs not listed sends the reader to them
        }
        terms.addAll(found.spelledOut());
        return terms;
    }

    /**
     * What the prefix of each rule id on the page stands for: the pack whose own rules carry it, or, for rules that
     * enforce another text than their pack's guidance (the plan's consistency), that text.
     */
    private List<ReportPage.Term> prefixes(List<Rule> rules) {
        Map<String, List<Rule>> byPrefix = new LinkedHashMap<>();
        for (Rule rule : rules) {
            int dash = rule.ruleId().lastIndexOf('-');
            if (dash > 0 && RuleIds.isValid(rule.ruleId()) && !rule.packs().isEmpty()) {
                byPrefix.computeIfAbsent(rule.ruleId().substring(0, dash), k -> new ArrayList<>()).add(rule);
            }
        }
        List<ReportPage.Term> terms = new ArrayList<>(byPrefix.size());
        byPrefix.forEach((prefix, withPrefix) -> {
            Set<String> documents = new LinkedHashSet<>();
            Set<String> packIds = new LinkedHashSet<>();
            for (Rule rule : withPrefix) {
                documents.add(rule.document());
                packIds.addAll(rule.packs());
            }
            String document = documents.size() == 1 ? documents.iterator().next() : null;
            if (document != null) {
                terms.add(new ReportPage.Term(prefix + "-…", document,
                        "rules of the text named, besides the pack's guidance"));
                return;
            }
            String ids = String.join(", ", packIds);
            PackInfo only = packIds.size() == 1 ? usedPacks.get(packIds.iterator().next()) : null;
            String jurisdiction = only == null || only.jurisdiction() == null ? "" : ": " + only.jurisdiction();
            terms.add(new ReportPage.Term(prefix + "-…", "Quy tắc của gói " + ids + jurisdiction,
                    (packIds.size() == 1 ? "rules of pack " : "rules of packs ") + ids));
        });
        return terms;
    }

    /**
     * Looks for abbreviations where a plan's texts hold them: in documents' numbers ("27/KH-UBND"), the plan's own and
     * those its findings expect or find (the guidance it implements); and in what its report notes. A finding's message
     * is its pack's words around those values, and the pack's words are read once, in its rules. Reading every text of
     * every plan would cost a country's page a tenth of its time.
     */
    private void scanAbbreviations(Report report) {
        abbreviations.scan(report.plan().documentNumber());
        for (LocalizedText note : report.notes()) {
            abbreviations.scan(note.vi());
        }
        for (Finding f : report.findings()) {
            scanDocumentNumbers(f.expected());
            scanDocumentNumbers(f.found());
        }
    }

    /** A value that names a document has its number, and a document's number has a slash: "3194/QĐ-UBND". */
    private void scanDocumentNumbers(LocalizedText value) {
        if (value != null && value.vi().indexOf('/') >= 0) {
            abbreviations.scan(value.vi());
        }
    }

    private static ReportPage.Rejections rejections(BatchSummary summary) {
        List<ReportPage.RejectedInput> inputs = new ArrayList<>(summary.rejections().size());
        for (Rejection r : summary.rejections()) {
            String where = (r.line() > 0 ? "dòng " + r.line() + (r.column() > 0 ? ", cột " + r.column() : "") : "")
                    + (r.pointer() != null ? (r.line() > 0 ? " · " : "") + (r.pointer().isEmpty() ? "/" : r.pointer()) : "");
            inputs.add(new ReportPage.RejectedInput(nonNull(r.source()), where, r.reason()));
        }
        List<ReportPage.RejectedGroup> groups = new ArrayList<>(summary.rejectionGroups().size());
        for (BatchSummary.RejectionGroup g : summary.rejectionGroups()) {
            String sources = String.join(", ", g.sources()) + (g.count() > g.sources().size()
                    ? " … (+" + (g.count() - g.sources().size()) + ")" : "");
            groups.add(new ReportPage.RejectedGroup(sources, g.count(), g.reason()));
        }
        return new ReportPage.Rejections(summary.rejected(), inputs, groups, summary.packsAre(), summary.unlisted());
    }

    /**
     * A plan's row of the grid after the unit's name. It depends on the row and the columns only: its links go to the
     * plan's own anchor.
     */
    private static PlanParts.Cells cells(Row row, Columns columns) {
        Report report = row.report;
        // the column's header and the key name the rule and its clause: an empty cell needs no title
        List<PlanParts.Cell> cells = new ArrayList<>(columns.emptyRow(report.pack()));
        for (Map.Entry<String, List<Finding>> rule : row.byRule.entrySet()) {
            cells.set(columns.places().get(rule.getKey()), cell(rule.getKey(), rule.getValue()));
        }
        return new PlanParts.Cells(report.verdict(), row.violations, row.warnings, row.advice, row.anchor, cells);
    }

    /**
     * A coloured cell: its label, and for its hover text the rule and its clause once, then each finding's severity
     * and message; a finding citing another clause than the first names it.
     */
    private static PlanParts.Cell cell(String ruleId, List<Finding> findings) {
        String clause = findings.get(0).citation().clause();
        List<PlanParts.CellFinding> lines = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String own = f.citation().clause();
            lines.add(new PlanParts.CellFinding(f.severity(),
                    own != null && !own.equals(clause) && !own.equals(ruleId) ? own : null, f.message()));
        }
        return new PlanParts.Cell(worst(findings), true, CellTexts.label(findings), ruleId,
                clause != null && !clause.equals(ruleId) ? clause : null, lines);
    }

    /**
     * A plan's findings under their heading. They depend on the row and the columns only (a finding quotes its
     * clause's words unless its column shows the same).
     */
    private static PlanParts.Findings findings(Row row, Columns columns) {
        Report report = row.report;
        List<LocalizedText> notes = new ArrayList<>(report.notes().size());
        for (LocalizedText note : report.notes()) {
            if (!note.equals(row.packNote)) {
                notes.add(note);
            }
        }
        List<PlanParts.FindingLine> lines = new ArrayList<>(report.findings().size());
        for (Finding f : report.findings()) {
            Rule rule = columns.byId().get(f.ruleId());
            String clause = f.citation().clause();
            String text = f.citation().text();
            // words the rules table does not show: quoted here so that nothing is lost
            boolean quoted = text != null && (rule == null || !text.equals(rule.text()));
            lines.add(new PlanParts.FindingLine(f.severity(), f.ruleId(),
                    rule != null ? rule.anchor() : Labels.ruleAnchor(f.ruleId()),
                    clause == null || clause.equals(f.ruleId()) ? null : clause, f.message(), f.quote(),
                    quoted ? nonNull(clause) : null, quoted ? text : null,
                    f.expected() == null ? "" : nonNull(f.expected().vi()),
                    f.found() == null ? "" : nonNull(f.found().vi()), nonNull(f.pointer())));
        }
        var plan = report.plan();
        return new PlanParts.Findings(plan.documentNumber(),
                plan.documentDate() == null ? null : Days.written(plan.documentDate()), plan.province(),
                report.pack(), row.source, notes, lines);
    }

    /** The rules of the packs used, in catalogue order, with any rule a finding names that no pack describes. */
    private Columns columns() {
        Map<String, Rule> columns = new LinkedHashMap<>();
        for (PackInfo pack : usedPacks.values()) {
            if (pack == null) {
                continue;
            }
            for (RuleDescription rule : pack.rules().values()) {
                Rule known = columns.get(rule.id());
                if (known != null) {
                    known.packs().add(pack.id());
                    continue;
                }
                Set<String> in = new LinkedHashSet<>();
                in.add(pack.id());
                columns.put(rule.id(), new Rule(rule.id(), Labels.ruleAnchor(rule.id()), rule.clause(),
                        rule.title() == null ? null : rule.title().vi(), rule.title() == null ? null : rule.title().en(),
                        rule.text(), rule.document(), in));
            }
        }
        for (Map.Entry<String, String> rule : findingRules.entrySet()) {
            if (!columns.containsKey(rule.getKey())) {
                columns.put(rule.getKey(), new Rule(rule.getKey(), Labels.ruleAnchor(rule.getKey()), rule.getValue(),
                        null, null, null, null, new LinkedHashSet<>()));
            }
        }
        List<String> ids = new ArrayList<>(columns.keySet());
        ids.sort(RuleIds.ORDER);
        List<Rule> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(columns.get(id)));
        return new Columns(ordered);
    }

    private static Severity worst(List<Finding> findings) {
        Severity worst = findings.get(0).severity();
        for (Finding f : findings) {
            worst = f.severity().compareTo(worst) < 0 ? f.severity() : worst;
        }
        return worst;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
