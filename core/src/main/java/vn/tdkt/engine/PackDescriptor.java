package vn.tdkt.engine;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A pack as described by its {@code pack.yaml}: identity, the guidance it encodes, its dated parameters and what it
 * says of each rule. The DRL rules live in the Drools kbase named {@link #kbase()}.
 */
public record PackDescriptor(String id, String version, String jurisdiction, List<String> provinces, String kbase,
                             GuidanceDocument guidance, Map<String, ParameterDefinition> parameters,
                             Map<String, RuleDescription> rules, String beforeDayReading) {
    public PackDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version of pack " + id);
        Objects.requireNonNull(kbase, "kbase of pack " + id);
        Objects.requireNonNull(guidance, "guidance of pack " + id);
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules == null ? Map.of() : rules));
    }

    public PackInfo info() {
        return new PackInfo(id, version, jurisdiction, provinces, guidance, rules.size());
    }

    /** The parameter values in force on the day. */
    public Parameters parametersOn(LocalDate day) {
        Map<String, ParameterValue> inForce = new LinkedHashMap<>();
        parameters.forEach((name, definition) -> {
            ParameterValue value = definition.valueOn(day);
            if (value != null) {
                inForce.put(name, value);
            }
        });
        return new Parameters(id, day, inForce);
    }

    public RuleDescription rule(String ruleId) {
        RuleDescription rule = rules.get(ruleId);
        if (rule == null) {
            throw new IllegalStateException("pack " + id + " has no description of rule " + ruleId);
        }
        return rule;
    }
}
