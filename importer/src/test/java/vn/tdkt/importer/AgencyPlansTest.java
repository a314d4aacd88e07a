package vn.tdkt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.model.Plan;
import vn.tdkt.model.UnitLevel;

/** The city's agencies issue plans too: a Sở, a hospital, a school, the police, the military command. */
class AgencyPlansTest {
    private static Plan agency(String superior, String header, String body, String sentence) {
        String text = """
                %s
                %s
                Số: 41/KH-XX                                  Hải Phòng, ngày 12 tháng 8 năm 2025

                KẾ HOẠCH
                Tổ chức Hội nghị tuyên dương điển hình tiên tiến

                Thực hiện Quyết định số 3194/QĐ-UBND ngày 08/8/2025 của Ủy ban nhân dân thành phố Hải Phòng, %s
                xây dựng Kế hoạch như sau:

                I. TÊN GỌI
                %s
                """.formatted(superior, header, body, sentence);
        return PlanImporter.importText(text, "agency.txt").plan();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            SỞ Y TẾ HẢI PHÒNG        | BỆNH VIỆN HỮU NGHỊ VIỆT TIỆP | Bệnh viện Hữu nghị Việt Tiệp | Bệnh viện Hữu nghị Việt Tiệp là đơn vị không thực hiện sắp xếp, Hội nghị có tên: "Hội nghị tuyên dương điển hình tiên tiến Bệnh viện Hữu nghị Việt Tiệp Lần thứ IV (2025 - 2030)". | false | 4
            UBND THÀNH PHỐ HẢI PHÒNG | SỞ NỘI VỤ                    | Sở Nội vụ                    | Tên gọi: Hội nghị tuyên dương điển hình tiên tiến Sở Nội vụ Lần thứ I (2025 - 2030), Sở Nội vụ được thành lập trên cơ sở hợp nhất Sở Nội vụ và Sở Lao động - Thương binh và Xã hội. | true | 1
            SỞ GIÁO DỤC VÀ ĐÀO TẠO   | TRƯỜNG THPT CHUYÊN TRẦN PHÚ  | Trường THPT chuyên Trần Phú  | Tên gọi: Hội nghị tuyên dương điển hình tiên tiến Trường THPT chuyên Trần Phú Lần thứ III (2025 - 2030). | | 3
            UBND THÀNH PHỐ HẢI PHÒNG | TRƯỜNG ĐẠI HỌC HẢI PHÒNG     | Trường Đại học Hải Phòng     | Tên gọi: Hội nghị tuyên dương điển hình tiên tiến Trường Đại học Hải Phòng Lần thứ V (2025 - 2030). Trường không thuộc diện sắp xếp. | false | 5
            BỘ CÔNG AN               | CÔNG AN THÀNH PHỐ HẢI PHÒNG  | Công an thành phố Hải Phòng  | Tên gọi: Hội nghị tuyên dương điển hình tiên tiến Công an thành phố Hải Phòng Lần thứ II (2025 - 2030). | | 2
            QUÂN KHU 3               | BỘ CHỈ HUY QUÂN SỰ THÀNH PHỐ | Bộ Chỉ huy Quân sự thành phố | Tên gọi: Hội nghị tuyên dương điển hình tiên tiến Bộ Chỉ huy Quân sự thành phố Lần thứ I (2025 - 2030). Đơn vị có sắp xếp lại tổ chức. | true | 1
            """)
    @DisplayName("an agency is read from its header, named as its text spells it, reorganised as it says (an edition "
            + "alone says nothing of it)")
    void agencies(String superior, String header, String name, String sentence, Boolean reorganised, int edition) {
        Plan plan = agency(superior, header, name, sentence);
        assertThat(plan.unit().level()).isEqualTo(UnitLevel.AGENCY);
        assertThat(plan.unit().name()).isEqualTo(name);
        assertThat(plan.unit().reorganised()).isEqualTo(reorganised);
        assertThat(plan.conference().edition()).isEqualTo(edition);
        assertThat(plan.document().issuer()).isEqualTo(name);
        assertThat(plan.document().number()).isEqualTo("41/KH-XX");
        assertThat(plan.unit().province()).isEqualTo("Hải Phòng");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bảo đảm cân đối, có tính đại diện của các địa phương, cơ quan, đơn vị trước khi sắp xếp. | guidance words about units in general
            Tổ chức Hội nghị trang trọng, thiết thực.                                                  | nothing said
            """)
    @DisplayName("an agency that does not say, and names no edition, is left unknown")
    void unknownReorganisation(String sentence, String why) {
        Plan plan = agency("UBND THÀNH PHỐ HẢI PHÒNG", "BAN QUẢN LÝ KHU KINH TẾ HẢI PHÒNG", "Ban Quản lý Khu kinh tế Hải Phòng",
                sentence);
        assertThat(plan.unit().level()).isEqualTo(UnitLevel.AGENCY);
        assertThat(plan.unit().name()).isEqualTo("Ban Quản lý Khu kinh tế Hải Phòng");
        assertThat(plan.unit().reorganised()).as(why).isNull();
    }
}
