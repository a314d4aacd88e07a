package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.finding.Severity.ADVICE;
import static vn.tdkt.finding.Severity.VIOLATION;
import static vn.tdkt.finding.Severity.WARNING;
import static vn.tdkt.rules.RuleAssertions.assertFinding;
import static vn.tdkt.rules.RuleAssertions.assertFires;
import static vn.tdkt.rules.RuleAssertions.assertSilent;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.Report;
import vn.tdkt.model.*;

/** The rules of consistency (CC-n) that every pack includes, checked through the Hải Phòng pack. */
@RuleTests
class ConsistencyRulesTest {

    private static Report check(PlanBuilder plan) {
        return RuleAssertions.evaluate("hai-phong", plan.build());
    }

    private static PlanBuilder plan() {
        return PlanBuilder.compliantHaiPhong();
    }

    @Nested
    @DisplayName("CC-1 the plan's dates are in order")
    class CC1 {
        @Test
        void firesWhenTheListIsApprovedAfterTheConference() {
            // approved "trước ngày 24/8", so possibly on the 23rd: after the conference of the 22nd
            Report report = check(plan().withDeadline(DeadlineKind.EXEMPLAR_LIST_APPROVAL, LocalDate.of(2025, 8, 24),
                    DateQualifier.BEFORE));
            Finding f = assertFinding(report, "CC-1", VIOLATION, "/conference/date");
            assertThat(f.found().vi()).contains("trước ngày 24/08/2025").contains("22/08/2025");
            assertThat(f.found().en()).contains("before 24/08/2025").contains("22/08/2025");
        }

        @Test
        void readsABoundAsTheLastDayItAllows() {
            // "duyệt trước ngày 23/8" is the 22nd at the latest: not after a conference on the 22nd
            assertSilent(check(plan().withDeadline(DeadlineKind.EXEMPLAR_LIST_APPROVAL, LocalDate.of(2025, 8, 23),
                    DateQualifier.BEFORE)), "CC-1");
        }

        @Test
        void firesWhenResultsAreReportedBeforeTheConference() {
            assertFires(check(plan().withDeadline(DeadlineKind.RESULT_REPORT, LocalDate.of(2025, 8, 20),
                    DateQualifier.BEFORE)), "CC-1", VIOLATION);
        }

        @Test
        void firesAcrossAnUnknownStep() {
            // No list-approval step: nominations after the conference are still out of order.
            Report report = check(plan().withoutDeadline(DeadlineKind.EXEMPLAR_LIST_APPROVAL)
                    .withDeadline(DeadlineKind.NOMINATIONS, LocalDate.of(2025, 8, 24), DateQualifier.BEFORE));
            assertFires(report, "CC-1", VIOLATION);
        }

        @Test
        void passesOnDatesInOrderAndOnEqualDates() {
            assertSilent(check(plan()), "CC-1");
            assertSilent(check(plan().withDeadline(DeadlineKind.EXEMPLAR_LIST_APPROVAL, LocalDate.of(2025, 8, 22),
                    DateQualifier.ON)), "CC-1");
        }
    }

    @Nested
    @DisplayName("CC-2 delegate numbers agree")
    class CC2 {
        @Test
        void warnsWhenTheListNamesMoreDelegatesThanTheTotal() {
            Report report = check(plan().with(p -> {
                p.total = 1;
                p.exemplarPercent = null;
                p.delegates = List.of(PlanBuilder.exemplar("A", "Giáo dục", "Hòa Bình"),
                        PlanBuilder.exemplar("B", "Y tế", "An Lạc"));
            }));
            assertFinding(report, "CC-2", WARNING, "/delegation/total");
        }

        @Test
        void passesOnAPartialList() {
            // two exemplars named so far of 150 delegates: a partial list, not a disagreement
            Report report = check(plan().with(p -> p.delegates = List.of(PlanBuilder.exemplar("A", "Giáo dục", "Hòa Bình"),
                    PlanBuilder.exemplar("B", "Y tế", "An Lạc"))));
            assertSilent(report, "CC-2");
        }

        @Test
        void warnsWhenTheAllocationDisagrees() {
            Report report = check(plan().with(p -> p.allocation = List.of(new Allocation("Các thôn", 100),
                    new Allocation("Các trường học", 40))));
            Finding f = assertFinding(report, "CC-2", WARNING, "/delegation/total");
            assertThat(f.expected().vi()).isEqualTo("140");
        }

        @Test
        void passesWhenTheyAgree() {
            assertSilent(check(plan().with(p -> p.allocation = List.of(new Allocation("Các thôn", 110),
                    new Allocation("Các trường học", 40)))), "CC-2");
        }
    }

    @Nested
    @DisplayName("CC-3 award categories are complete")
    class CC3 {
        @Test
        void warnsOnAnInvertedRange() {
            Report report = check(plan().with(p -> p.awardCategories = List.of(new AwardCategory("Doanh nghiệp",
                    RecipientKind.ENTERPRISE, 5, 3, "Sản xuất kinh doanh tốt", null, null))));
            assertFinding(report, "CC-3", WARNING, "/awardCategories/0");
        }

        @Test
        void warnsOnAMissingCount() {
            Report report = check(plan().with(p -> p.awardCategories = List.of(new AwardCategory("Doanh nghiệp",
                    RecipientKind.ENTERPRISE, null, null, "Sản xuất kinh doanh tốt", null, null))));
            assertFinding(report, "CC-3", WARNING, "/awardCategories/0/countMin");
        }

        @Test
        void warnsOnMissingRecipients() {
            Report report = check(plan().with(p -> p.awardCategories = List.of(new AwardCategory("Doanh nghiệp",
                    null, 1, 2, "Sản xuất kinh doanh tốt", null, null))));
            assertFinding(report, "CC-3", WARNING, "/awardCategories/0/recipients");
        }

        @Test
        void advisesOnMissingCriteria() {
            Report report = check(plan().with(p -> p.awardCategories = List.of(new AwardCategory("Doanh nghiệp",
                    RecipientKind.ENTERPRISE, 3, 5, null, null, null))));
            assertFires(report, "CC-3", ADVICE);
        }

        @Test
        void passesOnACompleteCategory() {
            assertSilent(check(plan()), "CC-3");
        }
    }

    @Nested
    @DisplayName("CC-4 the guidance the plan implements")
    class CC4 {
        @Test
        void warnsOnOtherGuidance() {
            Report report = check(plan().with(p -> p.implementsGuidance = List.of(new DocumentRef(
                    "Ủy ban nhân dân tỉnh Lạng Sơn", "199/KH-UBND", LocalDate.of(2025, 7, 23), null))));
            Finding f = assertFinding(report, "CC-4", WARNING, "/implementsGuidance");
            assertThat(f.found().vi()).isEqualTo("“199/KH-UBND của Ủy ban nhân dân tỉnh Lạng Sơn”");
            assertThat(f.expected().vi()).isEqualTo("“3194/QĐ-UBND”");
        }

        @Test
        void warnsWhenNoneIsNamed() {
            assertFires(check(plan().with(p -> p.implementsGuidance = null)), "CC-4", WARNING);
        }

        @Test
        void passesOnThePacksGuidanceWrittenWithoutDiacritics() {
            assertSilent(check(plan().with(p -> p.implementsGuidance = List.of(new DocumentRef(null, "3194/QD-UBND",
                    null, null)))), "CC-4");
        }
    }
}
