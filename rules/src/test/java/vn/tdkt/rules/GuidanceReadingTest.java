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

/**
 * The guidance read the way a careful official reads it, where facts reach the rules in other shapes than the seed
 * plans have: agencies and their names, reorganisation, lists and allocations, every dated step and its recipient,
 * "trước ngày" against "trước ngày", unknown against false, the guidance a plan implements, optional items.
 */
@RuleTests
class GuidanceReadingTest {

    private static Report check(PlanBuilder plan) {
        return RuleAssertions.evaluate("hai-phong", plan.build());
    }

    private static PlanBuilder plan() {
        return PlanBuilder.compliantHaiPhong();
    }

    private static PlanBuilder agency(String name, Boolean reorganised, Integer edition, String conferenceName) {
        return plan().with(p -> {
            p.level = UnitLevel.AGENCY;
            p.unitName = name;
            p.reorganised = reorganised;
            p.formedFrom = null;
            p.edition = edition;
            p.name = conferenceName;
        });
    }

    @Nested
    @DisplayName("III.3.6: an agency fills the template's blank with its own name")
    class AgencyNames {
        @Test
        void anAgencyNamesItselfWithoutTheTemplatesWord() {
            assertSilent(check(agency("Sở Tài chính", false, 3,
                    "Hội nghị tuyên dương điển hình tiên tiến Sở Tài chính Lần thứ III (2025 - 2030)")), "HP-16");
        }

        @Test
        void orKeepsTheTemplatesWordBeforeItsName() {
            assertSilent(check(agency("Sở Tài chính", false, 3,
                    "Hội nghị tuyên dương điển hình tiên tiến cơ quan Sở Tài chính Lần thứ III (2025 - 2030)")), "HP-16");
        }

        @Test
        void theEditionInTheNameCountsWhenNoneIsGivenApart() {
            assertSilent(check(agency("Bệnh viện Hữu nghị Việt Tiệp", false, null,
                    "Hội nghị tuyên dương điển hình tiên tiến Bệnh viện Hữu nghị Việt Tiệp Lần thứ IV (2025 - 2030)")),
                    "HP-16");
        }

        @Test
        void anEditionGivenApartMustBeTheOneInTheName() {
            assertFires(check(agency("Sở Tài chính", false, 4,
                    "Hội nghị tuyên dương điển hình tiên tiến Sở Tài chính Lần thứ III (2025 - 2030)")), "HP-16", VIOLATION);
        }

        @Test
        void aMergedAgencyHoldsItsFirstConference() {
            String name = "Hội nghị tuyên dương điển hình tiên tiến Sở Nông nghiệp và Môi trường Lần thứ %s (2025 - 2030)";
            assertSilent(check(agency("Sở Nông nghiệp và Môi trường", true, null, name.formatted("I"))), "HP-16");
            Finding f = assertFinding(check(agency("Sở Nông nghiệp và Môi trường", true, null, name.formatted("III"))),
                    "HP-16", VIOLATION, "/conference/name");
            assertThat(f.expected().vi()).isEqualTo("“" + name.formatted("I") + "”");
            assertThat(f.message().vi()).contains("đơn vị có sắp xếp tổ chức, theo kế hoạch");
        }

        @Test
        void theEditionIsReadAsOfficialsWriteIt() {
            assertSilent(check(plan().with(p -> p.name =
                    "Hội nghị tuyên dương điển hình tiên tiến xã Hòa Bình Lần thứ I(2025-2030)")), "HP-16");
            assertSilent(check(plan().with(p -> p.name =
                    "Hội nghị tuyên dương điển hình tiên tiến xã Hòa Bình lần thứ nhất (2025 - 2030)")), "HP-16");
            assertFires(check(plan().with(p -> p.name =
                    "Hội nghị tuyên dương điển hình tiên tiến xã Hòa Bình lần thứ hai (2025 - 2030)")), "HP-16", VIOLATION);
        }
    }

