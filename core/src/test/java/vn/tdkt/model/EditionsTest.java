package vn.tdkt.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditionsTest {
    @ParameterizedTest
    @CsvSource({
        "Hội nghị tuyên dương điển hình tiên tiến xã Kẻ Sặt Lần thứ I (2025 - 2030), 1",
        "HỘI NGHỊ TUYÊN DƯƠNG ĐIỂN HÌNH TIÊN TIẾN SỞ TÀI CHÍNH LẦN THỨ III(2025-2030), 3",
        "Hội nghị điển hình tiên tiến lần thứ nhất, 1",
        "Hội nghị điển hình tiên tiến  lần   thứ tư (2025 - 2030), 4",
        "Hội nghị tuyên dương điển hình tiên tiến Bệnh viện Việt Tiệp Lần thứ 4, 4",
        "Hội nghị tuyên dương điển hình tiên tiến xã An Lão, ",
        "Hội nghị tuyên dương điển hình tiên tiến Lần thứ..... (2025 - 2030), ",
        "Hội nghị lần thứ IIII, ",
        "Hội nghị lần thứ XIV, 14",
        "Hội nghị LẦN\u00A0THỨ Mười, 10",
        "Ho\u0323\u0302i nghi\u0323 la\u0302\u0300n thu\u031B\u0301 hai, 2"
    })
    void readsTheEditionANameStates(String name, Integer edition) {
        assertThat(Editions.inName(name)).isEqualTo(edition);
    }
}
