package vn.tdkt.pack;

import vn.tdkt.finding.RuleDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.tdkt.pack.PackDescriptors.Read;
import vn.tdkt.pack.PackDescriptors.RuleSource;
import vn.tdkt.pack.PackDescriptors.Source;
import vn.tdkt.finding.LocalizedText;

/**
 * Binds a pack's catalogue ids to the shared checks: merges the pack with the packs it includes, gives each rule the
 * title and messages of its checks where the pack says nothing else, derives its parameters from its checks, and
 * refuses a pack that binds a check no rule defines, binds one check twice, lacks a parameter its checks read, or
 * relaxes its parent.
 */
final class PackBinding {
    private PackBinding() {}

    static PackDescriptor bind(Read top, List<Read> chain, CheckCatalogue catalogue, PackDescriptor parent) {
        Source pack = top.source();
        Map<String, ParameterDefinition> parameters = new LinkedHashMap<>();
        Map<String, RuleSource> rules = new LinkedHashMap<>();
        Map<String, Read> ruleOrigins = new LinkedHashMap<>();
        for (Read read : chain) {
            Source source = read.source();
            if (source.parameters() != null) {
                source.parameters().forEach((name, p) -> parameters.put(name, definition(read, name, p)));
            }
            if (source.rules() != null) {
                source.rules().forEach((id, rule) -> {
                    rules.put(id, rule);
                    ruleOrigins.put(id, read);
                });
            }
        }
        if (pack.exclude() != null) {
            for (String id : pack.exclude()) {
                if (rules.remove(id) == null) {
                    throw top.error("exclude", "no rule " + id + " to leave out; the rules are " + rules.keySet());
                }
            }
        }
        if (pack.version() == null) {
            throw top.error("id", "pack " + pack.id() + " has no version");
        }
        if (pack.guidance() == null || pack.guidance().date() == null) {
            throw top.error("guidance", "pack " + pack.id() + " names no guidance with its date (issuer, number, date, "
                    + "title, citation): its values and titles hold from that day");
        }
        PackDescriptor unbound = new PackDescriptor(pack.id(), pack.version(), pack.jurisdiction(), pack.provinces(),
                pack.guidance(), parameters, Map.of(), Boolean.TRUE.equals(pack.fallback()), pack.severityCap(),
                pack.note(), top.origin(), parent);
        Parameters asIssued = unbound.parametersOn(pack.guidance().date());
        Map<String, RuleDescription> described = new LinkedHashMap<>();
        Map<String, String> boundBy = new LinkedHashMap<>();
        rules.forEach((id, rule) -> {
            Read read = ruleOrigins.get(id);
            described.put(id, describe(read, id, rule, catalogue, asIssued, parameters, boundBy));
        });
        PackDescriptor descriptor = new PackDescriptor(pack.id(), pack.version(), pack.jurisdiction(),
                pack.provinces(), pack.guidance(), parameters, described, Boolean.TRUE.equals(pack.fallback()),
                pack.severityCap(), pack.note(), top.origin(), parent);
        List<Tightening.Relaxation> relaxations = Tightening.check(descriptor);
        if (!relaxations.isEmpty()) {
            Tightening.Relaxation first = relaxations.get(0);
            throw top.error("parameters." + first.parameter(), "relaxes the baseline it may only tighten: "
                    + String.join("; ", relaxations.stream().map(Tightening.Relaxation::message).toList()));
        }
        return descriptor;
    }

    private static RuleDescription describe(Read read, String id, RuleSource rule, CheckCatalogue catalogue,
                                            Parameters asIssued, Map<String, ParameterDefinition> parameters,
                                            Map<String, String> boundBy) {
        String key = "rules." + id;
        List<String> checks = rule.bound();
        if (checks.isEmpty()) {
            throw read.error(key, "rule " + id + " binds no check (check: delegates.cap); the checks are "
                    + catalogue.checks());
        }
        if (rule.clause() == null || rule.text() == null) {
            throw read.error(key, "rule " + id + " needs the clause it enforces and the clause's words (clause, text)");
        }
        Map<String, LocalizedText> messages = new LinkedHashMap<>();
        LocalizedText title = rule.title();
        Set<String> used = new TreeSet<>();
        for (String check : checks) {
            if (!catalogue.defines(check)) {
                throw read.error(key + (rule.check() != null ? ".check" : ".checks"), "no check " + check
                        + "; the checks are " + catalogue.checks());
            }
            String other = boundBy.putIfAbsent(check, id);
            if (other != null) {
                throw read.error(key, "check " + check + " is bound twice, by " + other + " and " + id);
            }
            CheckCatalogue.Text text = catalogue.text(check);
            if (text != null) {
                messages.putAll(text.messages());
                if (title == null) {
                    title = text.title();
                }
            }
            for (String parameter : catalogue.parameters(check)) {
                if (!parameters.containsKey(parameter)) {
                    throw read.error(key, "check " + check + " reads parameter " + parameter
                            + ", which the pack does not define (under parameters:)");
                }
                used.add(parameter);
            }
        }
        if (rule.messages() != null) {
            messages.putAll(rule.messages());
        }
        if (messages.isEmpty()) {
            throw read.error(key, "rule " + id + " has no messages: its check " + checks.get(0)
                    + " is not in the shared catalogue, so the pack gives them");
        }
        if (title == null) {
            throw read.error(key, "rule " + id + " has no title");
        }
        try {
            title = Titles.render(title, asIssued);
        } catch (IllegalArgumentException e) {
            throw read.error(key + ".title", e.getMessage());
        }
        if (rule.severity() != null) {
            for (String outcome : rule.severity().keySet()) {
                if (!messages.containsKey(outcome)) {
                    throw read.error(key + ".severity", "no outcome " + outcome + " of rule " + id
                            + "; the outcomes are " + messages.keySet());
                }
            }
        }
        return new RuleDescription(id, rule.document(), rule.clause(), rule.text(), title, new ArrayList<>(used),
                messages, rule.citations(), rule.unbinding(), checks, rule.severity());
    }

    private static ParameterDefinition definition(Read read, String name, PackDescriptors.ParameterSource p) {
        try {
            ParameterDefinition.Direction direction = p.direction() == null ? null
                    : ParameterDefinition.Direction.of(p.direction());
            return new ParameterDefinition(name, p.description(), p.values(), direction);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw read.error("parameters." + name, e.getMessage());
        }
    }
}
