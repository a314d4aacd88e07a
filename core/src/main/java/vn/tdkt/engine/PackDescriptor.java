package vn.tdkt.engine;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A pack as described by its {@code pack.yaml}: identity, the guidance it encodes, its dated parameters and what it
 * says of each rule. The DRL rules live in the Drools kbase named {@link #kbase()}.
 *
 * <p>A baseline pack (such as {@code national}: the wording that the provinces' guidance passes down from the
 * national guidance) has parameters and no rules, hence no kbase. A pack names its baseline as {@link #parent()}: the
 * parent is never evaluated and nothing of it is merged into the pack (unlike {@code includes}); it only bounds the
 * pack's values, which may tighten the parent's and never relax them ({@link Tightening}).
 *
 * @param kbase  the Drools kbase of the pack's rules; null for a pack without rules
 * @param parent the baseline this pack tightens, or null
 */
public record PackDescriptor(String id, String version, String jurisdiction, List<String> provinces, String kbase,
                             GuidanceDocument guidance, Map<String, ParameterDefinition> parameters,
                             Map<String, RuleDescription> rules, String beforeDayReading, PackDescriptor parent) {
    public PackDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version of pack " + id);
        Objects.requireNonNull(guidance, "guidance of pack " + id);
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules == null ? Map.of() : rules));
        if (kbase == null && !rules.isEmpty()) {
            throw new NullPointerException("kbase of pack " + id + ", which describes rules " + rules.keySet());
        }
        for (PackDescriptor p = parent; p != null; p = p.parent()) {
            if (p.id().equals(id)) {
                throw new IllegalArgumentException("pack " + id + " is its own parent");
            }
        }
    }

    /** A pack without a parent. */
    public PackDescriptor(String id, String version, String jurisdiction, List<String> provinces, String kbase,
                          GuidanceDocument guidance, Map<String, ParameterDefinition> parameters,
                          Map<String, RuleDescription> rules, String beforeDayReading) {
        this(id, version, jurisdiction, provinces, kbase, guidance, parameters, rules, beforeDayReading, null);
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

    /** Every day on which a value of some parameter starts to hold, in order. */
    public SortedSet<LocalDate> boundaries() {
        SortedSet<LocalDate> days = new TreeSet<>();
        parameters.values().forEach(p -> days.addAll(p.boundaries()));
        return days;
    }

    public RuleDescription rule(String ruleId) {
        RuleDescription rule = rules.get(ruleId);
        if (rule == null) {
            throw new IllegalStateException("pack " + id + " has no description of rule " + ruleId);
        }
        return rule;
    }
}