    @Nested
    @DisplayName("Whether a unit was reorganised: one decision for every rule")
    class Reorganisation {
        @Test
        void aCommuneThatDoesNotSayIsPresumedReorganisedByEveryRule() {
            Report report = check(plan().with(p -> {
                p.reorganised = null;
                p.coversPreMergerAchievements = null;
                p.total = 2;
                p.exemplarPercent = null;
                p.guestPercent = null;
                p.delegates = List.of(PlanBuilder.exemplar("A", "Giáo dục", "Hòa Bình"),
                        PlanBuilder.exemplar("B", "Y tế", "Hòa Bình"));
            }));
            Finding scope = assertFinding(report, "HP-12", WARNING, "/coversPreMergerAchievements");
            assertThat(scope.message().vi()).contains("xã, phường, đặc khu đều là đơn vị hình thành sau sắp xếp");
            assertThat(scope.message().en()).contains("every commune, ward and special zone is a unit formed by");
            Finding unit = assertFinding(report, "HP-08", WARNING, "/delegation/list");
            assertThat(unit.message().en()).contains("“An Lạc”").contains("formed by the reorganisation");
            assertSilent(report, "HP-16");
        }

        @Test
        void aPresumptionNeverMakesAViolation() {
            Report report = check(plan().with(p -> {
                p.reorganised = null;
                p.coversPreMergerAchievements = false;
                p.name = "Hội nghị tuyên dương điển hình tiên tiến xã Hòa Bình Lần thứ II (2025 - 2030)";
                p.edition = null;
            }));
            assertFinding(report, "HP-12", WARNING, "/coversPreMergerAchievements");
            assertFinding(report, "HP-16", WARNING, "/conference/name");
        }

        @Test
        void anAgencyThatDoesNotSayIsUndecided() {
            Report report = check(agency("Trường THPT chuyên Trần Phú", null, null,
                    "Hội nghị tuyên dương điển hình tiên tiến Trường THPT chuyên Trần Phú (2025 - 2030)").with(p ->
                    p.coversPreMergerAchievements = null));
            // it may have been reorganised: the scope clause is asked for, to verify
            Finding scope = assertFinding(report, "HP-12", WARNING, "/coversPreMergerAchievements");
            assertThat(scope.message().en()).endsWith("verify.");
            Finding f = assertFinding(report, "HP-16", WARNING, "/conference/edition");
            assertThat(f.message().vi()).contains("kế hoạch không nêu đơn vị có sắp xếp tổ chức hay không");
        }
    }

    @Nested
    @DisplayName("II.1: numbers of delegates from the most direct evidence")
    class ListsAllocationsAndTotals {
        @Test
        void anAllocationOverTheCapIsOverTheCapWithoutATotal() {
            Finding f = assertFinding(check(plan().with(p -> {
                p.total = null;
                p.allocation = List.of(new Allocation("Các thôn", 120, AllocationScope.ALL_SEATS),
                        new Allocation("Các cơ quan, đoàn thể", 40, AllocationScope.ALL_SEATS));
            })), "HP-04", VIOLATION, "/delegation/allocation");
            assertThat(f.found().vi()).isEqualTo("160 (theo bảng phân bổ đại biểu)");
            assertThat(f.found().en()).isEqualTo("160 (from the allocation of seats)");
        }

        @Test
        void aListOverTheCapIsOverTheCapWithoutATotal() {
            List<Delegate> many = new java.util.ArrayList<>();
            for (int i = 0; i < 151; i++) {
                many.add(PlanBuilder.exemplar("Đại biểu " + i, "Giáo dục", i % 2 == 0 ? "Hòa Bình" : "An Lạc"));
            }
            assertFinding(check(plan().with(p -> {
                p.total = null;
                p.delegates = many;
            })), "HP-04", VIOLATION, "/delegation/list");
        }

