package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.finding.Severity.ADVICE;
import static vn.tdkt.finding.Severity.VIOLATION;
import static vn.tdkt.finding.Severity.WARNING;
import static vn.tdkt.rules.RuleAssertions.assertFinding;
import static vn.tdkt.rules.RuleAssertions.assertFires;
import static vn.tdkt.rules.RuleAssertions.assertSilent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Verdict;
import vn.tdkt.model.*;

/**
 * The Lạng Sơn pack clause by clause: for every rule, plans on which it fires and plans on which it does not; and the
 * clauses the pack deliberately leaves alone, because the evidence of 199/KH-UBND does not carry them.
 */
@RuleTests
class LangSonRulesTest {
    private static final String RELAYED =
            "UBND tỉnh Lạng Sơn, Kế hoạch số 199/KH-UBND ngày 23/7/2025 (as relayed by the Kiên Mộc plan)";

    private static Report check(PlanBuilder plan) {
        return RuleAssertions.evaluate("lang-son", plan.build());
    }

    private static PlanBuilder plan() {
        return PlanBuilder.compliantLangSon();
    }

    @Test
    @DisplayName("a plan that meets everything the pack encodes has no finding at all and is accepted")
    void compliantPlan() {
        Report report = check(plan());
        assertThat(report.findings()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(report.pack()).isEqualTo("lang-son");
    }

    @Test
    @DisplayName("the pack is listed with the province's guidance and the rules the evidence supports")
    void packInfo() {
        var pack = ComplianceEngine.forPack("lang-son").pack();
        assertThat(pack.guidance().number()).isEqualTo("199/KH-UBND");
        assertThat(pack.guidance().date()).isEqualTo(LocalDate.of(2025, 7, 23));
        assertThat(pack.guidance().issuer()).isEqualTo("Ủy ban nhân dân tỉnh Lạng Sơn");
        assertThat(pack.provinces()).containsExactly("Lạng Sơn");
        assertThat(ComplianceEngine.forPack("lang-son").pack().rules().keySet()).containsExactly(
                "CC-1", "CC-2", "CC-3", "CC-4", "LS-02", "LS-04", "LS-05", "LS-06", "LS-07", "LS-08", "LS-09",
                "LS-10", "LS-11", "LS-12", "LS-13", "LS-14", "LS-20");
    }

    @Nested
    @DisplayName("LS-02 Kiên Mộc II.1: 01 buổi")
    class LS02 {
        @Test
        void firesOnAFullDay() {
            Finding f = assertFinding(check(plan().with(p -> p.length = SessionLength.ONE_DAY)), "LS-02", VIOLATION,
                    "/conference/length");
            assertThat(f.found().vi()).isEqualTo("01 ngày");
            assertThat(f.citation().document()).isEqualTo(RELAYED);
            assertThat(f.citation().clause()).isEqualTo("Kiên Mộc II.1");
            assertThat(f.citation().text()).contains("01 buổi");
        }

        @Test
        void firesOnSeveralDays() {
            assertFires(check(plan().with(p -> p.length = SessionLength.SEVERAL_DAYS)), "LS-02", VIOLATION);
        }

        @Test
        void warnsWhenNotStated() {
            assertFinding(check(plan().with(p -> p.length = null)), "LS-02", WARNING, "/conference/length");
        }

        @Test
        void passesOnOneSessionAndOnHalfADay() {
            assertSilent(check(plan()), "LS-02");
            assertSilent(check(plan().with(p -> p.length = SessionLength.HALF_DAY)), "LS-02");
        }
    }

    @Nested
    @DisplayName("LS-04 Kiên Mộc II.2: Tối đa 150 đại biểu")
    class LS04 {
        @Test
        void firesOn151Delegates() {
            Report report = check(plan().with(p -> p.total = 151));
            Finding f = assertFinding(report, "LS-04", VIOLATION, "/delegation/total");
            assertThat(f.found().vi()).isEqualTo("151 (theo số lượng kế hoạch nêu)");
            assertThat(f.expected().vi()).isEqualTo("150");
            assertThat(f.message().vi()).contains("151").contains("150");
            assertThat(report.verdict()).isEqualTo(Verdict.REJECT);
        }

        @Test
        void warnsWhenNotStated() {
            assertFinding(check(plan().with(p -> p.total = null)), "LS-04", WARNING, "/delegation/total");
        }

        @Test
        void passesOnExactly150() {
            assertSilent(check(plan().with(p -> p.total = 150)), "LS-04");
        }
    }

    @Nested
    @DisplayName("LS-05 Kiên Mộc II.2.1: khoảng 70% / khoảng 30%")
    class LS05 {
        @Test
        void warnsOutsideTheTolerance() {
            assertFinding(check(plan().with(p -> p.exemplarPercent = 62)), "LS-05", WARNING,
                    "/delegation/exemplarPercent");
        }

        @Test
        void firesBeyondTwiceTheTolerance() {
            assertFires(check(plan().with(p -> p.exemplarPercent = 50)), "LS-05", VIOLATION);
        }

        @Test
        void warnsWhenNotStated() {
            assertFinding(check(plan().with(p -> {
                p.exemplarPercent = null;
                p.guestPercent = null;
            })), "LS-05", WARNING, "/delegation/exemplarPercent");
        }

        @Test
        void passesWithinTheTolerance() {
            assertSilent(check(plan().with(p -> p.exemplarPercent = 75)), "LS-05");
            assertSilent(check(plan().with(p -> p.exemplarPercent = 65)), "LS-05");
        }
    }

    @Nested
    @DisplayName("LS-06 Kiên Mộc II.2.1: chú trọng lựa chọn")
    class LS06 {
        @Test
        void advisesOnEachGroupNotNamed() {
            Report report = check(plan().with(p -> p.priorityGroups = null));
            assertFinding(report, "LS-06", ADVICE, "/delegation/priorityGroups");
            assertThat(report.findings("LS-06")).hasSize(4).allMatch(f -> f.severity() == ADVICE);
        }

        @Test
        void advisesOnTheEthnicGroupAlone() {
            Report report = check(plan().with(p -> p.priorityGroups = List.of(PriorityGroup.DIRECT_WORKERS,
                    PriorityGroup.WOMEN, PriorityGroup.ECONOMIC_SECTORS)));
            assertFires(report, "LS-06", ADVICE);
            assertThat(report.findings("LS-06")).singleElement()
                    .satisfies(f -> assertThat(f.expected().vi()).isEqualTo("dân tộc"));
        }

        @Test
        void warnsWhenTheListHoldsNobodyOfAGroup() {
            Delegate man = new Delegate("A", DelegateCategory.EXEMPLAR, "Nông nghiệp", false, true, true, true,
                    "Tân Thành", true, true);
            Report report = check(plan().with(p -> {
                p.total = 1;
                p.exemplarPercent = null;
                p.delegates = List.of(man);
            }));
            Finding f = assertFinding(report, "LS-06", WARNING, "/delegation/list");
            assertThat(f.expected().vi()).isEqualTo("đại biểu nữ");
        }

        @Test
        void passesWhenAllGroupsAreNamed() {
            assertSilent(check(plan()), "LS-06");
        }
    }

    @Nested
    @DisplayName("LS-07 Kiên Mộc VI.1: bình xét công khai, dân chủ từ cơ sở")
    class LS07 {
        @Test
        void warnsWhenNotStated() {
            assertFinding(check(plan().with(p -> p.publicVetting = null)), "LS-07", WARNING,
                    "/delegation/publicVetting");
        }

        @Test
        void firesOnAnExemplarNotVetted() {
            Delegate unvetted = new Delegate("Hoàng Văn B", DelegateCategory.EXEMPLAR, "Y tế", true, true, true,
                    true, "Hòa Thắng", false, true);
            Report report = check(plan().with(p -> {
                p.total = 2;
                p.exemplarPercent = null;
                p.delegates = List.of(PlanBuilder.exemplar("A", "Giáo dục", "Tân Thành"), unvetted);
            }));
            Finding f = assertFinding(report, "LS-07", VIOLATION, "/delegation/list/1/vettedPublicly");
            assertThat(f.found().vi()).isEqualTo("“Hoàng Văn B”");
        }

        @Test
        void passesWhenStated() {
            assertSilent(check(plan()), "LS-07");
        }
    }

    @Nested
    @DisplayName("LS-08 Kiên Mộc VI.1: cân đối, đại diện các đơn vị trước sắp xếp")
    class LS08 {
        @Test
        void warnsWhenAPreMergerUnitHasNoExemplar() {
            Report report = check(plan().with(p -> {
                p.total = 2;
                p.exemplarPercent = null;
                p.delegates = List.of(PlanBuilder.exemplar("A", "Giáo dục", "Tân Thành"),
                        PlanBuilder.exemplar("B", "Y tế", "Tân Thành"));
            }));
            Finding f = assertFinding(report, "LS-08", WARNING, "/delegation/list");
            assertThat(f.expected().vi()).isEqualTo("“Hòa Thắng”");
        }

        @Test
        void advisesWhenOneFieldDominates() {
            Report report = check(plan().with(p -> {
                p.total = 3;
                p.exemplarPercent = null;
                p.delegates = List.of(PlanBuilder.exemplar("A", "Giáo dục", "Tân Thành"),
                        PlanBuilder.exemplar("B", "giáo dục", "Hòa Thắng"),
                        PlanBuilder.exemplar("C", "Y tế", "Hòa Thắng"));
            }));
            assertFires(report, "LS-08", ADVICE);
        }

        @Test
        void advisesWhenBalanceIsNotStated() {
            assertFinding(check(plan().with(p -> p.balanced = null)), "LS-08", ADVICE, "/delegation/balanced");
        }

        @Test
        void passesOnABalancedListFromEveryUnit() {
            Report report = check(plan().with(p -> {
                p.total = 2;
                p.exemplarPercent = null;
                p.delegates = List.of(PlanBuilder.exemplar("A", "Giáo dục", "Tân Thành"),
                        PlanBuilder.exemplar("B", "Y tế", "Hòa Thắng"));
            }));
            assertSilent(report, "LS-08");
        }
    }

    @Nested
    @DisplayName("LS-09 Kiên Mộc III: nội dung chương trình")
    class LS09 {
        @Test
        void firesOnAMissingItem() {
            Report report = check(plan().withoutProgramItem(ProgramItemKind.DELEGATES_TO_CONGRESS));
            Finding f = assertFinding(report, "LS-09", VIOLATION, "/programme");
            assertThat(f.expected().vi()).isEqualTo("Thông qua danh sách đại biểu đi dự Đại hội thi đua cấp trên");
            assertThat(report.findings("LS-09")).hasSize(1);
        }

        @Test
        void warnsWhenTheProgrammeIsNotStated() {
            assertFinding(check(plan().with(p -> p.programme = null)), "LS-09", WARNING, "/programme");
        }

        @Test
        void doesNotAskForAnExchangeWithExemplars() {
            assertThat(plan().build().hasProgramItem(ProgramItemKind.EXCHANGE)).isFalse();
            assertSilent(check(plan()), "LS-09");
        }

        @Test
        void passesWithExtraItemsAndWithTheExchange() {
            Report report = check(plan().with(p -> {
                var items = new ArrayList<>(PlanBuilder.nineItems());
                items.add(0, new ProgramItem(ProgramItemKind.OTHER, "Văn nghệ chào mừng"));
                p.programme = items;
            }));
            assertSilent(report, "LS-09");
        }
    }

    @Nested
    @DisplayName("LS-10 Kiên Mộc III: thứ tự chương trình")
    class LS10 {
        @Test
        void advisesWhenTheResponseComesBeforeTheLaunch() {
            Report report = check(plan().with(p -> p.programme = List.of(
                    item(ProgramItemKind.OPENING), item(ProgramItemKind.SUMMARY_REPORT),
                    item(ProgramItemKind.PRESENTATIONS), item(ProgramItemKind.COMMENDATION),
                    item(ProgramItemKind.RESPONSE), item(ProgramItemKind.LAUNCH),
                    item(ProgramItemKind.DELEGATES_TO_CONGRESS), item(ProgramItemKind.CLOSING))));
            assertFires(report, "LS-10", ADVICE);
            assertThat(report.findings("LS-10")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(ADVICE);
                assertThat(f.message().en()).contains("the plan has the speech responding to the launch before the launch");
            });
        }

        @Test
        void advisesWhenClosingIsNotLast() {
            Report report = check(plan().with(p -> {
                var items = new ArrayList<>(p.programme);
                items.add(items.remove(items.size() - 1 - 1)); // the delegate list after the closing
                p.programme = items;
            }));
            assertFires(report, "LS-10", ADVICE);
        }

        @Test
        void passesWithAWelcomingPerformanceFirstAndTwoOpeningItems() {
            // Kiên Mộc's order: văn nghệ, ổn định tổ chức ..., khai mạc, báo cáo tổng kết, ...
            Report report = check(plan().with(p -> {
                var items = new ArrayList<>(p.programme);
                items.add(0, new ProgramItem(ProgramItemKind.OTHER, "Văn nghệ chào mừng"));
                items.add(2, new ProgramItem(ProgramItemKind.OPENING, "Khai mạc"));
                p.programme = items;
            }));
            assertSilent(report, "LS-10");
        }

        private ProgramItem item(ProgramItemKind kind) {
            return new ProgramItem(kind, kind.label());
        }
    }

