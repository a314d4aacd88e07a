package vn.tdkt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.model.AwardCategory;
import vn.tdkt.model.DateQualifier;
import vn.tdkt.model.Deadline;
import vn.tdkt.model.DeadlineKind;
import vn.tdkt.model.Plan;
import vn.tdkt.model.PriorityGroup;
import vn.tdkt.model.ProgramItemKind;
import vn.tdkt.model.RecipientKind;
import vn.tdkt.model.ResultReportItem;
import vn.tdkt.model.SessionLength;
import vn.tdkt.model.UnitLevel;
import vn.tdkt.model.YearRange;

/** The wording of the genre beyond the seeds: each form read, and what is ambiguous left unknown. */
class WordingTest {
    /** A commune's plan with a body to vary. */
    private static Plan commune(String body) {
        String text = """
                ỦY BAN NHÂN DÂN
                XÃ TIÊN LÃNG
                Số: 15/KH-UBND
                Tiên Lãng, ngày 11 tháng 8 năm 2025

                KẾ HOẠCH
                Tổ chức Hội nghị tuyên dương điển hình tiên tiến xã Tiên Lãng lần thứ I (2025 - 2030)

                Thực hiện Quyết định số 3194/QĐ-UBND ngày 08/8/2025 của Ủy ban nhân dân thành phố Hải Phòng, Ủy ban nhân
                dân xã Tiên Lãng ban hành Kế hoạch như sau:

                I. NỘI DUNG
                %s
                """.formatted(body);
        return PlanImporter.importText(text, "plan.txt").plan();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1. Thời gian: 02 buổi (sáng và chiều), ngày 27/8/2025.              | TWO_SESSIONS
            1. Thời gian: buổi sáng từ 7h30, buổi chiều từ 14h00 ngày 27/8/2025. | TWO_SESSIONS
            1. Thời gian: cả ngày 27/8/2025.                                    | ONE_DAY
            1. Thời gian: 01 buổi (buổi chiều), từ 14h00 ngày 22/8/2025.        | ONE_SESSION
            1. Thời gian: buổi sáng ngày 21/8/2025.                             | ONE_SESSION
            """)
    @DisplayName("the length of the conference in the forms plans use")
    void lengths(String line, SessionLength length) {
        assertThat(commune(line).conference().length()).isEqualTo(length);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1. Thời gian: 01 buổi, chậm nhất ngày 24/8/2025.                    | 2025-08-24 | NO_LATER_THAN
            1. Thời gian: 01 buổi, ngày 20-8-2025.                              | 2025-08-20 | ON
            1. Thời gian: 01 buổi, ngày 20.8.2025.                              | 2025-08-20 | ON
            1. Thời gian: 01 buổi, đến hết ngày 24/8/2025.                      | 2025-08-24 | NO_LATER_THAN
            """)
    @DisplayName("dates and their qualifiers")
    void dates(String line, LocalDate date, DateQualifier qualifier) {
        Plan plan = commune(line);
        assertThat(plan.conference().date()).isEqualTo(date);
        assertThat(plan.conference().dateQualifier()).isEqualTo(qualifier);
    }

    @Test
    @DisplayName("a date broken across lines (\"ngày 20 tháng 8\" / \"năm 2025\") is one date")
    void dateAcrossALineBreak() {
        Plan plan = commune("1. Thời gian: 01 buổi, dự kiến vào ngày 20 tháng 8\nnăm 2025 tại hội trường.");
        assertThat(plan.conference().date()).isEqualTo(LocalDate.of(2025, 8, 20));
    }

