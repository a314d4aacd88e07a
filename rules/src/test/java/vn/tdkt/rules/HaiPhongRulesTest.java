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
import vn.tdkt.finding.Verdict;
import vn.tdkt.model.*;

/** The Hải Phòng pack clause by clause: for every rule, plans on which it fires and plans on which it does not. */
@RuleTests
class HaiPhongRulesTest {

    private static Report check(PlanBuilder plan) {
        return RuleAssertions.evaluate("hai-phong", plan.build());
    }

    private static PlanBuilder plan() {
        return PlanBuilder.compliantHaiPhong();
    }

    @Test
    @DisplayName("a plan that meets every clause has no finding at all and is accepted")
    void compliantPlan() {
        Report report = check(plan());
        assertThat(report.findings()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(report.pack()).isEqualTo("hai-phong");
    }

    @Nested
    @DisplayName("HP-01 II.1 Hình thức")
    class HP01 {
        @Test
        void firesOnAnotherForm() {
            Report report = check(plan().with(p -> p.form = "Đại hội thi đua yêu nước"));
            Finding f = assertFinding(report, "HP-01", VIOLATION, "/conference/form");
            assertThat(f.expected().vi()).isEqualTo("“Hội nghị tuyên dương điển hình tiên tiến”");
            assertThat(f.citation().clause()).isEqualTo("II.1");
            assertThat(f.citation().text()).contains("Hội nghị tuyên dương điển hình tiên tiến");
        }

        @Test
        void warnsWhenNotStated() {
            assertFinding(check(plan().with(p -> p.form = null)), "HP-01", WARNING, "/conference/form");
        }

        @Test
        void passesOnThePrescribedFormWhateverTheCaseAndSpacing() {
            assertSilent(check(plan().with(p -> p.form = "HỘI NGHỊ  TUYÊN DƯƠNG ĐIỂN HÌNH TIÊN TIẾN")), "HP-01");
        }
    }

    @Nested
    @DisplayName("HP-02 II.1 Thời gian: 01 buổi")
    class HP02 {
        @Test
        void firesOnAFullDay() {
            Finding f = assertFinding(check(plan().with(p -> p.length = SessionLength.ONE_DAY)), "HP-02", VIOLATION,
                    "/conference/length");
            assertThat(f.found().vi()).isEqualTo("01 ngày");
        }

        @Test
        void firesOnSeveralDays() {
            assertFires(check(plan().with(p -> p.length = SessionLength.SEVERAL_DAYS)), "HP-02", VIOLATION);
        }

        @Test
        void warnsWhenNotStated() {
            assertFinding(check(plan().with(p -> p.length = null)), "HP-02", WARNING, "/conference/length");
        }

        @Test
        void passesOnHalfADay() {
            assertSilent(check(plan().with(p -> p.length = SessionLength.HALF_DAY)), "HP-02");
        }

        @Test
        void passesOnOneSession() {
            assertSilent(check(plan()), "HP-02");
        }
    }

    @Nested
    @DisplayName("HP-03 II.1 hoàn thành trước ngày 25/8/2025")
    class HP03 {
        @Test
        void firesOnAConferenceAfterTheDeadline() {
            Finding f = assertFinding(check(plan().with(p -> p.conferenceDate = LocalDate.of(2025, 8, 28))), "HP-03",
                    VIOLATION, "/conference/date");
            assertThat(f.found().vi()).isEqualTo("28/08/2025");
            assertThat(f.expected().vi()).isEqualTo("trước ngày 25/08/2025");
        }

        @Test
        void warnsOnTheDeadlineDayItselfAndDoesNotReject() {
            Report report = check(plan().with(p -> p.conferenceDate = LocalDate.of(2025, 8, 25)));
            assertFires(report, "HP-03", WARNING);
            assertThat(report.findings("HP-03")).noneMatch(f -> f.severity() == VIOLATION);
        }

        @Test
        void warnsWithNeitherDateNorCommitment() {
            assertFinding(check(plan().with(p -> p.conferenceDate = null)), "HP-03", WARNING, "/conference/date");
        }

        @Test
        void firesOnALateCommitment() {
            // "trước ngày 28/8" allows the 26th and 27th: later than the deadline.
            assertFires(check(plan().with(p -> {
                p.conferenceDate = LocalDate.of(2025, 8, 28);
                p.conferenceQualifier = DateQualifier.BEFORE;
            })), "HP-03", VIOLATION);
        }

        @Test
        void passesOnTheCommitmentBeforeTheDeadlineDay() {
            assertSilent(check(plan().with(p -> {
                p.conferenceDate = LocalDate.of(2025, 8, 25);
                p.conferenceQualifier = DateQualifier.BEFORE;
            })), "HP-03");
        }

        @Test
        void passesOnAConferenceStepOfTheTimetableWhenTheConferenceSectionHasNoDate() {
            Report report = check(plan().with(p -> p.conferenceDate = null)
                    .withDeadline(DeadlineKind.CONFERENCE, LocalDate.of(2025, 8, 25), DateQualifier.BEFORE));
            assertSilent(report, "HP-03");
        }

        @Test
        void firesOnALateConferenceStepOfTheTimetable() {
            Report report = check(plan().with(p -> p.conferenceDate = null)
                    .withDeadline(DeadlineKind.CONFERENCE, LocalDate.of(2025, 8, 27), DateQualifier.ON));
            assertFinding(report, "HP-03", VIOLATION, "/deadlines/4/date");
        }

        @Test
        void passesBeforeTheDeadline() {
            assertSilent(check(plan().with(p -> p.conferenceDate = LocalDate.of(2025, 8, 24))), "HP-03");
        }
    }

    @Nested
    @DisplayName("HP-04 II.1 Tối đa 150 đại biểu")
    class HP04 {
        @Test
        void firesOn151Delegates() {
            Report report = check(plan().with(p -> p.total = 151));
            Finding f = assertFinding(report, "HP-04", VIOLATION, "/delegation/total");
            assertThat(f.found().vi()).isEqualTo("151 (theo số lượng kế hoạch nêu)");
            assertThat(f.found().en()).isEqualTo("151 (from the number the plan states)");
            assertThat(f.message().vi()).contains("151").contains("150");
            assertThat(f.message().en()).contains("151").contains("150");
            assertThat(report.verdict()).isEqualTo(Verdict.REJECT);
        }

        @Test
        void warnsWhenNotStated() {
            assertFinding(check(plan().with(p -> p.total = null)), "HP-04", WARNING, "/delegation/total");
        }

        @Test
        void passesOnExactly150() {
            assertSilent(check(plan().with(p -> p.total = 150)), "HP-04");
        }
    }

    @Nested
    @DisplayName("HP-05 II.1 khoảng 70% / khoảng 30%")
    class HP05 {
        @Test
        void warnsOutsideTheTolerance() {
            assertFinding(check(plan().with(p -> p.exemplarPercent = 62)), "HP-05", WARNING, "/delegation/exemplarPercent");
        }

        @Test
        void firesBeyondTwiceTheTolerance() {
            assertFires(check(plan().with(p -> p.exemplarPercent = 50)), "HP-05", VIOLATION);
        }

        @Test
        void warnsWhenNotStated() {
            assertFires(check(plan().with(p -> {
                p.exemplarPercent = null;
                p.guestPercent = null;
            })), "HP-05", WARNING);
        }

        @Test
        void readsTheExemplarShareFromTheStatedGuestShareAlone() {
            assertSilent(check(plan().with(p -> p.exemplarPercent = null)), "HP-05");
            assertFinding(check(plan().with(p -> {
                p.exemplarPercent = null;
                p.guestPercent = 50;
            })), "HP-05", VIOLATION, "/delegation/guestPercent");
        }

        @Test
        void passesWithinTheTolerance() {
            assertSilent(check(plan().with(p -> p.exemplarPercent = 74)), "HP-05");
            assertSilent(check(plan().with(p -> p.exemplarPercent = 65)), "HP-05");
        }

        @Test
        void computesTheShareFromADelegateList() {
            // 1 exemplar of 4 delegates is 25%: far from 70%.
            Report report = check(plan().with(p -> {
                p.total = 4;
                p.delegates = List.of(PlanBuilder.exemplar("A", "Giáo dục", "Hòa Bình"), PlanBuilder.guest("B"),
                        PlanBuilder.guest("C"), PlanBuilder.guest("D"));
            }));
            assertFires(report, "HP-05", VIOLATION);
        }
    }

    @Nested
    @DisplayName("HP-06 II.1 chú trọng lựa chọn")
    class HP06 {
        @Test
        void advisesOnEachGroupNotNamed() {
            Report report = check(plan().with(p -> p.priorityGroups = null));
            assertFinding(report, "HP-06", ADVICE, "/delegation/priorityGroups");
            assertThat(report.findings("HP-06")).hasSize(4).allMatch(f -> f.severity() == ADVICE);
        }

        @Test
        void advisesOnTheEthnicGroupAlone() {
            Report report = check(plan().with(p -> p.priorityGroups = List.of(PriorityGroup.DIRECT_WORKERS,
                    PriorityGroup.WOMEN, PriorityGroup.ECONOMIC_SECTORS)));
            assertFires(report, "HP-06", ADVICE);
            assertThat(report.findings("HP-06")).singleElement()
                    .satisfies(f -> assertThat(f.expected().vi()).isEqualTo("dân tộc"));
        }

        @Test
        void warnsWhenTheListHoldsNobodyOfAGroup() {
            Delegate man = new Delegate("A", DelegateCategory.EXEMPLAR, "Nông nghiệp", false, true, true, true,
                    "Hòa Bình", true, true);
            Report report = check(plan().with(p -> {
                p.total = 1;
                p.exemplarPercent = null;
                p.delegates = List.of(man);
            }));
            Finding f = assertFinding(report, "HP-06", WARNING, "/delegation/list");
            assertThat(f.expected().vi()).isEqualTo("đại biểu nữ");
        }

        @Test
        void passesWhenAllGroupsAreNamed() {
            assertSilent(check(plan()), "HP-06");
        }
    }

    @Nested
    @DisplayName("HP-07 II.1 bình xét công khai, dân chủ từ cơ sở")
    class HP07 {
        @Test
        void warnsWhenNotStated() {
            assertFinding(check(plan().with(p -> p.publicVetting = null)), "HP-07", WARNING, "/delegation/publicVetting");
        }

        @Test
        void firesOnAnExemplarNotVetted() {
            Delegate unvetted = new Delegate("Nguyễn Văn A", DelegateCategory.EXEMPLAR, "Y tế", true, true, true,
                    true, "An Lạc", false, true);
            Report report = check(plan().with(p -> {
                p.total = 2;
                p.delegates = List.of(PlanBuilder.exemplar("B", "Giáo dục", "Hòa Bình"), unvetted);
                p.exemplarPercent = null;
            }));
            Finding f = assertFinding(report, "HP-07", VIOLATION, "/delegation/list/1/vettedPublicly");
            assertThat(f.found().vi()).isEqualTo("“Nguyễn Văn A”");
        }

        @Test
        void passesWhenStated() {
            assertSilent(check(plan()), "HP-07");
        }
    }

    @Nested
    @DisplayName("HP-08 II.1 cân đối, đại diện các đơn vị trước sắp xếp")
    class HP08 {
        @Test
        void warnsWhenAPreMergerUnitHasNoExemplar() {
            Report report = check(plan().with(p -> {
                p.total = 2;
                p.exemplarPercent = null;
                p.delegates = List.of(PlanBuilder.exemplar("A", "Giáo dục", "Hòa Bình"),
                        PlanBuilder.exemplar("B", "Y tế", "Hòa Bình"));
            }));
            Finding f = assertFinding(report, "HP-08", WARNING, "/delegation/list");
            assertThat(f.expected().vi()).isEqualTo("“An Lạc”");
        }

        @Test
        void advisesWhenOneFieldDominates() {
            Report report = check(plan().with(p -> {
                p.total = 3;
                p.exemplarPercent = null;
                p.delegates = List.of(PlanBuilder.exemplar("A", "Giáo dục", "Hòa Bình"),
                        PlanBuilder.exemplar("B", "giáo dục", "An Lạc"), PlanBuilder.exemplar("C", "Y tế", "An Lạc"));
            }));
            assertFires(report, "HP-08", ADVICE);
        }

        @Test
        void advisesWhenBalanceIsNotStated() {
            assertFinding(check(plan().with(p -> p.balanced = null)), "HP-08", ADVICE, "/delegation/balanced");
        }

        @Test
        void passesOnABalancedListFromEveryUnit() {
            Report report = check(plan().with(p -> {
                p.total = 2;
                p.exemplarPercent = null;
                p.delegates = List.of(PlanBuilder.exemplar("A", "Giáo dục", "Hòa Bình"),
                        PlanBuilder.exemplar("B", "Y tế", "An Lạc"));
            }));
            assertSilent(report, "HP-08");
        }
    }

    @Nested
    @DisplayName("HP-09 III.1 chín nội dung chương trình")
    class HP09 {
        @Test
        void firesOnAMissingRequiredItem() {
            Report report = check(plan().withoutProgramItem(ProgramItemKind.LAUNCH));
            Finding f = assertFinding(report, "HP-09", VIOLATION, "/programme");
            assertThat(f.expected().vi()).isEqualTo("Phát động phong trào thi đua giai đoạn 2025 - 2030");
        }

        @Test
        void onlyWarnsOnTheOptionalExchange() {
            Report report = check(plan().withoutProgramItem(ProgramItemKind.EXCHANGE));
            assertFires(report, "HP-09", WARNING);
            assertThat(report.findings("HP-09")).hasSize(1);
        }

        @Test
        void warnsWhenTheProgrammeIsNotStated() {
            assertFinding(check(plan().with(p -> p.programme = null)), "HP-09", WARNING, "/programme");
        }

        @Test
        void passesWithExtraItems() {
            Report report = check(plan().with(p -> {
                var items = new java.util.ArrayList<>(PlanBuilder.nineItems());
                items.add(0, new ProgramItem(ProgramItemKind.OTHER, "Văn nghệ chào mừng"));
                items.add(1, new ProgramItem(ProgramItemKind.OTHER, "Chào cờ"));
                p.programme = items;
            }));
            assertSilent(report, "HP-09");
        }
    }

    @Nested
    @DisplayName("HP-10 III.1 thứ tự chương trình")
    class HP10 {
        @Test
        void advisesWhenTheLaunchComesBeforeTheReport() {
            Report report = check(plan().with(p -> p.programme = List.of(
                    item(ProgramItemKind.OPENING), item(ProgramItemKind.LAUNCH), item(ProgramItemKind.SUMMARY_REPORT),
                    item(ProgramItemKind.PRESENTATIONS), item(ProgramItemKind.EXCHANGE),
                    item(ProgramItemKind.COMMENDATION), item(ProgramItemKind.RESPONSE),
                    item(ProgramItemKind.DELEGATES_TO_CONGRESS), item(ProgramItemKind.CLOSING))));
            assertFires(report, "HP-10", ADVICE);
            assertThat(report.findings("HP-10")).hasSize(1);
        }

        @Test
        void advisesWhenClosingIsNotLast() {
            Report report = check(plan().with(p -> {
                var items = new java.util.ArrayList<>(PlanBuilder.nineItems());
                items.add(items.remove(items.size() - 1 - 1)); // the delegate list after the closing
                p.programme = items;
            }));
            assertFires(report, "HP-10", ADVICE);
        }

        @Test
        void passesInTheGuidanceOrderWithPerformancesFirst() {
            Report report = check(plan().with(p -> {
                var items = new java.util.ArrayList<>(PlanBuilder.nineItems());
                items.add(0, new ProgramItem(ProgramItemKind.OTHER, "Chương trình văn nghệ chào mừng"));
                p.programme = items;
            }));
            assertSilent(report, "HP-10");
        }

        private ProgramItem item(ProgramItemKind kind) {
            return new ProgramItem(kind, kind.label());
        }
    }

    @Nested
    @DisplayName("HP-11 III.2 hoạt động trước và trong Hội nghị")
    class HP11 {
        @Test
        void advisesOnTheMissingDialogue() {
            Report report = check(plan().with(p -> p.activities = p.activities.stream()
                    .filter(a -> a.kind() != ActivityKind.LEADER_DIALOGUE).toList()));
            assertFires(report, "HP-11", ADVICE);
            assertThat(report.findings("HP-11")).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(ADVICE));
        }

        @Test
        void advisesOnEveryActivityWhenNoneIsNamed() {
            Report report = check(plan().with(p -> p.activities = null));
            assertFinding(report, "HP-11", ADVICE, "/activities");
            assertThat(report.findings("HP-11")).hasSize(4);
        }

        @Test
        void passesWithAllFour() {
            assertSilent(check(plan()), "HP-11");
        }
    }