        @Test
        void anAllocationOfBothGroupsStatesItsOwnSplitWhateverTheTotal() {
            // 1 exemplar seat and 2 guest seats: a third of the delegates are exemplars, with a total or without one,
            // and with a total that disagrees (0): erasing the total never turns the finding into a violation
            for (Integer total : java.util.Arrays.asList(0, 150, null)) {
                Report report = check(plan().with(p -> {
                    p.total = total;
                    p.exemplarPercent = null;
                    p.guestPercent = null;
                    p.allocation = List.of(new Allocation("Các thôn", 1, AllocationScope.EXEMPLAR_SEATS),
                            new Allocation("Khách mời", 2, AllocationScope.GUEST_SEATS));
                }));
                Finding f = assertFinding(report, "HP-05", VIOLATION, "/delegation/allocation");
                assertThat(f.found().en()).as("total %s", total).startsWith("33.3%");
            }
        }

        @Test
        void anAllocationOfExemplarSeatsIsNotTheTotal() {
            Report report = check(plan().with(p -> p.allocation = List.of(
                    new Allocation("Thôn Đông", 55, AllocationScope.EXEMPLAR_SEATS),
                    new Allocation("Thôn Tây", 50, AllocationScope.EXEMPLAR_SEATS))));
            assertSilent(report, "HP-04");
            assertSilent(report, "HP-05");
            assertSilent(report, "CC-2");
        }

        @Test
        void exemplarSeatsFarFromSeventyPercentOfTheTotal() {
            Finding f = assertFinding(check(plan().with(p -> p.allocation = List.of(
                    new Allocation("Các thôn", 75, AllocationScope.EXEMPLAR_SEATS)))), "HP-05", VIOLATION,
                    "/delegation/allocation");
            assertThat(f.found().vi()).isEqualTo("50,0 % (theo bảng phân bổ đại biểu)");
        }

        @Test
        void aPartialListDoesNotOverrideTheStatedComposition() {
            Report report = check(plan().with(p -> p.delegates = List.of(
                    PlanBuilder.exemplar("A", "Giáo dục", "Hòa Bình"), PlanBuilder.exemplar("B", "Y tế", "An Lạc"))));
            assertSilent(report, "HP-05");
        }

        @Test
        void theStatedGuestShareIsJudgedToo() {
            Finding f = assertFinding(check(plan().with(p -> p.guestPercent = 50)), "HP-05", VIOLATION,
                    "/delegation/guestPercent");
            assertThat(f.found().vi()).isEqualTo("50,0 % (theo tỷ lệ kế hoạch nêu)");
            assertThat(f.expected().en()).startsWith("about 30%");
        }

        @Test
        void theStatedNumbersOfEachGroupAreTheMostDirectShare() {
            Report report = check(plan().with(p -> {
                p.exemplarCount = 90;
                p.guestCount = 60;
            }));
            assertFinding(report, "HP-05", WARNING, "/delegation/exemplarCount");
            // 60 % by the numbers, 70 % as stated: the plan disagrees with itself
            Finding cc2 = assertFinding(report, "CC-2", WARNING, "/delegation/exemplarPercent");
            assertThat(cc2.message().vi()).contains("60,0 %").contains("70,0 %");
        }
    }

    @Nested
    @DisplayName("IV.1 and II.1: every step counts, and so does its recipient")
    class StepsAndRecipients {
        @Test
        void aSecondReportOfResultsAfterTheDeadlineIsLate() {
            assertFinding(check(plan().withStep(DeadlineKind.RESULT_REPORT, LocalDate.of(2025, 9, 5), DateQualifier.ON,
                    "Hội đồng Thi đua - Khen thưởng thành phố")), "HP-18", VIOLATION, "/deadlines/4/date");
        }

        @Test
        void aSecondConferenceDateAfterTheDeadlineIsLate() {
            assertFinding(check(plan().withStep(DeadlineKind.CONFERENCE, LocalDate.of(2025, 8, 28), DateQualifier.ON,
                    null)), "HP-03", VIOLATION, "/deadlines/4/date");
        }

