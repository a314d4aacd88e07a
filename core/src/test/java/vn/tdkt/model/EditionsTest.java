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
        "Hội nghị lần thứ IIII, "
    })
    void readsTheEditionANameStates(String name, Integer edition) {
        assertThat(Editions.inName(name)).isEqualTo(edition);
    }

    @ParameterizedTest
    @CsvSource({"1, I", "3, III", "4, IV", "9, IX", "14, XIV"})
    void writesAndReadsRomanNumerals(int number, String roman) {
        assertThat(Editions.roman(number)).isEqualTo(roman);
        assertThat(Editions.fromRoman(roman)).isEqualTo(number);
        assertThat(Editions.fromRoman(roman.toLowerCase())).isEqualTo(number);
    }
}