    @Nested
    @DisplayName("HP-12 III.3.1 bao gồm cả thành tích trước khi sắp xếp")
    class HP12 {
        @Test
        void warnsWhenAReorganisedUnitDoesNotSay() {
            assertFires(check(plan().with(p -> p.coversPreMergerAchievements = null)), "HP-12", WARNING);
        }

        @Test
        void firesWhenAReorganisedUnitSaysItLeavesThemOut() {
            Finding f = assertFinding(check(plan().with(p -> p.coversPreMergerAchievements = false)), "HP-12", VIOLATION,
                    "/coversPreMergerAchievements");
            assertThat(f.found().vi()).isEqualTo("kế hoạch nêu là không");
        }

        @Test
        void passesForAUnitThatWasNotReorganised() {
            assertSilent(check(plan().with(p -> {
                p.reorganised = false;
                p.coversPreMergerAchievements = null;
            })), "HP-12");
        }

        @Test
        void passesWhenCovered() {
            assertSilent(check(plan()), "HP-12");
        }
    }

    @Nested
    @DisplayName("HP-13 III.3.2 giai đoạn 2020 - 2025")
    class HP13 {
        @Test
        void firesOnAnotherPeriod() {
            Finding f = assertFinding(check(plan().with(p -> p.evaluationPeriod = new YearRange(2021, 2025))), "HP-13",
                    VIOLATION, "/evaluationPeriod");
            assertThat(f.found().vi()).isEqualTo("2021 - 2025");
        }