        @Test
        void resultsReportedToTheCommuneItselfNeverReachTheCouncil() {
            Finding f = assertFinding(check(plan().withRecipient(DeadlineKind.RESULT_REPORT, "UBND xã")), "HP-18",
                    VIOLATION, "/deadlines/3/recipient");
            assertThat(f.message().en()).isEqualTo("Results go only to “UBND xã”, a body of the unit itself, not to "
                    + "“Hội đồng Thi đua - Khen thưởng thành phố (gửi qua Ban Thi đua - Khen thưởng thành phố)”.");
        }

        @Test
        void theCitysPeoplesCommitteeIsArguable() {
            assertFinding(check(plan().withRecipient(DeadlineKind.RESULT_REPORT, "Ủy ban nhân dân thành phố")), "HP-18",
                    WARNING, "/deadlines/3/recipient");
        }

        @Test
        void theCouncilsStandingBodyIsTheCouncil() {
            assertSilent(check(plan().withRecipient(DeadlineKind.RESULT_REPORT, "Ban Thi đua - Khen thưởng thành phố")),
                    "HP-18");
            assertSilent(check(plan().withRecipient(DeadlineKind.PLAN_SUBMISSION,
                    "Sở Nội vụ (Ban Thi đua - Khen thưởng)")), "HP-17");
        }

        @Test
        void anInternalStepBesideOneToTheCouncilIsNotReported() {
            assertSilent(check(plan().withStep(DeadlineKind.RESULT_REPORT, LocalDate.of(2025, 8, 26),
                    DateQualifier.BEFORE, "UBND xã (qua Văn phòng HĐND và UBND xã)")), "HP-18");
        }

        @Test
        void theCommunesOwnCouncilIsNotTheCitys() {
            assertFinding(check(plan().withRecipient(DeadlineKind.PLAN_SUBMISSION,
                    "Hội đồng Thi đua - Khen thưởng xã")), "HP-17", VIOLATION, "/deadlines/0/recipient");
        }

        @Test
        void anotherBodyIsAWarning() {
            assertFinding(check(plan().withRecipient(DeadlineKind.PLAN_SUBMISSION, "Ban Tuyên giáo và Dân vận Thành ủy")),
                    "HP-17", WARNING, "/deadlines/0/recipient");
        }
    }

    @Nested
    @DisplayName("\"trước ngày D\" against \"trước ngày G\": like with like")
    class LikeWithLike {
        @Test
        void resultsPromisedBeforeTheThirtyFirstAreOneDayLate() {
            Finding f = assertFinding(check(plan().withDeadline(DeadlineKind.RESULT_REPORT, LocalDate.of(2025, 8, 31),
                    DateQualifier.BEFORE)), "HP-18", VIOLATION, "/deadlines/3/date");
            assertThat(f.message().vi()).isEqualTo(
                    "Kế hoạch hẹn báo cáo kết quả trước ngày 31/08/2025, muộn hơn hạn (trước ngày 30/08/2025).");
            assertThat(f.message().en()).isEqualTo(
                    "The plan commits to reporting the results before 31/08/2025, later than the deadline (before 30/08/2025).");
        }

        @Test
        void theGuidancesOwnBoundPasses() {
            assertSilent(check(plan().withDeadline(DeadlineKind.RESULT_REPORT, LocalDate.of(2025, 8, 30),
                    DateQualifier.BEFORE)), "HP-18");
        }

        @Test
        void aConferencePromisedBeforeTheTwentySixthIsLate() {
            Report report = check(plan().with(p -> {
                p.conferenceDate = LocalDate.of(2025, 8, 26);
                p.conferenceQualifier = DateQualifier.BEFORE;
            }));
            Finding f = assertFinding(report, "HP-03", VIOLATION, "/conference/date");
            assertThat(f.message().vi()).doesNotContain("đúng ngày trước ngày");
        }

