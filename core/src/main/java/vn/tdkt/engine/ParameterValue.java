package vn.tdkt.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated value of a pack parameter, with the clause it comes from (OpenFisca's "reference").
 *
 * @param from   the first day the value holds
 * @param value  the value (number, date, text or list of texts)
 * @param clause the clause of the guidance that sets it
 * @param text   the clause's words
 */
public record ParameterValue(LocalDate from, JsonNode value, String clause, String text) {
    public ParameterValue {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(value, "value");
    }
}
