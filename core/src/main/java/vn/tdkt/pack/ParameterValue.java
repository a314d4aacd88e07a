package vn.tdkt.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One dated value of a pack parameter, with the clause it comes from (OpenFisca's "reference").
 *
 * <p>The value is a plain Java value, as the pack writes it: a whole number ({@link Integer}, or {@link Long} for a
 * larger one), a number with a fraction ({@link Double}), a text ({@link String}; a date is the text
 * {@code yyyy-mm-dd}, as in {@code pack.yaml}), {@link Boolean}, or a list of such values ({@link List}). A
 * {@link LocalDate} given here is kept as its text, so that a value built by a tool equals the same value read from a
 * pack. {@link Parameters} converts values to what rules read (dates to {@link LocalDate}) once per day.
 *
 * @param from   the first day the value holds
 * @param value  the value, as above
 * @param clause the clause of the guidance that sets it
 * @param text   the clause's words
 */
public record ParameterValue(LocalDate from, Object value, String clause, String text) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Checks that the value is of a kind a pack may hold, and keeps a date as its text and a list unmodifiable. */
    public ParameterValue {
        Objects.requireNonNull(from, "from");
        value = plain(Objects.requireNonNull(value, "value"));
    }

    private static Object plain(Object value) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(item == null ? null : plain(item)));
            return Collections.unmodifiableList(items);
        }
        if (value instanceof Number || value instanceof String || value instanceof Boolean) {
            return value;
        }
        throw new IllegalArgumentException("a parameter's value is a number, a text, true or false, or a list of "
                + "them, not " + value.getClass().getSimpleName());
    }

    /**
     * The value as JSON writes it ({@code 150}, {@code "2025-08-25"}, {@code ["WOMEN","YOUTH"]}): how an explanation
     * of a finding and a message about a pack show it, so that a text and a number that read alike stay apart.
     */
    public String json() {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the value " + value, e);
        }
    }

    /** Whether the value is a number. */
    boolean isNumber() {
        return value instanceof Number;
    }

    /** The value as an exact decimal, to compare numbers of either kind; the value is a number. */
    BigDecimal decimal() {
        return decimal((Number) value);
    }

    static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal d) {
            return d;
        }
        if (number instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (number instanceof Double || number instanceof Float) {
            return BigDecimal.valueOf(number.doubleValue());
        }
        return BigDecimal.valueOf(number.longValue());
    }

    /** Whether the value is a whole number. */
    boolean isWholeNumber() {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger;
    }

    /** The value as a whole number: a number's integer part, a text that is a whole number, else 0. */
    int asInt() {
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof String s) {
            try {
                return Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /** The value as one text: a number or a text as written; empty for a list, which is no single text. */
    String asText() {
        return value instanceof List<?> ? "" : String.valueOf(value);
    }
}
