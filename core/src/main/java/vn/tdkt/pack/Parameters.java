package vn.tdkt.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The values of a pack's parameters in force on one day ({@link PackDescriptor#parametersOn}). The engine gives them
 * to the rules with each check a pack binds, so that rules read the guidance's numbers and dates from data, not from
 * literals; the plan generator reads them to write plans that follow a pack.
 */
public final class Parameters {
    private final String pack;
    private final LocalDate asOf;
    private final Map<String, ParameterValue> values;
    /** Values as rules read them, converted once: rules read parameters many times per plan. */
    private final Map<String, Object> converted = new java.util.HashMap<>();

    Parameters(String pack, LocalDate asOf, Map<String, ParameterValue> values) {
        this.pack = pack;
        this.asOf = asOf;
        this.values = Collections.unmodifiableMap(values);
        values.forEach((name, value) -> converted.put(name, convert(value)));
    }

    private static Object convert(ParameterValue value) {
        if (value.isWholeNumber()) {
            return value.asInt();
        }
        if (value.value() instanceof Number number) {
            return number.doubleValue();
        }
        if (value.value() instanceof List<?> list) {
            List<String> texts = new ArrayList<>();
            list.forEach(element -> texts.add(String.valueOf(element)));
            return List.copyOf(texts);
        }
        String text = value.asText();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(text);
        }
        return text;
    }

    /** The pack whose values these are. */
    public String pack() {
        return pack;
    }

    /** A day on which these values are in force (days with the same values share one instance). */
    public LocalDate asOf() {
        return asOf;
    }

    /** Every value in force, by parameter name, with its day, clause and words. */
    public Map<String, ParameterValue> values() {
        return values;
    }

    /** The value of a parameter; throws {@link IllegalStateException} when the pack has none on the day. */
    public ParameterValue value(String name) {
        ParameterValue value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("pack " + pack + " has no value of parameter '" + name + "' on " + asOf);
        }
        return value;
    }

    /** A whole-number parameter; throws {@link IllegalStateException} when it is missing or of another kind. */
    public int integer(String name) {
        return typed(name, Integer.class, "a whole number");
    }

    /** A number parameter; throws {@link IllegalStateException} when it is missing or of another kind. */
    public double decimal(String name) {
        return typed(name, Number.class, "a number").doubleValue();
    }

    /** A date parameter; throws {@link IllegalStateException} when it is missing or of another kind. */
    public LocalDate date(String name) {
        return typed(name, LocalDate.class, "a date");
    }

    /** A text parameter; throws {@link IllegalStateException} when it is missing or of another kind. */
    public String text(String name) {
        return typed(name, String.class, "a text");
    }

    /** A list parameter, its items as texts; throws {@link IllegalStateException} when it is missing or of another kind. */
    @SuppressWarnings("unchecked")
    public List<String> texts(String name) {
        return typed(name, List.class, "a list");
    }

    private <T> T typed(String name, Class<T> type, String expected) {
        Object value = converted.get(name);
        if (value == null) {
            value(name);
        }
        if (!type.isInstance(value)) {
            throw new IllegalStateException("parameter '" + name + "' of pack " + pack + " is not " + expected);
        }
        return type.cast(value);
    }
}
