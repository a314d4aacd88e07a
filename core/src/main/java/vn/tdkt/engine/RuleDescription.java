package vn.tdkt.engine;

import java.util.Map;
import vn.tdkt.finding.LocalizedText;

/**
 * What a pack says of one rule: its clause, the clause's words, a title, and the messages of its outcomes.
 * {@code document} is null when the rule enforces the pack's own guidance. Messages may use {expected}, {found} and {detail}.
 */
public record RuleDescription(String id, String document, String clause, String text, LocalizedText title,
                              Map<String, LocalizedText> messages) {
    public RuleDescription {
        messages = messages == null ? Map.of() : Map.copyOf(messages);
    }
}