        @Test
        void warnsWhenNotStated() {
            assertFires(check(plan().with(p -> p.evaluationPeriod = null)), "HP-13", WARNING);
        }

        @Test
        void passesOn2020To2025() {
            assertSilent(check(plan()), "HP-13");
        }
    }

    @Nested
    @DisplayName("HP-14 III.3.3 bố cục báo cáo tổng kết")
    class HP14 {
        @Test
        void advisesOnEachMissingPart() {
            Report report = check(plan().with(p -> p.reportOutline = List.of(ReportPart.MOVEMENT_RESULTS)));
            assertFires(report, "HP-14", ADVICE);
            assertThat(report.findings("HP-14")).hasSize(6).allMatch(f -> f.severity() == ADVICE);
        }

        @Test
        void advisesOnceWhenNoOutlineIsGiven() {
            Report report = check(plan().with(p -> p.reportOutline = null));
            assertFinding(report, "HP-14", ADVICE, "/reportOutline");
            assertThat(report.findings("HP-14")).hasSize(1);
        }

        @Test
        void passesWithAllSeven() {
            assertSilent(check(plan()), "HP-14");
        }
    }

    @Nested
    @DisplayName("HP-15 III.3.4 báo cáo tham luận")
    class HP15 {
        @Test
        void leavesAMissingPresentationToHp09() {
            Report report = check(plan().withoutProgramItem(ProgramItemKind.PRESENTATIONS));
            assertFinding(report, "HP-09", VIOLATION, "/programme");
            assertSilent(report, "HP-15");
        }

