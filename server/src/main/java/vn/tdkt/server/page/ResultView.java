package vn.tdkt.server.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tdkt.engine.PackInfo;
import vn.tdkt.finding.RuleDescription;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Severity;
import vn.tdkt.server.Checks;
import vn.tdkt.server.Lang;

/**
 * One checked document as the page shows it: the verdict, the findings grouped by severity (each with its message,
 * what was expected and found, the clause and its Vietnamese words, and links to its lines), and the document.
 *
 * @param name        the file's name
 * @param report      the report
 * @param verdict     ACCEPT, REVIEW or REJECT
 * @param packLabel   the pack and its guidance ("hai-phong 2025.8.0, 3194/QĐ-UBND")
 * @param documentDay the plan's date as people write it, or null
 * @param groups      the findings by severity, the most serious first; a severity without findings is left out
 * @param document    the document's lines
 * @param notes       the report's notes (a waiver that expired), in the page's language
 */
public record ResultView(String name, Report report, String verdict, String packLabel, String documentDay,
                         List<Group> groups, DocumentView document, List<String> notes) {

    /** The findings of one severity. */
    public record Group(String severity, List<FindingView> findings) {
    }

    /**
     * A finding as the page shows it.
     *
     * @param id         its anchor ("f-3")
     * @param ruleId     the rule
     * @param title      the rule's title, or null
     * @param message    the message in the page's language
     * @param expected   what the guidance asks, or null
     * @param found      what the plan says, or null
     * @param clause     the clause ("II.1")
     * @param clauseText the clause's words, in Vietnamese as the guidance writes them
     * @param source     the guidance document
     * @param anchors    links to the lines it is about; empty when no line states the fact
     * @param waived     whether a waiver keeps it from counting
     */
    public record FindingView(String id, String ruleId, String title, String message, String expected, String found,
                              String clause, String clauseText, String source, List<DocumentView.Anchor> anchors,
                              boolean waived) {
    }

    /** The view of a checked upload, in a language. */
    public static ResultView of(Checks.Checked checked, PackInfo pack, Lang lang) {
        Report report = checked.report();
        DocumentView document = DocumentView.of(checked, lang);
        List<Group> groups = new ArrayList<>();
        int n = 0;
        for (Severity severity : Severity.values()) {
            List<FindingView> findings = new ArrayList<>();
            for (Finding f : report.findings(severity)) {
                String id = "f-" + ++n;
                RuleDescription rule = pack == null ? null : pack.rules().get(f.ruleId());
                findings.add(new FindingView(id, f.ruleId(), rule == null ? null : lang.pick(rule.title()),
                        lang.pick(f.message()), text(f.expected(), lang), text(f.found(), lang),
                        f.citation().clause(), f.citation().text(), f.citation().document(),
                        document.anchor(f, id), f.isWaived()));
            }
            if (!findings.isEmpty()) {
                groups.add(new Group(severity.name().toLowerCase(Locale.ROOT), findings));
            }
        }
        List<String> notes = new ArrayList<>();
        for (LocalizedText note : report.notes()) {
            notes.add(lang.pick(note));
        }
        String packLabel = report.pack() + (report.packVersion() == null ? "" : " " + report.packVersion())
                + (pack == null ? "" : ", " + pack.guidance().number());
        return new ResultView(checked.name(), report, report.verdict().name(), packLabel,
                report.plan().documentDate() == null ? null : vn.tdkt.finding.Days.written(report.plan().documentDate()),
                groups, document, notes);
    }

    private static String text(LocalizedText text, Lang lang) {
        return text == null ? null : lang.pick(text);
    }
}
