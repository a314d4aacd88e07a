package vn.tdkt.finding;

import java.util.List;

/**
 * What a finding was decided on: the plan's facts the rule read (by JSON Pointer, with their values as JSON), the
 * pack's parameter values in force, each with the day it holds from and its clause, and, where the rule decided
 * something the plan does not state in so many words (whether the unit was reorganised, which evidence gave a number),
 * that decision and its ground ({@code basis}, null otherwise).
 */
public record Explanation(String asOf, List<Fact> facts, List<ParameterUse> parameters, LocalizedText basis) {
    public Explanation {
        facts = List.copyOf(facts);
        parameters = List.copyOf(parameters);
    }

    public Explanation(String asOf, List<Fact> facts, List<ParameterUse> parameters) {
        this(asOf, facts, parameters, null);
    }

    /** A fact of the plan: its pointer and its value as JSON text ("null" when not stated). */
    public record Fact(String pointer, String value) {
    }

    /** A parameter value: its name, value as JSON text, the day from which it holds, and its clause. */
    public record ParameterUse(String name, String value, String from, String clause) {
    }
}
