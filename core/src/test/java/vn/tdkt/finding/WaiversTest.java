package vn.tdkt.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.json.PlanFormatException;
import vn.tdkt.json.ReportJson;
import vn.tdkt.json.WaiverJson;

class WaiversTest {
    private static final PlanIdentity KE_SAT = new PlanIdentity("xã Kẻ Sặt", "Hải Phòng", null, null, "ke-sat.json");
    private static final ApprovingDocument DECISION =
            new ApprovingDocument("125/QĐ-HĐTĐKT", LocalDate.of(2025, 8, 20), "Chủ tịch Hội đồng Thi đua - Khen thưởng");
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

    private static Finding finding(String ruleId, Severity severity) {
        return new Finding(ruleId, severity, "/conference/date", LocalizedText.of("trước ngày 25/08/2025"), LocalizedText.of("28/08/2025"), null,
                new Citation("QĐ 3194/QĐ-UBND", "II.1", "hoàn thành trước ngày 25/8/2025"),
                new LocalizedText("vi", "en"));
    }

    private static Report keSat() {
        return Report.of(KE_SAT, "hai-phong", "2025.8.0",
                List.of(finding("HP-03", Severity.VIOLATION), finding("HP-05", Severity.WARNING)));
    }

    @Test
    void aWaiverInForceMarksTheFindingAndTheVerdictNoLongerRejectsOnIt() {
        Waiver waiver = new Waiver("HP-03", "Kẻ Sặt", null, DECISION, LocalDate.of(2025, 12, 31));
        Report report = Waivers.of(List.of(waiver), TODAY).apply(keSat());

        assertThat(keSat().verdict()).isEqualTo(Verdict.REJECT);
        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.findings("HP-03")).singleElement().satisfies(f -> {
            assertThat(f.isWaived()).isTrue();
            assertThat(f.waiver().approvedBy().number()).isEqualTo("125/QĐ-HĐTĐKT");
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        });
        assertThat(report.counts()).containsEntry(Severity.VIOLATION, 0).containsEntry(Severity.WARNING, 1);
        assertThat(report.notes()).isEmpty();
        assertThat(ReportJson.write(List.of(report))).contains("\"waived\"", "125/QĐ-HĐTĐKT", "\"expires\": \"2025-12-31\"");
    }

    @Test
    void anExpiredWaiverDoesNothingAndTheReportSaysSo() {
        Waiver waiver = new Waiver("HP-03", "xã Kẻ Sặt", null, DECISION, LocalDate.of(2025, 8, 31));
        Report report = Waivers.of(List.of(waiver), TODAY).apply(keSat());

        assertThat(report.verdict()).isEqualTo(Verdict.REJECT);
        assertThat(report.findings()).noneMatch(Finding::isWaived);
        assertThat(report.notes()).singleElement().satisfies(n -> assertThat(n.en()).contains("expired", "HP-03"));
    }

    @Test
    void aWaiverOfARuleWithoutFindingDoesNothingAndTheReportSaysSo() {
        Waiver waiver = new Waiver("HP-04", "Kẻ Sặt", null, DECISION, LocalDate.of(2025, 12, 31));
        Report report = Waivers.of(List.of(waiver), TODAY).apply(keSat());

        assertThat(report).extracting(Report::verdict).isEqualTo(Verdict.REJECT);
        assertThat(report.notes()).singleElement().satisfies(n -> assertThat(n.en()).contains("matches no finding"));
    }

    @Test
    void aWaiverOfAnotherPlanLeavesTheReportAloneAndIsListedAsUnmatched() {
        Waiver other = new Waiver("HP-03", "Đại Sơn", "28/KH-UBND", DECISION, LocalDate.of(2025, 12, 31));
        Waivers waivers = Waivers.of(List.of(other), TODAY);

        assertThat(waivers.apply(keSat())).isEqualTo(keSat());
        assertThat(waivers.unmatched(List.of(keSat()))).containsExactly(other);
    }

    @Test
    void theDocumentNumberMustMatchToo() {
        Waiver numbered = new Waiver("HP-03", "Kẻ Sặt", "12/KH-UBND", DECISION, LocalDate.of(2025, 12, 31));
        assertThat(numbered.names(KE_SAT)).isFalse();
        assertThat(new Waiver("HP-03", "kẻ sặt", null, DECISION, LocalDate.of(2025, 12, 31)).names(KE_SAT)).isTrue();
    }

    @Test
    void aUnitIsNamedWhateverItsSpacesAndUnicodeFormButNotWithOtherMarks() {
        LocalDate expires = LocalDate.of(2025, 12, 31);
        PlanIdentity spaced = new PlanIdentity("Xã\u00A0 KẺ SẶT", "Hải Phòng", null, null, "ke-sat.json");
        assertThat(new Waiver("HP-03", "Ke\u0309 Sa\u0323\u0306t", null, DECISION, expires).names(spaced)).isTrue();
        // Kẻ Sắt is another name: a waiver exempts only the unit it names
        assertThat(new Waiver("HP-03", "Kẻ Sắt", null, DECISION, expires).names(KE_SAT)).isFalse();
        assertThat(new Waiver("HP-03", "Ke Sat", null, DECISION, expires).names(KE_SAT)).isFalse();
    }

    @Test
    void aWaiverNeedsItsApprovingDocument() {
        assertThatThrownBy(() -> new ApprovingDocument("125/QĐ", LocalDate.of(2025, 8, 20), " "))
                .hasMessageContaining("signer");
        assertThatThrownBy(() -> new Waiver("HP-03", "Kẻ Sặt", null, null, LocalDate.of(2025, 12, 31)))
                .hasMessageContaining("approving document");
        assertThatThrownBy(() -> new Waiver("H3", "Kẻ Sặt", null, DECISION, LocalDate.of(2025, 12, 31)))
                .hasMessageContaining("rule id");
    }

    @Test
    void waiversAreReadFromJsonWithErrorsThatNameTheField() {
        List<Waiver> waivers = WaiverJson.read("""
                {"waivers": [{"ruleId": "HP-03", "unit": "Kẻ Sặt",
                  "approvedBy": {"number": "125/QĐ-HĐTĐKT", "date": "2025-08-20", "signer": "Chủ tịch Hội đồng"},
                  "expires": "2025-12-31"}]}
                """, "waivers.json");
        assertThat(waivers).singleElement().satisfies(w -> assertThat(w.approvedBy().signer()).isEqualTo("Chủ tịch Hội đồng"));

        assertThatThrownBy(() -> WaiverJson.read("""
                {"waivers": [{"ruleId": "HP-03", "unit": "Kẻ Sặt",
                  "approvedBy": {"number": "125/QĐ-HĐTĐKT", "date": "2025-08-20"},
                  "expires": "2025-12-31"}]}
                """, "waivers.json"))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("waivers.json:")
                .hasMessageContaining("/waivers/0/approvedBy")
                .hasMessageContaining("signer");
    }

    @org.junit.jupiter.api.Test
    void anEmptyWaiversFileSaysWhatWasExpected() {
        assertThatThrownBy(() -> vn.tdkt.json.WaiverJson.read("   ", "waivers.json"))
                .hasMessageContaining("the document is empty; expected an object with a list of waivers")
                .hasMessageNotContaining("plan object");
    }
}
