package vn.tdkt.pack;

import vn.tdkt.finding.GuidanceDocument;
import vn.tdkt.finding.RuleDescription;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.Severity;

/**
 * A pack as described by its {@code pack.yaml}: identity, the guidance it encodes, its dated parameters and, for each
 * rule id of its catalogue, the shared checks it binds and what it says of them. All packs run on one compiled rule
 * base: a pack is data.
 *
 * <p>A pack names its baseline as {@link #parent()}: nothing of the parent is merged in (unlike {@code includes}); it
 * only bounds the pack's values, which may tighten the parent's and never relax them ({@link Tightening}). The
 * {@link #fallback()} pack (the national baseline) checks a plan of a province that has no pack of its own; its
 * findings are never more than {@link #severityCap()}, and its reports carry {@link #note()} saying why.
 *
 * @param id          the pack's id, its folder's name ("hai-phong")
 * @param version     the pack's version, which every report of it names
 * @param jurisdiction the authority whose plans it checks ("Thành phố Hải Phòng"); may be null
 * @param provinces   the provinces whose plans it checks; empty for none in particular
 * @param guidance    the guidance document it encodes
 * @param parameters  its parameters, by name
 * @param rules       its rules, by catalogue id, in the catalogue's order
 * @param fallback    whether this pack checks the plans of provinces without a pack of their own
 * @param severityCap the most severe finding the pack reports; null for no cap
 * @param note        what every report of the pack says besides its findings; null for nothing
 * @param origin      where the pack was read from (a class path resource or a file), for messages
 * @param parent      the baseline this pack tightens, or null
 */
public record PackDescriptor(String id, String version, String jurisdiction, List<String> provinces,
                             GuidanceDocument guidance, Map<String, ParameterDefinition> parameters,
                             Map<String, RuleDescription> rules, boolean fallback, Severity severityCap,
                             LocalizedText note, String origin, PackDescriptor parent) {
    /** Copies the lists and maps, and refuses a pack without id, version or guidance, or that is its own parent. */
    public PackDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version of pack " + id);
        Objects.requireNonNull(guidance, "guidance of pack " + id);
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules == null ? Map.of() : rules));
        for (PackDescriptor p = parent; p != null; p = p.parent()) {
            if (p.id().equals(id)) {
                throw new IllegalArgumentException("pack " + id + " is its own parent");
            }
        }
    }

    /** A pack without a parent, a cap or a note. */
    public PackDescriptor(String id, String version, String jurisdiction, List<String> provinces,
                          GuidanceDocument guidance, Map<String, ParameterDefinition> parameters,
                          Map<String, RuleDescription> rules) {
        this(id, version, jurisdiction, provinces, guidance, parameters, rules, false, null, null, id, null);
    }

    /** The same pack with another parent (to check it against another baseline). */
    public PackDescriptor withParent(PackDescriptor newParent) {
        return new PackDescriptor(id, version, jurisdiction, provinces, guidance, parameters, rules, fallback,
                severityCap, note, origin, newParent);
    }

    /** The same pack with other parameters. */
    public PackDescriptor withParameters(Map<String, ParameterDefinition> newParameters) {
        return new PackDescriptor(id, version, jurisdiction, provinces, guidance, newParameters, rules, fallback,
                severityCap, note, origin, parent);
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

    /** What the pack says of a rule of its catalogue; throws {@link IllegalStateException} for a rule it lacks. */
    public RuleDescription rule(String ruleId) {
        RuleDescription rule = rules.get(ruleId);
        if (rule == null) {
            throw new IllegalStateException("pack " + id + " has no description of rule " + ruleId);
        }
        return rule;
    }
}