        @Test
        void advisesWhenAllComeFromOneField() {
            assertFires(check(plan().with(p -> p.presenterFields = List.of("Giáo dục", "giáo dục", "Giáo dục"))),
                    "HP-15", ADVICE);
        }

        @Test
        void passesWithPresentationsFromSeveralFields() {
            assertSilent(check(plan().with(p -> p.presenterFields = List.of("Giáo dục", "Y tế", "Nông nghiệp"))),
                    "HP-15");
        }
    }

    @Nested
    @DisplayName("HP-16 III.3.6 tên Hội nghị")
    class HP16 {
        @Test
        void firesOnAWrongEdition() {
            Finding f = assertFinding(check(plan().with(p -> p.name =
                    "Hội nghị tuyên dương điển hình tiên tiến xã Hòa Bình Lần thứ II (2025 - 2030)")), "HP-16", VIOLATION,
                    "/conference/name");
            assertThat(f.expected().vi()).isEqualTo("“Hội nghị tuyên dương điển hình tiên tiến xã Hòa Bình Lần thứ I (2025 - 2030)”");
        }

        @Test
        void firesOnAWrongTerm() {
            assertFires(check(plan().with(p -> p.name =
                    "Hội nghị tuyên dương điển hình tiên tiến xã Hòa Bình Lần thứ I (2020 - 2025)")), "HP-16", VIOLATION);
        }

