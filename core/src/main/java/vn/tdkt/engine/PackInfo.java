package vn.tdkt.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.Severity;
import vn.tdkt.finding.GuidanceDocument;
import vn.tdkt.pack.PackDescriptor;
import vn.tdkt.finding.RuleDescription;

/**
 * A pack as a host sees it: what it is, the document it encodes, and what it says of each of its rules, which is what
 * outputs that list rules (SARIF, the HTML report) and a user choosing a pack need. How the pack is written (its
 * dated parameters, its bindings of the shared checks, the baseline it may only tighten) is the pack format's
 * business, and stays out of this view.
 *
 * @param id           the pack's id ("hai-phong"), which {@link Packs#engine(String)} takes and every report names
 * @param version      the pack's version, which every report of it names
 * @param jurisdiction the authority whose plans it checks ("Thành phố Hải Phòng"); may be null
 * @param provinces    the provinces whose plans it checks; empty for none in particular
 * @param guidance     the guidance document it encodes
 * @param rules        what it says of each rule of its catalogue, by rule id, in the catalogue's order
 * @param fallback     whether it is the national baseline that checks the plans of provinces without a pack of their
 *                     own
 * @param severityCap  the most severe finding it reports (a baseline reports at most warnings); null for no cap
 * @param note         what every report of it says besides its findings (why a baseline's findings are capped);
 *                     null for nothing
 * @param parent       the id of the baseline whose values it may tighten and never relax; null for none
 */
public record PackInfo(String id, String version, String jurisdiction, List<String> provinces,
                       GuidanceDocument guidance, Map<String, RuleDescription> rules, boolean fallback,
                       Severity severityCap, LocalizedText note, String parent) {
    /** Copies the lists and maps (keeping the rules' order), and refuses a pack without id, version or guidance. */
    public PackInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version of pack " + id);
        Objects.requireNonNull(guidance, "guidance of pack " + id);
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules == null ? Map.of() : rules));
    }

    /** A pack that is no baseline, with no cap, no note and no parent (for tests and hosts that describe packs). */
    public PackInfo(String id, String version, String jurisdiction, List<String> provinces,
                    GuidanceDocument guidance, Map<String, RuleDescription> rules) {
        this(id, version, jurisdiction, provinces, guidance, rules, false, null, null, null);
    }

    /** The view of a pack as its format describes it. */
    static PackInfo of(PackDescriptor pack) {
        return new PackInfo(pack.id(), pack.version(), pack.jurisdiction(), pack.provinces(), pack.guidance(),
                pack.rules(), pack.fallback(), pack.severityCap(), pack.note(),
                pack.parent() == null ? null : pack.parent().id());
    }

    /** What the pack says of a rule of its catalogue; throws {@link IllegalStateException} for a rule it lacks. */
    public RuleDescription rule(String ruleId) {
        RuleDescription rule = rules.get(ruleId);
        if (rule == null) {
            throw new IllegalStateException("pack " + id + " has no description of rule " + ruleId);
        }
        return rule;
    }

    /** How many rules its catalogue has. */
    public int ruleCount() {
        return rules.size();
    }
}
