package vn.tdkt.pack;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A named pack parameter and its values over time.
 *
 * <p>Each value holds from its {@link ParameterValue#from() from} day until the day before the next value's; the
 * values never overlap and, after the first, leave no gap. Two values from the same day are refused.
 *
 * @param name        the parameter's name, as rules read it ({@code delegates.max})
 * @param description what the parameter is, in words for whoever edits the pack; may be null
 * @param values      its dated values, sorted by their first day
 * @param direction   how a pack that names this one as its {@code parent} may differ from it (a baseline's
 *                    parameters declare it); null when the pack is nobody's baseline
 */
public record ParameterDefinition(String name, String description, List<ParameterValue> values, Direction direction) {

    /**
     * How a child pack's value may differ from its parent's, so that the child only ever tightens the parent
     * ({@link Tightening}).
     */
    public enum Direction {
        /** A cap: the child's number is at most the parent's (a province may cap delegates at 120, never at 200). */
        MAX("max"),
        /** A floor: the child's number is at least the parent's. */
        MIN("min"),
        /** A deadline: the child's date is the parent's or earlier (a deadline may be shortened, never extended). */
        NO_LATER("no-later"),
        /** The child's value is the parent's. */
        SAME("same"),
        /** A list: the child's holds every item of the parent's, and may add more. */
        SUPERSET("superset");

        private final String yaml;

        Direction(String yaml) {
            this.yaml = yaml;
        }

        /** The word used in {@code pack.yaml}. */
        public String yaml() {
            return yaml;
        }

        /** The direction written as in {@code pack.yaml} ("max", "no-later", …). */
        public static Direction of(String word) {
            String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
            for (Direction d : values()) {
                if (d.yaml.equals(w)) {
                    return d;
                }
            }
            throw new IllegalArgumentException("unknown direction '" + word + "'; use one of max, min, no-later, same, superset");
        }

        @Override
        public String toString() {
            return yaml;
        }
    }

    /** Sorts the values by day, and refuses a parameter without values or with two values from one day. */
    public ParameterDefinition {
        Objects.requireNonNull(name, "name");
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("parameter " + name + " has no values");
        }
        values = values.stream().sorted(Comparator.comparing(ParameterValue::from)).toList();
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i).from().equals(values.get(i - 1).from())) {
                throw new IllegalArgumentException("parameter " + name + " has two values from " + values.get(i).from());
            }
        }
    }

    /** A parameter that declares no direction. */
    public ParameterDefinition(String name, String description, List<ParameterValue> values) {
        this(name, description, values, null);
    }

    /** The value in force on the day: the latest that starts on or before it; null before the first. */
    public ParameterValue valueOn(LocalDate day) {
        ParameterValue inForce = null;
        for (ParameterValue value : values) {
            if (value.from().isAfter(day)) {
                break;
            }
            inForce = value;
        }
        return inForce;
    }

    /** The days on which a value starts to hold, in order: the boundaries a date sweep must cross. */
    public List<LocalDate> boundaries() {
        return values.stream().map(ParameterValue::from).toList();
    }
}
