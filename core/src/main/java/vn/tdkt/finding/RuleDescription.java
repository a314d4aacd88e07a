package vn.tdkt.finding;

import java.util.List;
import java.util.Map;

/**
 * What a pack says of one rule of its catalogue: the shared checks it binds, its clause, the clause's words, a title,
 * the parameters its checks read (derived from their DRL; shown when a finding is explained), the messages of its
 * outcomes and the severity of an outcome where the pack's text differs from the check's. {@code document} is null
 * when the rule enforces the pack's own guidance. Messages may use {expected}, {found} and {detail}. An outcome
 * that rests on other clauses than the rule's (a programme item that one clause lists and another makes optional)
 * names them in {@code citations}. The outcomes in {@code unbinding} say that the pack's guidance does not bind the plan (it implements another text):
 * the plan's other violations are then reported as warnings, since a text that does not bind a plan cannot be
 * violated by it.
 *
 * @param id         the pack's catalogue id ("HP-04"), which findings carry
 * @param document   the document the rule enforces; null for the pack's own guidance
 * @param clause     the clause it enforces ("II.1")
 * @param text       the clause's words
 * @param title      its title, in both languages
 * @param parameters the parameters its checks read, by name
 * @param messages   the message of each outcome, by outcome
 * @param citations  the clause of an outcome that rests on another clause than the rule's, by outcome
 * @param unbinding  the outcomes that say the pack's guidance does not bind the plan
 * @param checks     the shared checks it binds ("delegates.cap")
 * @param severities the severity of an outcome where the pack's text differs from the check's, by outcome
 */
public record RuleDescription(String id, String document, String clause, String text, LocalizedText title,
                              List<String> parameters, Map<String, LocalizedText> messages,
                              Map<String, Citation> citations, List<String> unbinding, List<String> checks,
                              Map<String, Severity> severities) {
    /** Copies the lists and maps, an absent one as empty. */
    public RuleDescription {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        messages = messages == null ? Map.of() : Map.copyOf(messages);
        citations = citations == null ? Map.of() : Map.copyOf(citations);
        unbinding = unbinding == null ? List.of() : List.copyOf(unbinding);
        checks = checks == null ? List.of() : List.copyOf(checks);
        severities = severities == null ? Map.of() : Map.copyOf(severities);
    }

    /** A rule bound to no check, with no citations of its own (for tests and hosts that describe rules by hand). */
    public RuleDescription(String id, String document, String clause, String text, LocalizedText title,
                           List<String> parameters, Map<String, LocalizedText> messages) {
        this(id, document, clause, text, title, parameters, messages, Map.of(), List.of(), List.of(), Map.of());
    }

    /** The severity the pack gives an outcome: its own where its text differs, else the one the check reports. */
    public Severity severity(String outcome, Severity reported) {
        Severity own = severities.get(outcome);
        return own != null ? own : reported;
    }

    /** The clause an outcome enforces: its own when the pack names one, else the rule's. */
    public Citation citation(String outcome, String defaultDocument) {
        Citation own = citations.get(outcome);
        String document = this.document != null ? this.document : defaultDocument;
        if (own == null) {
            return new Citation(document, clause, text);
        }
        return new Citation(own.document() != null ? own.document() : document, own.clause(), own.text());
    }

    /** A rule bound to no check, reading no parameter. */
    public RuleDescription(String id, String document, String clause, String text, LocalizedText title,
                           Map<String, LocalizedText> messages) {
        this(id, document, clause, text, title, List.of(), messages);
    }
}