    @Test
    @DisplayName("a commune's name of ordinary words is read whole, and never as one of its former units")
    void ordinaryWords() {
        Plan plan = commune("""
                1. Đánh giá kết quả của xã Tiên Lãng và các xã Tiên Lãng, Tiên Thắng, Tiên Minh trước khi sắp xếp.
                2. Biểu dương điển hình tiên tiến xã Tiên Lãng.""");
        assertThat(plan.unit().name()).isEqualTo("Tiên Lãng");
        assertThat(plan.unit().level()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(plan.unit().formedFrom()).containsExactly("Tiên Lãng", "Tiên Thắng", "Tiên Minh");
        assertThat(plan.unit().reorganised()).isTrue();
        assertThat(plan.coversPreMergerAchievements()).isTrue();
        assertThat(plan.document().issuer()).isEqualTo("Ủy ban nhân dân xã Tiên Lãng");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1. Xã được thành lập trên cơ sở sắp xếp các xã Vĩnh An, Vĩnh Hòa, Hùng Tiến.                          | Vĩnh An;Vĩnh Hòa;Hùng Tiến
            1. Đánh giá (trên cơ sở các đơn vị trước khi sắp xếp: thị trấn Vĩnh Bảo, xã Tân Hưng, xã Vĩnh Hưng).   | Vĩnh Bảo;Tân Hưng;Vĩnh Hưng
            1. Gồm cả thành tích của thị trấn Cát Bà, thị trấn Cát Hải và các xã Gia Luận, Hiền Hào trước khi sắp xếp. | Cát Bà;Cát Hải;Gia Luận;Hiền Hào
            """)
    @DisplayName("the former units, listed without brackets")
    void formerUnits(String line, String names) {
        assertThat(commune(line).unit().formedFrom()).containsExactly(names.split(";"));
    }

    @Test
    @DisplayName("the balance of delegates between former units names no former unit and covers no achievement")
    void balanceIsNoReview() {
        Plan plan = commune("1. Bảo đảm cân đối giữa các lĩnh vực và các xã trước khi sắp xếp.");
        assertThat(plan.unit().formedFrom()).isNull();
        assertThat(plan.coversPreMergerAchievements()).isNull();
    }

    @Test
    @DisplayName("the groups favoured, without \"lựa chọn\"; \"chú trọng\" about something else is no group")
    void priorityGroups() {
        assertThat(commune("1. Đại biểu được bình xét công khai; chú trọng cá nhân trực tiếp sản xuất, đại biểu nữ.")
                .delegation().priorityGroups()).containsExactly(PriorityGroup.DIRECT_WORKERS, PriorityGroup.WOMEN);
        assertThat(commune("1. Chú trọng công tác tuyên truyền trên các phương tiện.").delegation().priorityGroups())
                .isNull();
    }

    @Test
    @DisplayName("stated counts of exemplars and guests")
    void statedCounts() {
        Plan plan = commune("1. Số lượng: 150 đại biểu, trong đó 105 đại biểu điển hình tiên tiến và 45 đại biểu khách mời.");
        assertThat(plan.delegation().total()).isEqualTo(150);
        assertThat(plan.delegation().exemplarCount()).isEqualTo(105);
        assertThat(plan.delegation().guestCount()).isEqualTo(45);
    }

    @Test
    @DisplayName("counts and shares in comrades, and counts after \"gồm\"")
    void countsInComrades() {
        Plan plan = commune("1. Số lượng: 120 đại biểu, trong đó đại biểu điển hình tiên tiến 84 đồng chí (70%), khách "
                + "mời và lãnh đạo 36 đồng chí (30%).");
        assertThat(plan.delegation().exemplarCount()).isEqualTo(84);
        assertThat(plan.delegation().exemplarPercent()).isEqualTo(70);
        assertThat(plan.delegation().guestCount()).isEqualTo(36);
        assertThat(plan.delegation().guestPercent()).isEqualTo(30);
        assertThat(commune("1. Số lượng: 150 đại biểu, gồm 105 đại biểu điển hình tiên tiến và 45 đại biểu khách mời.")
                .delegation().exemplarCount()).isEqualTo(105);
    }

    @Test
    @DisplayName("award categories listed as bullets under the heading, and a party body's number \"145-KH/HNDTP\"")
    void bulletedAwards() {
        Plan plan = commune("""
                II. KHEN THƯỞNG
                - Tập thể (10 - 15 chi hội, cơ sở Hội): dẫn đầu phong trào thi đua.
                - Hộ nông dân sản xuất, kinh doanh giỏi (30 hộ): thu nhập từ 1 tỷ đồng/năm trở lên.""");
        assertThat(plan.awardCategories()).extracting(AwardCategory::recipients, AwardCategory::countMin,
                AwardCategory::countMax).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RecipientKind.COLLECTIVE, 10, 15),
                org.assertj.core.groups.Tuple.tuple(RecipientKind.HOUSEHOLD, 30, 30));
        String text = "HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN THÀNH PHỐ HẢI PHÒNG\nSố: 145-KH/HNDTP\n\nKẾ HOẠCH\n"
                + "Tổ chức Hội nghị\n\nI. NỘI DUNG\n1. Hội Nông dân thành phố Hải Phòng tổ chức Hội nghị.\n";
        Plan party = PlanImporter.importText(text, "hnd.txt").plan();
        assertThat(party.document().number()).isEqualTo("145-KH/HNDTP");
        assertThat(party.unit().name()).isEqualTo("Hội Nông dân thành phố Hải Phòng");
        assertThat(party.unit().level()).isEqualTo(UnitLevel.AGENCY);
    }

    @Test
    @DisplayName("programme items with the period they name, presenters' fields, session labels left out")
    void programme() {
        Plan plan = commune("""
                II. CHƯƠNG TRÌNH HỘI NGHỊ
                * Buổi sáng:
                - Tuyên bố lý do, giới thiệu đại biểu.
                - Báo cáo tổng kết phong trào thi đua giai đoạn 2020 - 2025, phương hướng giai đoạn 2025 - 2030.
                - Báo cáo tham luận của các điển hình tiên tiến (ngư dân, du lịch, lực lượng vũ trang).
                * Buổi chiều:
                - Phát động phong trào thi đua giai đoạn 2025 - 2030.
                - Bế mạc.""");
        assertThat(plan.programme()).extracting(p -> p.kind()).containsExactly(ProgramItemKind.OPENING,
                ProgramItemKind.SUMMARY_REPORT, ProgramItemKind.PRESENTATIONS, ProgramItemKind.LAUNCH,
                ProgramItemKind.CLOSING);
        assertThat(plan.programme().get(1).period()).as("two periods: none is the item's").isNull();
        assertThat(plan.programme().get(3).period()).isEqualTo(new YearRange(2025, 2030));
        assertThat(plan.presenterFields()).containsExactly("ngư dân", "du lịch", "lực lượng vũ trang");
    }

    @Test
    @DisplayName("two steps in one sentence, \"xét duyệt\", \"giới thiệu điển hình\", recipients in the plan's words")
    void steps() {
        Plan plan = commune("""
                II. TỔ CHỨC THỰC HIỆN
                1. Các thôn gửi đề xuất điển hình tiên tiến về UBND xã trước ngày 19/8/2025; Hội đồng Thi đua - Khen thưởng xã họp xét duyệt ngày 21/8/2025.
                2. Các cơ quan giới thiệu điển hình tiên tiến chậm nhất ngày 17/8/2025.
                3. Phòng Văn hóa - Xã hội báo cáo kết quả Hội nghị về Hội đồng Thi đua - Khen thưởng thành phố (qua Ban Thi đua - Khen thưởng thành phố) trước ngày 30/8/2025, gồm báo cáo tổng kết 5 năm (2020 - 2025) và danh sách, trích ngang thành tích đại biểu.""");
        List<Deadline> steps = plan.deadlines();
        assertThat(steps).extracting(Deadline::kind).containsExactly(DeadlineKind.NOMINATIONS,
                DeadlineKind.EXEMPLAR_LIST_APPROVAL, DeadlineKind.NOMINATIONS, DeadlineKind.RESULT_REPORT);
        assertThat(steps.get(0).recipient()).isEqualTo("UBND xã");
        assertThat(steps.get(0).text()).isEqualTo("Các thôn gửi đề xuất điển hình tiên tiến về UBND xã trước ngày 19/8/2025");
        assertThat(steps.get(1).date()).isEqualTo(LocalDate.of(2025, 8, 21));
        assertThat(steps.get(1).qualifier()).isEqualTo(DateQualifier.ON);
        assertThat(steps.get(2).qualifier()).isEqualTo(DateQualifier.NO_LATER_THAN);
        assertThat(steps.get(3).recipient()).isEqualTo(
                "Hội đồng Thi đua - Khen thưởng thành phố (qua Ban Thi đua - Khen thưởng thành phố)");
        assertThat(plan.resultReportContents()).containsExactly(ResultReportItem.SUMMARY_REPORT,
                ResultReportItem.DELEGATE_LIST_WITH_ACHIEVEMENTS);
    }

    @Test
    @DisplayName("awards given in one sentence: \"15 tập thể và 35 cá nhân\"")
    void awardsInline() {
        Plan plan = commune("""
                II. KHEN THƯỞNG
                Tặng Giấy khen của Chủ tịch UBND xã cho 15 tập thể và 35 cá nhân có thành tích xuất sắc.""");
        assertThat(plan.awardCategories()).extracting(AwardCategory::recipients, AwardCategory::countMin,
                AwardCategory::awardForm).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RecipientKind.COLLECTIVE, 15, "Giấy khen của Chủ tịch UBND xã"),
                org.assertj.core.groups.Tuple.tuple(RecipientKind.INDIVIDUAL, 35, "Giấy khen của Chủ tịch UBND xã"));
        assertThat(plan.awardCategories().get(0).criteria()).isEqualTo("có thành tích xuất sắc");
    }

    @Test
    @DisplayName("award headings whose items give counts, with the body that proposes")
    void awardsUnderAHeading() {
        Plan plan = commune("""
                II. KHEN THƯỞNG
                1. Tập thể (05 tập thể): các thôn dẫn đầu phong trào thi đua.
                2. Cá nhân (20 - 25 cá nhân): cá nhân có thành tích xuất sắc (do các thôn, cơ quan, đơn vị đề xuất).""");
        assertThat(plan.awardCategories()).hasSize(2);
        assertThat(plan.awardCategories().get(1).countMax()).isEqualTo(25);
        assertThat(plan.awardCategories().get(1).proposer()).isEqualTo("các thôn, cơ quan, đơn vị");
        assertThat(plan.awardCategories().get(1).criteria()).isEqualTo("cá nhân có thành tích xuất sắc");
    }
}
