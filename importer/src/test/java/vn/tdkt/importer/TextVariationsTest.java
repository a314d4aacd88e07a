package vn.tdkt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Severity;
import vn.tdkt.model.DateQualifier;
import vn.tdkt.model.Plan;
import vn.tdkt.model.SessionLength;

/** Real text: Unicode forms, lost diacritics, OCR confusions, broken sentences, page furniture, date and length forms. */
class TextVariationsTest {
    /** A small plan of a commune, with one line to vary. */
    private static String plan(String timeLine) {
        return """
                UỶ BAN NHÂN DÂN
                XÃ TÂN LẬP
                Số: 12/KH-UBND                      Tân Lập, ngày 10 tháng 8 năm 2025

                KẾ HOẠCH
                Tổ chức Hội nghị tuyên dương điển hình tiên tiến xã Tân Lập lần thứ I (2025 - 2030)

                Thực hiện Quyết định số 3194/QĐ-UBND ngày 08/8/2025 của Ủy ban nhân dân thành phố Hải Phòng, Ủy ban
                nhân dân xã Tân Lập ban hành Kế hoạch như sau:

                I. THỜI GIAN, ĐỊA ĐIỂM
                %s
                - Địa điểm: Hội trường Ủy ban nhân dân xã Tân Lập.
                """.formatted(timeLine);
    }