        @Test
        void noLaterThanTheDeadlineDayAllowsTheDayItself() {
            Finding f = assertFinding(check(plan().with(p -> {
                p.conferenceDate = LocalDate.of(2025, 8, 25);
                p.conferenceQualifier = DateQualifier.NO_LATER_THAN;
            })), "HP-03", WARNING, "/conference/date");
            assertThat(f.message().en()).startsWith("The plan commits to holding the conference no later than 25/08/2025");
        }

        @Test
        void aSubmissionPromisedBeforeTheSixteenthIsLate() {
            assertFinding(check(plan().withDeadline(DeadlineKind.PLAN_SUBMISSION, LocalDate.of(2025, 8, 16),
                    DateQualifier.BEFORE)), "HP-17", VIOLATION, "/deadlines/3/date");
        }
    }

    @Nested
    @DisplayName("II.1: more than one session")
    class Sessions {
        @Test
        void twoSessionsAreMoreThanOne() {
            Finding f = assertFinding(check(plan().with(p -> p.length = SessionLength.TWO_SESSIONS)), "HP-02",
                    VIOLATION, "/conference/length");
            assertThat(f.message().vi()).isEqualTo("Hội nghị kéo dài 02 buổi, vượt quá 01 buổi.");
            assertThat(f.message().en()).isEqualTo("The conference lasts two sessions, longer than one session.");
        }
    }

    @Nested
    @DisplayName("Unknown is not false, and false is not unknown")
    class UnknownAndFalse {
        @Test
        void aListThatDoesNotSayWhoIsAWomanDoesNotSayNobodyIs() {
            Delegate unknown = new Delegate("A", DelegateCategory.EXEMPLAR, "Y tế", null, null, null, null, null,
                    true, true);
            Report report = check(plan().with(p -> p.delegates = List.of(unknown)));
            assertSilent(report, "HP-06");
            // one exemplar of one field is that field's whole share (advice), but no unit is said to be unrepresented
            assertThat(report.findings("HP-08")).noneMatch(f -> f.severity() == WARNING);
        }

        @Test
        void aPlanThatSaysThereIsNoPublicVettingContradictsTheClause() {
            Finding f = assertFinding(check(plan().with(p -> p.publicVetting = false)), "HP-07", VIOLATION,
                    "/delegation/publicVetting");
            assertThat(f.found().en()).isEqualTo("the plan says no");
        }

        @Test
        void aPlanThatSaysItIsNotBalancedContradictsTheClause() {
            assertFinding(check(plan().with(p -> p.balanced = false)), "HP-08", VIOLATION, "/delegation/balanced");
        }

        @Test
        void aPlanThatSaysItIsNotEconomicalContradictsTheClause() {
            assertFinding(check(plan().with(p -> p.solemnAndEconomical = false)), "HP-20", VIOLATION,
                    "/solemnAndEconomical");
            assertFinding(check(plan().with(p -> p.solemnAndEconomical = null)), "HP-20", ADVICE,
                    "/solemnAndEconomical");
        }
    }

    @Nested
    @DisplayName("CC-4: the guidance a plan implements binds it, and no other")
    class Guidance {
        @Test
        void theSameNumberOfAnotherProvinceIsAnotherDocument() {
            Report report = check(plan().with(p -> {
                p.implementsGuidance = List.of(new DocumentRef("Ủy ban nhân dân tỉnh Lạng Sơn", "3194/QĐ-UBND",
                        LocalDate.of(2025, 8, 8), null));
                p.total = 151;
            }));
            assertFinding(report, "CC-4", WARNING, "/implementsGuidance");
            // the cap of a text that does not bind the plan is reported, but not as a violation of it
            Finding cap = assertFinding(report, "HP-04", WARNING, "/delegation/total");
            assertThat(cap.message().en()).endsWith("(Reported as a warning: this guidance does not bind the plan; see CC-4.)");
            assertThat(report.notes()).singleElement().satisfies(n -> assertThat(n.vi()).contains("CC-4"));
        }

