package vn.tdkt.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {
    /** Written: the text with \\u escapes spelled out, so that decomposed marks and odd spaces stay visible here. */
    @ParameterizedTest(name = "{0} folds to {1}")
    @CsvSource(delimiter = '|', value = {
        // precomposed and decomposed marks fold alike
        "Hải Phòng                          | hai phong",
        "Ha\\u0309i Pho\\u0300ng            | hai phong",
        // two marks on one letter, precomposed, decomposed, and decomposed in the other order
        "Đặc khu Cô Tô                      | dac khu co to",
        "\\u0110a\\u0323\\u0306c khu        | dac khu",
        "\\u0110a\\u0306\\u0323c khu        | dac khu",
        // Đ and đ, and the Ð (eth) that some fonts and OCR put for them
        "ĐẠI HỘI đại biểu                   | dai hoi dai bieu",
        "\\u00D0à Nẵng \\u00F0ồng           | da nang dong",
        // ư and ơ lose their horn, precomposed or as a combining horn
        "Trường Sơn                         | truong son",
        "Tru\\u031Bo\\u031B\\u0300ng        | truong",
        "ỨNG XỬ ƯU TIÊN ỞM ỜỢ               | ung xu uu tien om oo",
        // capitals, with and without marks
        "HỘI NGHỊ TUYÊN DƯƠNG               | hoi nghi tuyen duong",
        "Hoi Nghi                           | hoi nghi",
        // non-breaking, narrow and ideographic spaces, tabs and line breaks are one space; none at the ends
        "\\u00A0Kẻ\\u00A0\\u00A0Sặt\\u202F  | ke sat",
        "lần\\tthứ\\nI\\u3000(2025)         | lan thu i (2025)",
        // a stray combining mark (OCR after a space) and one on a digit go; punctuation stays
        "Lần thứ \\u0301I, số 3194/QĐ-UBND  | lan thu i, so 3194/qd-ubnd",
        "25\\u0301/8/2025                   | 25/8/2025",
        // already folded text is left as it is
        "hai phong                          | hai phong"
    })
    void foldsTrickyInputs(String written, String folded) {
        String text = unescape(written);
        assertThat(VietnameseText.fold(text)).isEqualTo(folded);
        assertThat(VietnameseText.fold(Normalizer.normalize(text, Normalizer.Form.NFC))).isEqualTo(folded);
        assertThat(VietnameseText.fold(Normalizer.normalize(text, Normalizer.Form.NFD))).isEqualTo(folded);
    }

    @ParameterizedTest(name = "{0} normalises to {1}")
    @CsvSource(delimiter = '|', value = {
        "Kẻ Sặt                       | kẻ sặt",
        "Ke\\u0309 Sa\\u0323\\u0306t   | kẻ sặt",
        "  XÃ\\u00A0KẺ   SẶT\\n       | xã kẻ sặt",
        "3194/QĐ-UBND                 | 3194/qđ-ubnd"
    })
    void normalisesKeepingTheMarks(String written, String normalised) {
        assertThat(VietnameseText.normalise(unescape(written))).isEqualTo(normalised);
    }

    @Test
    void normalisingKeepsApartWhatOnlyTheMarksTellApart() {
        assertThat(VietnameseText.normalise("Kẻ Sặt")).isNotEqualTo(VietnameseText.normalise("Kẻ Sắt"));
        assertThat(VietnameseText.fold("Kẻ Sặt")).isEqualTo(VietnameseText.fold("Kẻ Sắt"));
    }

    @Test
    void composesWithoutChangingAnythingElse() {
        String decomposed = Normalizer.normalize("Hội nghị  ĐIỂN HÌNH", Normalizer.Form.NFD);
        assertThat(VietnameseText.nfc(decomposed)).isEqualTo("Hội nghị  ĐIỂN HÌNH");
        String composed = "Lạng Sơn";
        assertThat(VietnameseText.nfc(composed)).isSameAs(composed);
    }

    @Test
    void foldsOneCharacterAsTheWholeTextFoldsIt() {
        assertThat(VietnameseText.fold('Ặ')).isEqualTo("a");
        assertThat(VietnameseText.fold('Đ')).isEqualTo("d");
        assertThat(VietnameseText.fold('\u0301')).isEmpty();
        assertThat(VietnameseText.fold('\u00A0')).isEqualTo(" ");
        assertThat(VietnameseText.fold('\n')).isEqualTo("\n");
        assertThat(VietnameseText.fold('Q')).isEqualTo("q");
        assertThat(VietnameseText.fold('“')).isEqualTo("“");
        for (char c = 0x00C0; c < 0x1F00; c++) {
            if (Character.isLetter(c) && !Character.isWhitespace(c)) {
                String one = VietnameseText.fold(String.valueOf(c));
                assertThat(VietnameseText.fold(c)).as("U+%04X", (int) c).isEqualTo(one);
            }
        }
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "Lạng Sơn             | lang-son",
        "Đặc khu Cô Tô        | dac-khu-co-to",
        "Thành phố Hồ Chí Minh | thanh-pho-ho-chi-minh",
        "  Bà Rịa – Vũng Tàu  | ba-ria-vung-tau",
        "Xã\\u00A0An Lão (2)   | xa-an-lao-2"
    })
    void makesSlugs(String written, String slug) {
        assertThat(VietnameseText.slug(unescape(written))).isEqualTo(slug);
    }

    @Test
    void nullStaysNull() {
        assertThat(VietnameseText.fold(null)).isNull();
        assertThat(VietnameseText.normalise(null)).isNull();
        assertThat(VietnameseText.nfc(null)).isNull();
        assertThat(VietnameseText.fold("  \u00A0 ")).isEmpty();
    }

    private static String unescape(String written) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '\\' && i + 1 < written.length()) {
                char next = written.charAt(i + 1);
                if (next == 'u') {
                    out.append((char) Integer.parseInt(written.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                }
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
                i++;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