    private static Plan read(String text) {
        return PlanImporter.importText(text, "test.txt").plan();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            - Thời gian: 01 buổi, ngày 20/8/2025.                               | ONE_SESSION | 2025-08-20 | ON
            - Thời gian tổ chức: ½ ngày, dự kiến chiều ngày 21/8/2025.          | HALF_DAY    | 2025-08-21 | ON
            - Thời gian tổ chức: nửa ngày, chiều ngày 22/8.                     | HALF_DAY    | 2025-08-22 | ON
            - Thời gian: 01 ngày, ngày 23 tháng 8 năm 2025.                     | ONE_DAY     | 2025-08-23 | ON
            - Thời gian: 02 ngày, hoàn thành trước ngày 25/8/2025.              | SEVERAL_DAYS | 2025-08-25 | BEFORE
            - Thời gian tổ chức: 1 buổi, chậm nhất ngày 24-8-2025.              | ONE_SESSION | 2025-08-24 | NO_LATER_THAN
            - Thoi gian to chuc: 01 buoi, hoan thanh truoc ngay 25/8/2025.      | ONE_SESSION | 2025-08-25 | BEFORE
            2. Thoi gian to chire: Dy kién 01 ngdy, hoan thanh trude ngay 19/8/2025. | ONE_DAY | 2025-08-19 | BEFORE
            """)
    @DisplayName("lengths and dates as plans write them")
    void lengthsAndDates(String line, SessionLength length, LocalDate date, DateQualifier qualifier) {
        Plan plan = read(plan(line));
        assertThat(plan.conference().length()).isEqualTo(length);
        assertThat(plan.conference().date()).isEqualTo(date);
        assertThat(plan.conference().dateQualifier()).isEqualTo(qualifier);
        assertThat(plan.quote("/conference/length")).isEqualTo("line 12: " + line);
    }

    @Test
    @DisplayName("the header, the unit, the province and the guidance of a small plan")
    void header() {
        Plan plan = read(plan("- Thời gian: 01 buổi, ngày 20/8/2025."));
        assertThat(plan.unit().name()).isEqualTo("Tân Lập");
        assertThat(plan.unit().province()).isEqualTo("Hải Phòng");
        assertThat(plan.document().number()).isEqualTo("12/KH-UBND");
        assertThat(plan.document().date()).isEqualTo(LocalDate.of(2025, 8, 10));
        assertThat(plan.document().issuer()).isEqualTo("Ủy ban nhân dân xã Tân Lập");
        assertThat(plan.implementsGuidance()).singleElement().satisfies(g -> {
            assertThat(g.number()).isEqualTo("3194/QĐ-UBND");
            assertThat(g.date()).isEqualTo(LocalDate.of(2025, 8, 8));
            assertThat(g.issuer()).isEqualTo("Ủy ban nhân dân thành phố Hải Phòng");
        });
        assertThat(plan.conference().venue()).isEqualTo("Hội trường Ủy ban nhân dân xã Tân Lập");
        assertThat(plan.conference().name()).isEqualTo("Hội nghị tuyên dương điển hình tiên tiến xã Tân Lập Lần thứ I (2025 - 2030)");
    }

    @Test
    @DisplayName("the number is read where the header puts it beside the unit")
    void numberBesideTheUnit() {
        Plan plan = read(plan("- Thời gian: 01 buổi, ngày 20/8/2025.").replace("XÃ TÂN LẬP\nSố: 12/KH-UBND",
                "XÃ TÂN LẬP                Số: 12/KH-UBND"));
        assertThat(plan.document().number()).isEqualTo("12/KH-UBND");
        assertThat(plan.quote("/document/number")).startsWith("line 2: ");
    }

    @Test
    @DisplayName("what the document does not state stays unknown, and the rules say \"not stated\"")
    void unknownStaysUnknown() {
        Plan plan = read(plan("- Địa điểm tổ chức: Nhà văn hóa xã."));
        assertThat(plan.conference().length()).isNull();
        assertThat(plan.conference().date()).isNull();
        assertThat(plan.delegation().total()).isNull();
        assertThat(plan.delegation().priorityGroups()).isNull();
        assertThat(plan.programme()).isNull();
        assertThat(plan.activities()).isNull();
        assertThat(plan.reportOutline()).isNull();
        assertThat(plan.awardCategories()).isNull();
        assertThat(plan.deadlines()).isNull();
        assertThat(plan.resultReportContents()).isNull();
        assertThat(plan.solemnAndEconomical()).isNull();
        assertThat(plan.unit().reorganised()).isNull();
        Report report = Seeds.engine("hai-phong").evaluate(plan);
        assertThat(report.findings("HP-02")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(report.findings("HP-04")).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(report.findings()).noneMatch(f -> f.severity() == Severity.VIOLATION);
    }

    @Test
    @DisplayName("NFD text imports as its NFC form does")
    void nfd() {
        String text = Seeds.KE_SAT.content();
        Plan nfc = read(text);
        Plan nfd = read(Normalizer.normalize(text, Normalizer.Form.NFD));
        assertThat(Seeds.differences(nfc, nfd)).isEmpty();
        assertThat(nfd.quotes()).isEqualTo(nfc.quotes());
    }

    @Test
    @DisplayName("Vietnamese without diacritics gives the same findings; provinces and forms are written as the guidance writes them")
    void withoutDiacritics() {
        String ascii = Normalizer.normalize(Seeds.KE_SAT.content(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        Plan plan = read(ascii);
        assertThat(plan.unit().name()).isEqualTo("Ke Sat");
        assertThat(plan.unit().province()).isEqualTo("Hải Phòng");
        assertThat(plan.conference().form()).isEqualTo("Hội nghị tuyên dương điển hình tiên tiến");
        assertThat(plan.conference().name()).isEqualTo("Hội nghị tuyên dương điển hình tiên tiến xã Ke Sat Lần thứ I (2025 - 2030)");
        assertThat(Seeds.findings(plan, "hai-phong")).isEqualTo(Seeds.findings(Seeds.encoded(Seeds.KE_SAT), "hai-phong"));
    }

    @Test
    @DisplayName("sentences broken across lines and blank lines are read whole, and quoted with their lines")
    void brokenSentences() {
        Plan plan = read(plan("""
                - Thời gian: 01 buổi, dự kiến

                ngày 20/8/2025.
                2. Số lượng đại biểu: Đại biểu chính tham dự Hội nghị tuyên dương điển hình tiên

                tiến xã Tân Lập dự kiến 120 đại biểu."""));
        assertThat(plan.conference().date()).isEqualTo(LocalDate.of(2025, 8, 20));
        assertThat(plan.delegation().total()).isEqualTo(120);
        assertThat(plan.quote("/delegation/total")).isEqualTo("lines 15-17: 2. Số lượng đại biểu: Đại biểu chính tham dự "
                + "Hội nghị tuyên dương điển hình tiên tiến xã Tân Lập dự kiến 120 đại biểu.");
    }

    @Test
    @DisplayName("page numbers and running headers of a paged text are left out; a sentence goes on across the page")
    void pageFurniture() {
        String text = """
                UBND xã Tân Lập - Kế hoạch Hội nghị điển hình tiên tiến
                KẾ HOẠCH
                Tổ chức Hội nghị tuyên dương điển hình tiên tiến xã Tân Lập lần thứ I (2025 - 2030)
                I. THỜI GIAN
                - Thời gian tổ chức: Tổ chức trong 01 buổi, hoàn thành
                1
                \fUBND xã Tân Lập - Kế hoạch Hội nghị điển hình tiên tiến
                trước ngày 25/8/2025.
                II. ĐẠI BIỂU
                - Số lượng: Tối đa 150 đại biểu.
                - 2 -
                \fUBND xã Tân Lập - Kế hoạch Hội nghị điển hình tiên tiến
                - Đại biểu là điển hình tiên tiến cần được bình xét công khai, dân chủ từ cơ sở.
                Trang 3
                """;
        ImportedPlan imported = PlanImporter.importText(text, "paged.txt");
        Plan plan = imported.plan();
        assertThat(plan.conference().date()).isEqualTo(LocalDate.of(2025, 8, 25));
        assertThat(plan.conference().dateQualifier()).isEqualTo(DateQualifier.BEFORE);
        assertThat(plan.quote("/conference/date"))
                .isEqualTo("page 1, lines 5-8: - Thời gian tổ chức: Tổ chức trong 01 buổi, hoàn thành trước ngày 25/8/2025.");
        assertThat(plan.delegation().total()).isEqualTo(150);
        assertThat(plan.delegation().publicVetting()).isTrue();
        assertThat(imported.notes()).singleElement().asString().startsWith("6 line(s)");
        assertThat(plan.quotes().values()).noneMatch(q -> q.contains("UBND xã Tân Lập - Kế hoạch"));
    }

    @ParameterizedTest(name = "{0} reads as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Pai Son                  | dai son
            xi Pai Son               | xa dai son
            ngay 14 théng 8 nam 2025 | ngay 14 thang 8 nam 2025
            S6:28 /KH-UBND           | so:28 /kh-ubnd
            4.2. 86 lwong: Toi da    | 4.2. so luong: toi da
            1an thir I               | lan thu i
            lan tha I                | lan thu i
            Dy kién 01 ngdy          | dy kien 01 ngay
            hoan thanh trude ngay    | hoan thanh truoc ngay
            Hoi nghi tuyén dwong     | hoi nghi tuyen duong
            B4o c4o tham ludn        | bao cao tham luan
            T6 chirc Hoi nghi        | to chuc hoi nghi
            Thời gian tổ chức        | thoi gian to chuc
            Tổ chức Hội nghị điển hình tiên tiến | to chuc hoi nghi dien hinh tien tien
            """)
    @DisplayName("OCR confusions are undone on the folded form")
    void ocrConfusions(String written, String folded) {
        assertThat(Folded.key(written)).isEqualTo(folded);
        assertThat(Folded.key(Normalizer.normalize(written, Normalizer.Form.NFD))).isEqualTo(folded);
    }

    @Test
    @DisplayName("every OCR rule says what it undoes")
    void ocrRulesAreExplained() {
        assertThat(OcrConfusions.rules()).hasSizeGreaterThan(30)
                .allSatisfy(rule -> assertThat(rule.why()).isNotBlank());
    }

    @Test
    @DisplayName("a fact's folded match is quoted in the document's own words")
    void foldedMatchesMapBack() {
        Folded folded = Folded.of("2. Thoi gian to chire: Dy kién 01 ngdy, hoan thanh trude ngay 25/8/2025.");
        int at = folded.text().indexOf("01 ngay");
        assertThat(folded.original(at, at + "01 ngay".length())).isEqualTo("01 ngdy");
        int before = folded.text().indexOf("truoc ngay");
        assertThat(folded.original(before, before + "truoc ngay".length())).isEqualTo("trude ngay");
    }
}
