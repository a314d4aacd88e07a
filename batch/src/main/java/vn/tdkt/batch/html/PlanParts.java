package vn.tdkt.batch.html;

import java.util.List;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.Severity;
import vn.tdkt.finding.Verdict;

/**
 * One plan's parts of the page, rendered as the plan arrives ({@code cells.jte}, {@code findings.jte}): its row of the
 * grid after the unit's name, and its findings under their heading. Nothing in them depends on where the plan ends up
 * on the page (its number and the province beside its name are written around them at the end). A page makes them for
 * thousands of plans and renders them at once: they hold the lists they are given, without copying them.
 */
public final class PlanParts {
    private PlanParts() {}

    /**
     * A plan's row of the grid after the unit's name: its verdict, its counts (an empty cell for none) and one cell
     * per column of the grid.
     *
     * @param anchor the id of the plan's findings on the page, which its coloured cells link to
     */
    public record Cells(Verdict verdict, int violations, int warnings, int advice, String anchor, List<Cell> cells) {
    }

    /**
     * A cell of the grid: the rule's worst finding on the plan, with a few characters to show ({@code label}) and, to
     * hover over, the rule's id and clause ({@code clause}, null when it is the id itself) and each finding's
     * severity and message; or no finding, an empty cell of the rule's colour ({@link #NO_FINDING}), or a rule
     * outside the plan's pack ({@link #NOT_APPLICABLE}).
     *
     * @param worst null for a cell without a finding
     */
    public record Cell(Severity worst, boolean applies, String label, String ruleId, String clause,
                       List<CellFinding> findings) {
        /** A rule of the plan's pack that found nothing: the column's header names the rule, the cell says nothing. */
        public static final Cell NO_FINDING = new Cell(null, true, null, null, null, List.of());
        /** A rule that is not in the plan's pack. */
        public static final Cell NOT_APPLICABLE = new Cell(null, false, null, null, null, List.of());
    }

    /** A finding as a cell's hover text gives it: its clause when it cites another than the cell's, its message. */
    public record CellFinding(Severity severity, String clause, LocalizedText message) {
    }

    /**
     * A plan's findings under its heading: the plan's document, province, pack and source; what its report notes
     * besides the findings (a note the header already shows for every plan of its pack is left out); each finding.
     * Null for what the plan does not give.
     */
    public record Findings(String documentNumber, String documentDate, String province, String pack, String source,
                           List<LocalizedText> notes, List<FindingLine> findings) {
    }

    /**
     * A finding as its line shows it.
     *
     * @param ruleAnchor  the id of the rule's row in the rules table, where the clause's words are quoted
     * @param clause      the clause it cites, or null when that is the rule's id itself
     * @param citedClause with {@code citedWords}, the clause and words this finding quotes because the rules table does
     *                    not show them (its rule has other words, or none); both null otherwise
     */
    public record FindingLine(Severity severity, String ruleId, String ruleAnchor, String clause, LocalizedText message,
                              String quote, String citedClause, String citedWords, String expected, String found,
                              String pointer) {
    }
}