        @Test
        void firesOnOtherWording() {
            assertFires(check(plan().with(p -> p.name = "Hội nghị điển hình tiên tiến xã Hòa Bình lần thứ I (2025-2030)")),
                    "HP-16", VIOLATION);
        }

        @Test
        void warnsWhenNotStated() {
            assertFires(check(plan().with(p -> p.name = null)), "HP-16", WARNING);
        }

        @Test
        void passesWithUpperCaseAndTightDashes() {
            assertSilent(check(plan().with(p -> p.name =
                    "HỘI NGHỊ TUYÊN DƯƠNG ĐIỂN HÌNH TIÊN TIẾN XÃ HÒA BÌNH LẦN THỨ I (2025-2030)")), "HP-16");
        }

        @Test
        void usesTheStatedEditionForAnAgencyThatWasNotReorganised() {
            Report report = check(plan().with(p -> {
                p.level = UnitLevel.AGENCY;
                p.unitName = "Sở Nội vụ";
                p.reorganised = false;
                p.edition = 3;
                p.name = "Hội nghị tuyên dương điển hình tiên tiến cơ quan Sở Nội vụ Lần thứ III (2025 - 2030)";
            }));
            assertSilent(report, "HP-16");
        }

        @Test
        void warnsWhenTheEditionOfAnAgencyThatWasNotReorganisedIsUnknown() {
            Report report = check(plan().with(p -> {
                p.level = UnitLevel.AGENCY;
                p.unitName = "Sở Tài chính";
                p.reorganised = false;
                p.edition = null;
                p.name = "Hội nghị tuyên dương điển hình tiên tiến Sở Tài chính (2025 - 2030)";
            }));
            assertFinding(report, "HP-16", WARNING, "/conference/edition");
        }
    }