        @Test
        void aCommuneOfAnotherProvinceIsNotBoundByThePack() {
            Report report = RuleAssertions.evaluate("lang-son", plan().with(p -> {
                p.implementsGuidance = List.of(new DocumentRef(null, "199/KH-UBND", null, null));
                p.total = 151;
            }).build());
            assertFinding(report, "CC-4", WARNING, "/unit/province");
            assertThat(report.findings()).noneMatch(f -> f.severity() == VIOLATION);
        }

        @Test
        void thePacksOwnGuidanceOfItsProvinceBinds() {
            Report report = check(plan().with(p -> p.total = 151));
            assertSilent(report, "CC-4");
            assertFinding(report, "HP-04", VIOLATION, "/delegation/total");
            assertThat(report.notes()).isEmpty();
        }

        @Test
        void aPlanDatedBeforeTheGuidanceItImplementsIsOutOfOrder() {
            Finding f = assertFinding(check(plan().with(p -> p.planDate = LocalDate.of(2025, 8, 5))), "CC-1", VIOLATION,
                    "/document/date");
            assertThat(f.expected().vi()).contains("08/08/2025");
        }
    }

    @Nested
    @DisplayName("III.1 and III.3.5: what is optional, and what is not")
    class OptionalItems {
        @Test
        void aMissingExchangeCitesBothClauses() {
            Finding f = assertFinding(check(plan().withoutProgramItem(ProgramItemKind.EXCHANGE)), "HP-09", WARNING,
                    "/programme");
            assertThat(f.citation().clause()).isEqualTo("III.1; III.3.5");
            assertThat(f.citation().text()).contains("- Tổ chức giao lưu với các điển hình tiên tiến.")
                    .contains("có thể tổ chức một số nội dung như");
            assertThat(f.message().en()).contains("III.1").contains("III.3.5");
        }

        @Test
        void theCommendationIsTheConferencesPurposeAndStaysRequired() {
            assertFinding(check(plan().withoutProgramItem(ProgramItemKind.COMMENDATION)), "HP-09", VIOLATION,
                    "/programme");
        }

        @Test
        void theLaunchIsForThePeriodTheGuidanceNames() {
            Finding f = assertFinding(launching("Phát động phong trào thi đua giai đoạn 2025 - 2027"), "HP-09", VIOLATION,
                    "/programme/5");
            assertThat(f.found().vi()).isEqualTo("2025 - 2027");
            assertFinding(launching("Phát động phong trào thi đua (2025–2027)"), "HP-09", VIOLATION, "/programme/5");
            assertSilent(launching("Phát động phong trào thi đua giai đoạn 2025-2030"), "HP-09");
            assertSilent(launching("Phát động phong trào thi đua yêu nước năm 2025"), "HP-09");
        }

        private Report launching(String words) {
            return check(plan().with(p -> {
                var items = new java.util.ArrayList<>(PlanBuilder.nineItems());
                items.set(5, new ProgramItem(ProgramItemKind.LAUNCH, words));
                p.programme = items;
            }));
        }
    }

    @Nested
    @DisplayName("III.1: the order of the nine items")
    class Order {
        @Test
        void presentationsBeforeTheSummaryReportAreOutOfOrder() {
            Report report = check(plan().with(p -> {
                var items = new java.util.ArrayList<>(PlanBuilder.nineItems());
                items.add(1, items.remove(2));
                p.programme = items;
            }));
            assertFires(report, "HP-10", ADVICE);
            Finding f = report.findings("HP-10").get(0);
            assertThat(report.findings("HP-10")).hasSize(1);
            assertThat(f.found().en()).isEqualTo("presentations by exemplar delegates before the summary report "
                    + "2020 - 2025 with directions for 2025 - 2030");
        }
    }
}
