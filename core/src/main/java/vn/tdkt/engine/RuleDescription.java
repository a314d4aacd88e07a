package vn.tdkt.engine;

import java.util.List;
import java.util.Map;
import vn.tdkt.finding.LocalizedText;

/**
 * What a pack says of one rule: its clause, the clause's words, a title, the parameters its DRL reads (shown when a
 * finding is explained) and the messages of its outcomes. {@code document} is null when the rule enforces the pack's
 * own guidance. Messages may use {expected}, {found} and {detail}.
 */
public record RuleDescription(String id, String document, String clause, String text, LocalizedText title,
                              List<String> parameters, Map<String, LocalizedText> messages) {
    public RuleDescription {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        messages = messages == null ? Map.of() : Map.copyOf(messages);
    }

    public RuleDescription(String id, String document, String clause, String text, LocalizedText title,
                           Map<String, LocalizedText> messages) {
        this(id, document, clause, text, title, List.of(), messages);
    }
}
