package vn.tdkt.batch.html;

import gg.jte.Content;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.Severity;
import vn.tdkt.finding.Verdict;

/**
 * What the HTML report shows, in the order it shows it ({@code page.jte}): the place and the packs' guidance, the
 * tiles, the grid of plans × rules with its key, the rules with their totals, each plan's findings, and the inputs
 * that could not be checked.
 *
 * @param place     the province (or "Các tỉnh, thành phố"), the page's title
 * @param bases     the packs used, in the order the plans first used them
 * @param columns   the grid's columns, one per rule, in catalogue order; the rules table and the key list the same
 * @param terms     the abbreviations the page uses besides those of its own headers, each spelled out
 * @param rows      the grid's rows, the most serious plan first
 * @param details   each plan's findings, in the order of the rows
 * @param madeOn    the day the page was made
 */
public record ReportPage(String place, List<Basis> bases, Tally tally, List<Column> columns, List<Term> terms,
                         List<GridRow> rows, List<Detail> details, Rejections rejections, LocalDate madeOn) {

    /**
     * A pack the page's plans were checked with: the guidance it encodes and, for a baseline, why its plans were
     * checked against it ({@code note}, null for none).
     */
    public record Basis(String citation, String pack, String version, LocalizedText note) {
    }

    /**
     * The counts of the tiles and of the line under them: the plans shown by verdict; the run's inputs, which add up
     * ({@code inputs = evaluated + rejected}); the plans of other provinces left out; whether the run was interrupted.
     */
    public record Tally(long plans, long reject, long review, long accept, long inputs, long evaluated, long rejected,
                        long otherProvinces, boolean interrupted) {
        /** The plans shown with this verdict. */
        public long plans(Verdict verdict) {
            return switch (verdict) {
                case REJECT -> reject;
                case REVIEW -> review;
                case ACCEPT -> accept;
            };
        }
    }

    /**
     * A rule, as the grid's column, the key and the rules table show it: its clause ("" for none), its title in
     * Vietnamese and English (null when no pack describes the rule), the clause's words (null when no pack gives them)
     * and how many plans found its worst finding at each severity, of the {@code plans} shown.
     */
    public record Column(String ruleId, String clause, String titleVi, String titleEn, String text, long violations,
                         long warnings, long advice, long plans) {
        /** The id of the rule's row in the rules table. */
        public String anchor() {
            return Labels.ruleAnchor(ruleId);
        }

        /** The clause, when it says more than the rule's id (a consistency rule "CC-1" cites "CC-1"); else null. */
        public String distinctClause() {
            return clause.isEmpty() || clause.equals(ruleId) ? null : clause;
        }

        /** The plans whose worst finding of this rule has this severity. */
        public long plans(Severity severity) {
            return switch (severity) {
                case VIOLATION -> violations;
                case WARNING -> warnings;
                case ADVICE -> advice;
            };
        }

        /** Their share of the plans shown, in percent with two decimals ("12.50"), for the width of a bar. */
        public String share(Severity severity) {
            return String.format(Locale.ROOT, "%.2f", 100.0 * plans(severity) / plans);
        }
    }

    /** An abbreviation the page uses, spelled out in Vietnamese and in English. */
    public record Term(String term, String vi, String en) {
    }

    /**
     * A row of the grid: its number on the page, the unit (linked to its findings at {@code anchor}, with the plan's
     * source as the link's title), the unit's province on a page of several provinces (else null) and the rest of
     * the row, rendered when the plan arrived.
     */
    public record GridRow(int number, String anchor, String unit, String source, String province, Content cells) {
    }

    /** A plan's findings under a heading with its row's number, its unit and its verdict. */
    public record Detail(int number, String anchor, String unit, Verdict verdict, Content findings) {
    }

    /**
     * The inputs that could not be checked: {@code count} in all; those listed one by one, those grouped by reason
     * (beyond the listed ones) and how many are in neither ({@code unlisted}: the NDJSON and CSV outputs have them).
     * {@code packsAre} lists, once, the packs a plan that no pack fits could have been checked with (null when no
     * rejection is of that kind), so that no reason repeats the list.
     */
    public record Rejections(long count, List<RejectedInput> inputs, List<RejectedGroup> groups, String packsAre,
                             long unlisted) {
    }

    /** An input that could not be checked: where it failed ("dòng 3, cột 5 · /unit"), and why. */
    public record RejectedInput(String source, String where, String reason) {
    }

    /** Inputs that could not be checked for the same reason: a few of them by name, and how many. */
    public record RejectedGroup(String sources, long count, String reason) {
    }
}
