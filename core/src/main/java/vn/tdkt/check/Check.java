package vn.tdkt.check;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.pack.Parameters;

/**
 * One shared check as a pack binds it, inserted as a fact: a rule of the check matches it by the check's id
 * ({@code Check( id == "delegates.cap" )}), reads the pack's parameters through it, and reports under the pack's own
 * catalogue id ({@link #ruleId()}, such as {@code HP-04}). A check that the pack does not bind has no fact, so its
 * rules never match.
 *
 * <p>Public for the rules compiled into {@code tdkt-rules}, which match it; the engine makes one per check a pack
 * binds. A host never needs it.
 */
public final class Check {
    private final String id;
    private final String ruleId;
    private final Parameters parameters;

    /**
     * The check {@code id} as bound by the pack's rule {@code ruleId}, reading these parameter values: made by the
     * engine for each check of a pack.
     */
    public Check(String id, String ruleId, Parameters parameters) {
        this.id = id;
        this.ruleId = ruleId;
        this.parameters = parameters;
    }

    /** The check's stable id ({@code delegates.cap}). */
    public String id() {
        return id;
    }

    /** The pack's catalogue id that this check reports under ({@code HP-04}). */
    public String ruleId() {
        return ruleId;
    }

    /** The pack's parameter values in force on the plans' day. */
    public Parameters parameters() {
        return parameters;
    }

    /** A whole-number parameter ("delegates.max"); see {@link Parameters#integer}. */
    public int integer(String name) {
        return parameters.integer(name);
    }

    /** A number parameter ("delegates.tolerance"). */
    public double decimal(String name) {
        return parameters.decimal(name);
    }

    /** A date parameter ("conference.deadline"). */
    public LocalDate date(String name) {
        return parameters.date(name);
    }

    /** A text parameter ("report.recipient"). */
    public String text(String name) {
        return parameters.text(name);
    }

    /** A list parameter ("programme.items"), its items as written in the pack. */
    public List<String> texts(String name) {
        return parameters.texts(name);
    }

    @Override
    public String toString() {
        return id + " as " + ruleId + " of " + parameters.pack();
    }
}
