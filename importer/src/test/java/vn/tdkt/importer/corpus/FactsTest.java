package vn.tdkt.importer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.importer.corpus.Facts.Fact;
import vn.tdkt.importer.corpus.Facts.Verdict;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.Plan;

/** The score's comparison itself: what counts as right, missed and wrong. */
class FactsTest {
    private static Plan plan(String json) {
        return PlanJson.read(json, "test");
    }

    private static Verdict verdict(List<Fact> facts, String pointer) {
        return facts.stream().filter(f -> f.pointer().equals(pointer)).map(Fact::verdict).findFirst().orElse(null);
    }

    @Test
    @DisplayName("equal facts are right, unread ones missed, other values and invented facts wrong")
    void verdicts() {
        Plan expected = plan("""
                {"unit": {"name": "Tiên Lãng", "level": "COMMUNE"},
                 "conference": {"length": "ONE_SESSION", "venue": "Hội trường UBND xã"},
                 "delegation": {"total": 140, "priorityGroups": ["WOMEN", "DIRECT_WORKERS"]}}""");
        Plan imported = plan("""
                {"unit": {"name": "TIÊN  LÃNG", "level": "COMMUNE", "province": "Hải Phòng"},
                 "conference": {"length": "ONE_DAY", "venue": "Hội trường UBND xã."},
                 "delegation": {"priorityGroups": ["DIRECT_WORKERS", "ECONOMIC_SECTORS"]}}""");
        List<Fact> facts = Facts.compare(expected, imported);
        assertThat(verdict(facts, "/unit/name")).isEqualTo(Verdict.RIGHT);
        assertThat(verdict(facts, "/conference/venue")).isEqualTo(Verdict.RIGHT);
        assertThat(verdict(facts, "/unit/province")).isEqualTo(Verdict.WRONG);
        assertThat(verdict(facts, "/conference/length")).isEqualTo(Verdict.WRONG);
        assertThat(verdict(facts, "/delegation/total")).isEqualTo(Verdict.MISSED);
        assertThat(verdict(facts, "/delegation/priorityGroups/0")).isEqualTo(Verdict.MISSED);
        assertThat(facts).filteredOn(f -> f.pointer().startsWith("/delegation/priorityGroups"))
                .extracting(Fact::verdict).containsExactlyInAnyOrder(Verdict.MISSED, Verdict.RIGHT, Verdict.WRONG);
        assertThat(facts.stream().filter(Fact::expectedFact).count()).isEqualTo(7);
    }

    @Test
    @DisplayName("programme items compare by position; a deadline's text may quote more than its clause")
    void listsOfObjects() {
        Plan expected = plan("""
                {"unit": {"name": "An Biên"},
                 "programme": [{"kind": "OPENING", "text": "Tuyên bố lý do"}],
                 "deadlines": [{"kind": "NOMINATIONS", "text": "gửi về UBND phường trước ngày 17/8/2025"}],
                 "reportOutline": []}""");
        Plan imported = plan("""
                {"unit": {"name": "An Biên"},
                 "programme": [{"kind": "OPENING", "text": "Tuyên bố lý do;"}, {"kind": "CLOSING", "text": "Bế mạc"}],
                 "deadlines": [{"kind": "NOMINATIONS",
                                "text": "Các tổ dân phố gửi về UBND phường trước ngày 17/8/2025."}]}""");
        List<Fact> facts = Facts.compare(expected, imported);
        assertThat(verdict(facts, "/programme/0/text")).isEqualTo(Verdict.RIGHT);
        assertThat(verdict(facts, "/programme/1/kind")).isEqualTo(Verdict.WRONG);
        assertThat(verdict(facts, "/deadlines/0/text")).isEqualTo(Verdict.RIGHT);
        assertThat(verdict(facts, "/reportOutline")).isEqualTo(Verdict.MISSED);
    }
}
