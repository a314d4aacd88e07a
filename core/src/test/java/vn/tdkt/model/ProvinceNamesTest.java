package vn.tdkt.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvinceNamesTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "Hải Phòng                    | Hải Phòng",
        "TP. Hải Phòng                | Hải Phòng",
        "thành phố Hai Phong          | Hải Phòng",
        "Thành\u00A0phố  HẢI PHÒNG    | Hải Phòng",
        "Ha\u0309i Pho\u0300ng        | Hải Phòng",
        "tinh Lang Son                | Lạng Sơn",
        "TP. Hồ Chí Minh              | Hồ Chí Minh",
        "\u00D0à Nẵng                 | Đà Nẵng"
    })
    void namesTheSameProvinceHoweverWritten(String written, String province) {
        assertThat(ProvinceNames.same(written, province)).isTrue();
        assertThat(ProvinceNames.isKnown(written)).isTrue();
    }

    @Test
    void tellsProvincesApart() {
        assertThat(ProvinceNames.same("Hải Phòng", "Hải Dương")).isFalse();
        assertThat(ProvinceNames.isKnown("Atlantis")).isFalse();
        assertThat(ProvinceNames.kind("tỉnh Lạng Sơn")).isEqualTo("tỉnh");
        assertThat(ProvinceNames.kind("TP Hải Phòng")).isEqualTo("thành phố");
    }
}
