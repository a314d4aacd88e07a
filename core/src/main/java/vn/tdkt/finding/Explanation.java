package vn.tdkt.finding;

import java.util.List;

/**
 * What a finding was decided on: the plan's facts the rule read (by JSON Pointer, with their values as JSON), the
 * pack's parameter values in force, each with the day it holds from and its clause, and, where the rule decided
 * something the plan does not state in so many words (whether the unit was reorganised, which evidence gave a number),
 * that decision and its ground ({@code basis}, null otherwise).
 *
 * @param asOf       the day whose parameter values applied (ISO, "2025-08-01"): the plan's date, unless the host
 *                   chose another day or the plan predates the guidance
 * @param facts      the plan's facts the finding is about, by pointer; empty when it points at none
 * @param parameters the values in force of the parameters the rule declares in the pack
 * @param basis      what the rule decided that the plan does not state, and on what ground; null when it decided
 *                   nothing beyond the plan's words
 */
public record Explanation(String asOf, List<Fact> facts, List<ParameterUse> parameters, LocalizedText basis) {
    /** Copies the lists, so that an explanation never changes after the finding is made. */
    public Explanation {
        facts = List.copyOf(facts);
        parameters = List.copyOf(parameters);
    }

    /** An explanation of a rule that decided nothing beyond the plan's words. */
    public Explanation(String asOf, List<Fact> facts, List<ParameterUse> parameters) {
        this(asOf, facts, parameters, null);
    }

    /**
     * A fact of the plan, as the finding's pointer reaches it.
     *
     * @param pointer the fact's JSON Pointer in the plan ("/conference/date")
     * @param value   its value as JSON text ({@code "2025-09-12"} with its quotes, {@code 150}); "null" when the plan
     *                does not state it
     */
    public record Fact(String pointer, String value) {
    }

    /**
     * A parameter value of the pack, in force on the explanation's day.
     *
     * @param name   the parameter's name in pack.yaml ("delegates.max")
     * @param value  its value as JSON text
     * @param from   the day from which this value holds (ISO): a pack may change a value when new guidance comes out
     * @param clause the clause of the guidance that sets it
     */
    public record ParameterUse(String name, String value, String from, String clause) {
    }
}