    @Nested
    @DisplayName("HP-17 IV.1 báo cáo kế hoạch trước ngày 15/8/2025")
    class HP17 {
        @Test
        void firesOnAPlanDatedAfterTheDeadline() {
            assertFinding(check(plan().with(p -> p.planDate = LocalDate.of(2025, 8, 16))), "HP-17", VIOLATION,
                    "/document/date");
        }

        @Test
        void firesOnALateSubmissionStep() {
            assertFinding(check(plan().withDeadline(DeadlineKind.PLAN_SUBMISSION, LocalDate.of(2025, 8, 18),
                    DateQualifier.BEFORE)), "HP-17", VIOLATION, "/deadlines/3/date");
        }

        @Test
        void warnsOnAPlanDatedOnTheDeadlineDay() {
            assertFires(check(plan().with(p -> p.planDate = LocalDate.of(2025, 8, 15))), "HP-17", WARNING);
        }

        @Test
        void warnsOnAnUndatedPlanWithoutASubmissionStep() {
            Report report = check(plan().with(p -> p.planDate = null).withoutDeadline(DeadlineKind.PLAN_SUBMISSION));
            assertFinding(report, "HP-17", WARNING, "/document/date");
        }

        @Test
        void passesOnAnUndatedPlanWithASubmissionStepInTime() {
            assertSilent(check(plan().with(p -> p.planDate = null)), "HP-17");
        }

