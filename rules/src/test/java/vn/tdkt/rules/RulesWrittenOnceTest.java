package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.tdkt.pack.PackDescriptor;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.RuleDescription;

/**
 * What the shared checks are for: a rule is written once, and packs whose guidance says the same thing bind the same
 * check rather than each its own DRL.
 */
class RulesWrittenOnceTest {

    /** A rule of a pack, for the comparison of the packs' clause texts. */
    record PackRule(String pack, RuleDescription rule) {
    }

    /** A DRL body compared with the others: whitespace collapsed, its check's id replaced by a placeholder. */
    static String normalisedBody(ShippedPacks.DrlRule rule) {
        return rule.body().replace("\"" + rule.check() + "\"", "\"<check>\"").replaceAll("\\s+", " ").strip();
    }

    /** A clause's words compared with others: Unicode NFC, whitespace collapsed, no case. */
    static String normalisedText(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Every pair of DRL rules with the same body once normalised. */
    static List<String> duplicateBodies(List<ShippedPacks.DrlRule> rules) {
        Map<String, ShippedPacks.DrlRule> seen = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (ShippedPacks.DrlRule rule : rules) {
            ShippedPacks.DrlRule first = seen.putIfAbsent(normalisedBody(rule), rule);
            if (first != null) {
                duplicates.add("rule \"" + rule.name() + "\" (" + rule.file() + ") is rule \"" + first.name() + "\" ("
                        + first.file() + ") again, for another check: bind " + first.check() + " instead");
            }
        }
        return duplicates;
    }

    /**
     * Every pair of rules of different packs whose clause texts are the same (once normalised) but that bind
     * different checks: the same words written as two DRL rules.
     */
    static List<String> sameTextOtherChecks(List<PackRule> rules) {
        List<String> conflicts = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                PackRule a = rules.get(i);
                PackRule b = rules.get(j);
                if (a.pack().equals(b.pack())
                        || !normalisedText(a.rule().text()).equals(normalisedText(b.rule().text()))) {
                    continue;
                }
                if (!new TreeSet<>(a.rule().checks()).equals(new TreeSet<>(b.rule().checks()))) {
                    conflicts.add(a.pack() + " " + a.rule().id() + " binds " + a.rule().checks() + " and "
                            + b.pack() + " " + b.rule().id() + " binds " + b.rule().checks()
                            + " for the same words: «" + a.rule().text() + "»");
                }
            }
        }
        return conflicts;
    }

    @Test
    void noRuleIsWrittenTwice() {
        List<ShippedPacks.DrlRule> rules = ShippedPacks.drlRules();
        assertThat(rules).hasSizeGreaterThan(10);
        List<String> duplicates = duplicateBodies(rules);
        assertThat(duplicates).as("DRL rules written twice:%n%s", String.join("\n", duplicates)).isEmpty();
    }

    @Test
    void twoRulesWithTheSameBodyForTwoChecksAreFound() {
        String body = "when\n    $p : Check( id == \"%s\" )\n    Plan( delegation.total == null )\nthen\n    x();\nend";
        var a = new ShippedPacks.DrlRule("a.drl", "a.one: x", "a.one", body.formatted("a.one"));
        var b = new ShippedPacks.DrlRule("b.drl", "b.two: x", "b.two", body.formatted("b.two").replace("    ", "\t"));
        var c = new ShippedPacks.DrlRule("c.drl", "c.three: y", "c.three", body.formatted("c.three").replace("null", "0"));
        assertThat(duplicateBodies(List.of(a, b, c))).singleElement().asString().contains("b.two: x", "a.one");
    }

    @Test
    void packsThatQuoteTheSameWordsBindTheSameChecks() {
        List<PackRule> rules = new ArrayList<>();
        for (PackDescriptor pack : ShippedPacks.listed()) {
            pack.rules().values().forEach(r -> rules.add(new PackRule(pack.id(), r)));
        }
        List<String> conflicts = sameTextOtherChecks(rules);
        assertThat(conflicts).as("the same words bound to different checks:%n%s", String.join("\n", conflicts))
                .isEmpty();
    }

    @Test
    void theSameWordsBoundToDifferentChecksAreFound() {
        RuleDescription cap = rule("HP-04", "+ Số lượng: Tối đa 150 đại biểu.", "delegates.cap");
        RuleDescription sameCap = rule("LS-04", "+ số lượng:  tối đa 150\nđại biểu.", "delegates.cap");
        RuleDescription otherCheck = rule("XX-04", "+ Số lượng: TỐI ĐA 150 đại biểu.", "delegates.cap-by-hand");
        RuleDescription otherWords = rule("YY-04", "+ Số lượng: Tối đa 120 đại biểu.", "delegates.cap-by-hand");
        assertThat(sameTextOtherChecks(List.of(new PackRule("hai-phong", cap), new PackRule("lang-son", sameCap))))
                .isEmpty();
        assertThat(sameTextOtherChecks(List.of(new PackRule("hai-phong", cap), new PackRule("xx", otherCheck),
                new PackRule("yy", otherWords)))).singleElement().asString()
                .contains("hai-phong HP-04", "xx XX-04", "delegates.cap-by-hand");
        // Within one pack, two rules may quote the same clause for different checks (HP-02 and HP-03).
        assertThat(sameTextOtherChecks(List.of(new PackRule("hai-phong", cap), new PackRule("hai-phong", otherCheck))))
                .isEmpty();
    }

    private static RuleDescription rule(String id, String text, String check) {
        return new RuleDescription(id, null, "II.1", text, new LocalizedText("t", "t"), List.of(),
                Map.of("over-cap", new LocalizedText("m", "m")), Map.of(), List.of(), List.of(check), Map.of());
    }

}
