package vn.tdkt.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleIdsTest {
    @Test
    void ordersByPrefixThenNumber() {
        List<String> ids = new ArrayList<>(List.of("HP-10", "CC-4", "HP-2", "HP-01", "LS-3", "CC-1", "HP-03"));
        ids.sort(RuleIds.ORDER);
        assertThat(ids).containsExactly("CC-1", "CC-4", "HP-01", "HP-2", "HP-03", "HP-10", "LS-3");
    }

    @Test
    void fallsBackToTextOrderForOtherIds() {
        assertThat(RuleIds.ORDER.compare("abc", "abd")).isNegative();
        assertThat(RuleIds.ORDER.compare("HP-x", "HP-1")).isEqualTo("HP-x".compareTo("HP-1"));
    }

    @Test
    void validatesIds() {
        assertThat(RuleIds.isValid("HP-03")).isTrue();
        assertThat(RuleIds.isValid("hp-3")).isFalse();
        assertThat(RuleIds.isValid("HP")).isFalse();
        assertThat(RuleIds.isValid(null)).isFalse();
    }
}
