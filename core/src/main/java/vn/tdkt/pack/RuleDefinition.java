package vn.tdkt.pack;

import java.util.List;
import java.util.Map;
import vn.tdkt.finding.Citation;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.Severity;

/**
 * One rule of a pack's catalogue once bound to the shared checks: what the pack's {@code rules:} entry says, completed
 * with what the checks' catalogue gives where the pack says nothing (title, messages), its title's parameters filled
 * in, and the parameters its checks read. The engine shows it to hosts as a {@code RuleDescription}.
 *
 * @param id         the pack's catalogue id ("HP-04")
 * @param document   the document the rule enforces; null for the pack's own guidance
 * @param clause     the clause it enforces ("II.1")
 * @param text       the clause's words
 * @param title      its title, with the values of the parameters it names as the guidance was issued
 * @param parameters the parameters its checks read, by name (derived from their DRL)
 * @param messages   the message of each outcome, by outcome; may use {expected}, {found} and {detail}
 * @param citations  for an outcome that rests on another clause than the rule's, that clause, by outcome
 * @param unbinding  the outcomes that say the pack's guidance does not bind the plan
 * @param checks     the shared checks it binds ("delegates.cap")
 * @param severities the severity of an outcome where the pack's text differs from the check's, by outcome
 */
public record RuleDefinition(String id, String document, String clause, String text, LocalizedText title,
                             List<String> parameters, Map<String, LocalizedText> messages,
                             Map<String, Citation> citations, List<String> unbinding, List<String> checks,
                             Map<String, Severity> severities) {
    /** Copies the lists and maps, an absent one as empty. */
    public RuleDefinition {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        messages = messages == null ? Map.of() : Map.copyOf(messages);
        citations = citations == null ? Map.of() : Map.copyOf(citations);
        unbinding = unbinding == null ? List.of() : List.copyOf(unbinding);
        checks = checks == null ? List.of() : List.copyOf(checks);
        severities = severities == null ? Map.of() : Map.copyOf(severities);
    }
}
