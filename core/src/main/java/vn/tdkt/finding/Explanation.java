package vn.tdkt.finding;

import java.util.List;

/**
 * What a finding was decided on: the plan's facts the rule read (by JSON Pointer, with their values as JSON) and the
 * pack's parameter values in force, each with the day it holds from and its clause.
 */
public record Explanation(String asOf, List<Fact> facts, List<ParameterUse> parameters) {
    public Explanation {
        facts = List.copyOf(facts);
        parameters = List.copyOf(parameters);
    }

    /** A fact of the plan: its pointer and its value as JSON text ("null" when not stated). */
    public record Fact(String pointer, String value) {
    }

    /** A parameter value: its name, value as JSON text, the day from which it holds, and its clause. */
    public record ParameterUse(String name, String value, String from, String clause) {
    }
}
