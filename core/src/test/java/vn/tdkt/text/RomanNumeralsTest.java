package vn.tdkt.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RomanNumeralsTest {
    private static final List<String> ONE_TO_TWENTY = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
            "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX");

    @Test
    void writesAndReadsOneToTwentyInEitherCase() {
        for (int n = 1; n <= 20; n++) {
            String numeral = ONE_TO_TWENTY.get(n - 1);
            assertThat(RomanNumerals.of(n)).isEqualTo(numeral);
            assertThat(RomanNumerals.value(numeral)).isEqualTo(n);
            assertThat(RomanNumerals.value(numeral.toLowerCase(Locale.ROOT))).isEqualTo(n);
            assertThat(RomanNumerals.valueAsScanned(numeral)).as(numeral).isEqualTo(n);
        }
        assertThat(RomanNumerals.of(2025)).isEqualTo("MMXXV");
        assertThat(RomanNumerals.of(0)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "IIII", "VV", "IIV", "ABC", "Ia", "VX", "1", "Lần"})
    void readsOnlyCanonicalNumerals(String written) {
        assertThat(RomanNumerals.value(written)).isNull();
    }

    @ParameterizedTest(name = "scanned {0} is {1}")
    @CsvSource({"lV, 4", "Il, 2", "lll, 3", "1I, 2", "l, 1", "L, 1", "XlI, 12", "vl, 6", "xl, 11"})
    void readsTheIThatOcrMisreadsAsLOrOne(String scanned, int value) {
        assertThat(RomanNumerals.valueAsScanned(scanned)).isEqualTo(value);
    }

    @Test
    void onlyAScanTakesLForI() {
        assertThat(RomanNumerals.value("lV")).isEqualTo(55);
        assertThat(RomanNumerals.valueAsScanned("lV")).isEqualTo(4);
        assertThat(RomanNumerals.value("1I")).isNull();
    }

    @Test
    void aScanIsNoNumeralWhenItIsNoneEvenSo() {
        assertThat(RomanNumerals.valueAsScanned("lIlI")).isNull();
        assertThat(RomanNumerals.valueAsScanned("Lan")).isNull();
        assertThat(RomanNumerals.valueAsScanned(null)).isNull();
        assertThat(RomanNumerals.value(null)).isNull();
    }
}
