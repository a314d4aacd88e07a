package vn.tdkt.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The values of a pack's parameters in force on one day. Inserted as a fact so that rules read the guidance's numbers
 * and dates from data, not from literals.
 */
public final class Parameters {
    private final String pack;
    private final LocalDate asOf;
    private final Map<String, ParameterValue> values;

    Parameters(String pack, LocalDate asOf, Map<String, ParameterValue> values) {
        this.pack = pack;
        this.asOf = asOf;
        this.values = Collections.unmodifiableMap(values);
    }

    public String pack() {
        return pack;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Map<String, ParameterValue> values() {
        return values;
    }

    public ParameterValue value(String name) {
        ParameterValue value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("pack " + pack + " has no value of parameter '" + name + "' on " + asOf);
        }
        return value;
    }

    public int integer(String name) {
        return node(name, JsonNode::isNumber, "a number").asInt();
    }

    public double decimal(String name) {
        return node(name, JsonNode::isNumber, "a number").asDouble();
    }

    public LocalDate date(String name) {
        return LocalDate.parse(node(name, JsonNode::isTextual, "a date").asText());
    }

    public String text(String name) {
        return node(name, JsonNode::isTextual, "a text").asText();
    }

    public List<String> texts(String name) {
        JsonNode node = node(name, JsonNode::isArray, "a list");
        List<String> texts = new ArrayList<>();
        node.forEach(element -> texts.add(element.asText()));
        return List.copyOf(texts);
    }

    private JsonNode node(String name, java.util.function.Predicate<JsonNode> kind, String expected) {
        JsonNode node = value(name).value();
        if (!kind.test(node)) {
            throw new IllegalStateException("parameter '" + name + "' of pack " + pack + " is not " + expected);
        }
        return node;
    }
}