    @Nested
    @DisplayName("LS-11 Kiên Mộc IV: hoạt động trước và trong Hội nghị")
    class LS11 {
        @Test
        void advisesOnAMissingActivity() {
            Report report = check(plan().with(p -> p.activities = p.activities.stream()
                    .filter(a -> a.kind() != ActivityKind.CULTURAL_ACTIVITIES).toList()));
            assertFires(report, "LS-11", ADVICE);
            assertThat(report.findings("LS-11")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(ADVICE);
                // the Kiên Mộc plan cites the province's plan, not the national guidance
                assertThat(f.citation().document()).startsWith("UBND tỉnh Lạng Sơn, Kế hoạch số 199/KH-UBND");
            });
        }

        @Test
        void advisesOnEachOfTheThreeWhenNoneIsNamed() {
            Report report = check(plan().with(p -> p.activities = null));
            assertFinding(report, "LS-11", ADVICE, "/activities");
            assertThat(report.findings("LS-11")).hasSize(3);
        }

        @Test
        void doesNotAskForADialogueOfLeadersWithExemplars() {
            assertSilent(check(plan().with(p -> p.activities = p.activities.stream()
                    .filter(a -> a.kind() != ActivityKind.LEADER_DIALOGUE).toList())), "LS-11");
        }
    }

    @Nested
    @DisplayName("LS-12 Kiên Mộc V.1: phạm vi gồm thành tích trước khi sắp xếp")
    class LS12 {
        @Test
        void warnsWhenAReorganisedUnitDoesNotSay() {
            assertFinding(check(plan().with(p -> p.coversPreMergerAchievements = null)), "LS-12", WARNING,
                    "/coversPreMergerAchievements");
        }

        @Test
        void firesWhenAReorganisedUnitSaysItLeavesThemOut() {
            assertFires(check(plan().with(p -> p.coversPreMergerAchievements = false)), "LS-12", VIOLATION);
        }

        @Test
        void passesForAUnitThatWasNotReorganised() {
            assertSilent(check(plan().with(p -> {
                p.reorganised = false;
                p.coversPreMergerAchievements = null;
            })), "LS-12");
        }

        @Test
        void passesWhenCovered() {
            assertSilent(check(plan()), "LS-12");
        }
    }

    @Nested
    @DisplayName("LS-13 Kiên Mộc V.2: giai đoạn 2020 - 2025")
    class LS13 {
        @Test
        void firesOnAnotherPeriod() {
            Finding f = assertFinding(check(plan().with(p -> p.evaluationPeriod = new YearRange(2020, 2024))),
                    "LS-13", VIOLATION, "/evaluationPeriod");
            assertThat(f.found().vi()).isEqualTo("2020 - 2024");
            assertThat(f.expected().vi()).isEqualTo("2020 - 2025");
        }

        @Test
        void warnsWhenNotStated() {
            assertFires(check(plan().with(p -> p.evaluationPeriod = null)), "LS-13", WARNING);
        }

        @Test
        void passesOn2020To2025() {
            assertSilent(check(plan()), "LS-13");
        }
    }

    @Nested
    @DisplayName("LS-14 Kiên Mộc V.3: báo cáo tổng kết")
    class LS14 {
        @Test
        void advisesWhenThePlanSaysNothingOfTheReport() {
            Report report = check(plan().with(p -> p.reportOutline = null));
            assertFinding(report, "LS-14", ADVICE, "/reportOutline");
            assertThat(report.findings("LS-14")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(ADVICE);
                assertThat(f.pointer()).isEqualTo("/reportOutline");
            });
        }

        @Test
        void doesNotAskForTheSevenPartsOfTheNationalOutline() {
            assertSilent(check(plan().with(p -> p.reportOutline = List.of())), "LS-14");
            assertSilent(check(plan().with(p -> p.reportOutline = List.of(ReportPart.MOVEMENT_RESULTS))), "LS-14");
        }
    }

    @Nested
    @DisplayName("LS-20 Kiên Mộc I.2: trang trọng, thiết thực, tiết kiệm")
    class LS20 {
        @Test
        void advisesWhenNotStated() {
            assertFinding(check(plan().with(p -> p.solemnAndEconomical = null)), "LS-20", ADVICE,
                    "/solemnAndEconomical");
        }

        @Test
        void passesWhenStated() {
            assertSilent(check(plan()), "LS-20");
        }
    }

    @Nested
    @DisplayName("CC-1 … CC-4, from the common pack, through the Lạng Sơn pack")
    class Consistency {
        @Test
        void cc1PassesOnThePlansDatesInOrder() {
            assertSilent(check(plan()), "CC-1");
        }

        @Test
        void cc2WarnsWhenTheAllocationDisagrees() {
            Finding f = assertFinding(check(plan().with(p -> p.allocation = List.of(new Allocation("Các thôn", 100),
                    new Allocation("Các trường học", 40)))), "CC-2", WARNING, "/delegation/total");
            assertThat(f.expected().vi()).isEqualTo("140");
        }

        @Test
        void cc2PassesWhenTheListAgrees() {
            assertSilent(check(plan().with(p -> {
                p.total = 2;
                p.exemplarPercent = null;
                p.guestPercent = null;
                p.delegates = List.of(PlanBuilder.exemplar("A", "Giáo dục", "Tân Thành"),
                        PlanBuilder.exemplar("B", "Y tế", "Hòa Thắng"));
            })), "CC-2");
        }

        @Test
        void cc3WarnsOnAnInvertedRange() {
            assertFinding(check(plan().with(p -> p.awardCategories = List.of(new AwardCategory("Doanh nghiệp",
                    RecipientKind.ENTERPRISE, 5, 3, "Sản xuất kinh doanh tốt", null, null)))), "CC-3", WARNING,
                    "/awardCategories/0");
        }

        @Test
        void cc3PassesOnACompleteCategory() {
            assertSilent(check(plan()), "CC-3");
        }
    }

    @Nested
    @DisplayName("what the evidence of 199/KH-UBND leaves open is not checked")
    class Gaps {
        @Test
        void noFormOrNameIsPrescribed() {
            for (String name : List.of("Hội nghị điển hình tiên tiến xã Tân Thành lần thứ I (2025 - 2030)",
                    "Hội nghị tuyên dương điển hình tiên tiến xã Tân Thành Lần thứ I (2025 - 2030)",
                    "Hội nghị biểu dương điển hình tiên tiến xã Tân Thành lần thứ I")) {
                assertThat(check(plan().with(p -> p.name = name)).findings()).as(name).isEmpty();
            }
            assertThat(check(plan().with(p -> p.form = "Hội nghị biểu dương điển hình tiên tiến")).findings()).isEmpty();
            assertThat(check(plan().with(p -> {
                p.form = null;
                p.name = null;
            })).findings()).isEmpty();
        }

        @Test
        void noConferenceDeadlineIsApplied() {
            // 28/8 is late under Hải Phòng's 25/8; the Lạng Sơn evidence sets no day at all.
            assertThat(check(plan().with(p -> p.conferenceDate = LocalDate.of(2025, 8, 28))).findings()).isEmpty();
            assertThat(check(plan().with(p -> p.conferenceDate = null)).findings()).isEmpty();
        }

        @Test
        void noReportingStepIsRequired() {
            Report report = check(plan().with(p -> {
                p.planDate = null;
                p.resultReportContents = null;
            }).withoutDeadline(DeadlineKind.RESULT_REPORT).withoutDeadline(DeadlineKind.PLAN_SUBMISSION));
            assertThat(report.findings()).isEmpty();
        }

        @Test
        void theConsistencyRulesStillHold() {
            // Nominations after the conference: CC-1, from the common pack, holds in Lạng Sơn too.
            Report report = check(plan().withDeadline(DeadlineKind.NOMINATIONS, LocalDate.of(2025, 8, 20),
                    DateQualifier.BEFORE));
            assertFires(report, "CC-1", VIOLATION);
        }

        @Test
        void aPlanImplementingHaiPhongsGuidanceIsFlaggedByCc4() {
            Finding f = assertFinding(check(plan().with(p -> p.implementsGuidance = List.of(new DocumentRef(
                    "Ủy ban nhân dân thành phố Hải Phòng", "3194/QĐ-UBND", LocalDate.of(2025, 8, 8), null)))),
                    "CC-4", WARNING, "/implementsGuidance");
            assertThat(f.expected().vi()).isEqualTo("“199/KH-UBND”");
        }
    }
}