        @Test
        void passesOnADatedPlanWithoutASubmissionStep() {
            assertSilent(check(plan().withoutDeadline(DeadlineKind.PLAN_SUBMISSION)), "HP-17");
        }
    }

    @Nested
    @DisplayName("HP-18 IV.1 báo cáo kết quả trước ngày 30/8/2025")
    class HP18 {
        @Test
        void firesOnALateResultReport() {
            assertFires(check(plan().withDeadline(DeadlineKind.RESULT_REPORT, LocalDate.of(2025, 9, 5), DateQualifier.ON)),
                    "HP-18", VIOLATION);
        }

        @Test
        void warnsOnTheDeadlineDay() {
            assertFires(check(plan().withDeadline(DeadlineKind.RESULT_REPORT, LocalDate.of(2025, 8, 30),
                    DateQualifier.NO_LATER_THAN)), "HP-18", WARNING);
        }

        @Test
        void warnsWithoutAResultReportStep() {
            assertFinding(check(plan().withoutDeadline(DeadlineKind.RESULT_REPORT)), "HP-18", WARNING, "/deadlines");
        }

        @Test
        void passesOnTheCommitmentBeforeThe30th() {
            assertSilent(check(plan().withDeadline(DeadlineKind.RESULT_REPORT, LocalDate.of(2025, 8, 30),
                    DateQualifier.BEFORE)), "HP-18");
        }
    }

    @Nested
    @DisplayName("HP-19 IV.1 hồ sơ báo cáo kết quả")
    class HP19 {
        @Test
        void warnsWhenTheContentsAreNotNamed() {
            Report report = check(plan().with(p -> p.resultReportContents = null));
            assertFires(report, "HP-19", WARNING);
            assertThat(report.findings("HP-19")).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(WARNING));
        }

        @Test
        void warnsOnEachMissingContent() {
            Report report = check(plan().with(p -> p.resultReportContents = List.of(ResultReportItem.SUMMARY_REPORT)));
            Finding f = assertFinding(report, "HP-19", WARNING, "/resultReportContents");
            assertThat(f.expected().vi()).contains("trích ngang thành tích");
        }

        @Test
        void passesWithBoth() {
            assertSilent(check(plan()), "HP-19");
        }
    }

    @Nested
    @DisplayName("HP-20 I.4 trang trọng, thiết thực, tiết kiệm")
    class HP20 {
        @Test
        void advisesWhenNotStated() {
            assertFires(check(plan().with(p -> p.solemnAndEconomical = null)), "HP-20", ADVICE);
        }

        @Test
        void passesWhenStated() {
            assertSilent(check(plan()), "HP-20");
        }
    }
}
