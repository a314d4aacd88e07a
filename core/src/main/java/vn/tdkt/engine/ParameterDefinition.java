package vn.tdkt.engine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A named pack parameter and its values over time. */
public record ParameterDefinition(String name, String description, List<ParameterValue> values) {
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
}
