package vn.tdkt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.tdkt.importer.corpus.CorpusDocuments;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.Allocation;
import vn.tdkt.model.AllocationScope;
import vn.tdkt.model.Plan;
import vn.tdkt.model.ProgramItem;
import vn.tdkt.model.ProgramItemKind;
import vn.tdkt.model.UnitLevel;

/**
 * Documents as they arrive: Word tables (the header, the programme, the allocation), PDFs with two columns on a line,
 * hanging indents and blank lines, web copies with "|" cells. Each layout gives the facts a plain text would.
 */
class DocumentLayoutsTest {
    private static final Path CORPUS = Path.of(System.getProperty("user.dir")).resolve("src/test/resources/corpus");
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            01-tien-lang,              document.docx.txt, hai-phong
            03-benh-vien-viet-tiep,    document.pdf.txt,  hai-phong
            04-nam-dong-web,           document.txt,      hai-phong
            05-cat-hai,                document.pdf.txt,  hai-phong
            06-tan-tien-no-diacritics, document.txt,      lang-son
            """)
    @DisplayName("a Word plan with tables, a PDF of an agency, a web copy, a browser's PDF, a text without diacritics: "
            + "the findings of their hand-encoded plans")
    void sameFindingsAsTheirPlans(String id, String source, String pack) throws IOException {
        Path markup = CORPUS.resolve(id).resolve(source);
        Path document = source.endsWith(".docx.txt") ? CorpusDocuments.docx(markup, dir)
                : source.endsWith(".pdf.txt") ? CorpusDocuments.pdf(markup, dir) : markup;
        Plan encoded = PlanJson.read(CORPUS.resolve(id).resolve("plan.json"));
        ImportedPlan imported = PlanImporter.importFile(document);
        assertThat(Seeds.findings(Seeds.engine(pack).evaluate(imported.plan()))).isEqualTo(Seeds.findings(encoded, pack));
        assertThat(Seeds.differences(encoded, imported.plan())).as("facts that differ").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Word.

    @Test
    @DisplayName("Word: the header table, a programme table by its content column, an allocation table without its total")
    void wordTables() throws IOException {
        Path file = dir.resolve("plan.docx");
        try (XWPFDocument word = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            table(word, List.of(
                    List.of("ỦY BAN NHÂN DÂN\nXÃ AN BIÊN\nSố: 21/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Biên, ngày 9 tháng 8 năm 2025")));
            word.createParagraph().createRun().setText("KẾ HOẠCH");
            word.createParagraph().createRun().setText("Tổ chức Hội nghị tuyên dương điển hình tiên tiến xã An Biên lần thứ I (2025 - 2030)");
            word.createParagraph().createRun().setText("I. THÀNH PHẦN");
            word.createParagraph().createRun().setText("1. Số lượng: 100 đại biểu, phân bổ như sau:");
            table(word, List.of(
                    List.of("TT", "Đơn vị", "Số lượng", "Ghi chú"),
                    List.of("1", "Thôn Đông", "60", "Phòng Văn hóa - Xã hội tổng hợp"),
                    List.of("2", "Thôn Tây", "40", "^"),
                    List.of("Tổng cộng", "<", "100", "")));
            word.createParagraph().createRun().setText("II. CHƯƠNG TRÌNH HỘI NGHỊ");
            table(word, List.of(
                    List.of("TT", "Thời gian", "Nội dung", "Người thực hiện"),
                    List.of("1", "7h30", "Tuyên bố lý do, giới thiệu đại biểu", "Văn phòng"),
                    List.of("2", "8h00", "Báo cáo tổng kết phong trào thi đua giai đoạn 2020 - 2025", "Phó Chủ tịch"),
                    List.of("3", "9h00", "Phát động phong trào thi đua giai đoạn 2025 - 2030", "Chủ tịch"),
                    List.of("4", "10h00", "Bế mạc", "Chủ tịch")));
            word.write(out);
        }
        ImportedPlan imported = PlanImporter.importFile(file);
        Plan plan = imported.plan();
        assertThat(plan.unit().name()).isEqualTo("An Biên");
        assertThat(plan.document().number()).isEqualTo("21/KH-UBND");
        assertThat(plan.document().date()).isEqualTo(LocalDate.of(2025, 8, 9));
        assertThat(plan.programme()).extracting(ProgramItem::kind).containsExactly(ProgramItemKind.OPENING,
                ProgramItemKind.SUMMARY_REPORT, ProgramItemKind.LAUNCH, ProgramItemKind.CLOSING);
        assertThat(plan.programme().get(0).text()).isEqualTo("Tuyên bố lý do, giới thiệu đại biểu");
        assertThat(imported.provenance().get("/programme").text())
                .startsWith("1 | 7h30 | Tuyên bố lý do, giới thiệu đại biểu | Văn phòng\n2 | 8h00 |");
        assertThat(plan.delegation().allocation()).containsExactly(
                new Allocation("Thôn Đông", 60, AllocationScope.ALL_SEATS),
                new Allocation("Thôn Tây", 40, AllocationScope.ALL_SEATS));
        assertThat(imported.notes()).noneMatch(n -> n.contains("page numbers"));
    }

    /** A Word table; "^" continues the cell above, "<" is spanned by the cell to its left. */
    private static void table(XWPFDocument word, List<List<String>> rows) {
        int columns = rows.get(0).size();
        XWPFTable table = word.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = columns - 1; c >= 0; c--) {
                String text = rows.get(r).get(c);
                XWPFTableCell cell = table.getRow(r).getCell(c);
                if (text.equals("<")) {
                    var left = table.getRow(r).getCell(c - 1).getCTTc();
                    (left.isSetTcPr() ? left.getTcPr() : left.addNewTcPr()).addNewGridSpan().setVal(BigInteger.TWO);
                    table.getRow(r).removeCell(c);
                    continue;
                }
                if (text.equals("^")) {
                    var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    properties.addNewVMerge().setVal(STMerge.CONTINUE);
                    continue;
                }
                String[] paragraphs = text.split("\n");
                cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
                for (int p = 1; p < paragraphs.length; p++) {
                    cell.addParagraph().createRun().setText(paragraphs[p]);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // PDF.

    @Test
    @DisplayName("PDF: two columns on the header's lines, a hanging indent, blank lines between paragraphs")
    void pdfColumnsAndIndents() throws IOException {
        Path file = dir.resolve("plan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDType0Font font;
            try (InputStream in = DocumentLayoutsTest.class.getResourceAsStream(FONT)) {
                font = PDType0Font.load(pdf, in);
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                float y = 790;
                Object[][] lines = {
                        {50f, "ỦY BAN NHÂN DÂN", 300f, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
                        {50f, "ĐẶC KHU CÁT HẢI", 300f, "Độc lập - Tự do - Hạnh phúc"},
                        {50f, "Số: 77/KH-UBND", 300f, "Cát Hải, ngày 13 tháng 8 năm 2025"},
                        null,
                        {50f, "KẾ HOẠCH"},
                        {50f, "Tổ chức Hội nghị tuyên dương điển hình tiên tiến đặc khu Cát Hải lần thứ I (2025 - 2030)"},
                        null,
                        {50f, "I. HOẠT ĐỘNG TRƯỚC VÀ TRONG HỘI NGHỊ"},
                        null,
                        {50f, "- Tuyên truyền về tư tưởng thi đua ái quốc của Chủ tịch Hồ Chí Minh trên các phương tiện, của"},
                        {64f, "Chủ tịch Hồ Chí Minh và các điển hình tiên tiến của đặc khu."},
                        null,
                        {50f, "- Tổ chức các hoạt động văn hóa, văn nghệ chào mừng Hội nghị."},
                };
                for (Object[] line : lines) {
                    if (line != null) {
                        for (int i = 0; i < line.length; i += 2) {
                            content.beginText();
                            content.setFont(font, 11);
                            content.newLineAtOffset((Float) line[i], y);
                            content.showText((String) line[i + 1]);
                            content.endText();
                        }
                    }
                    y -= 15;
                }
            }
            pdf.save(file.toFile());
        }
        ImportedPlan imported = PlanImporter.importFile(file);
        Plan plan = imported.plan();
        assertThat(plan.unit().name()).isEqualTo("Cát Hải");
        assertThat(plan.unit().level()).isEqualTo(UnitLevel.SPECIAL_ZONE);
        assertThat(plan.document().number()).isEqualTo("77/KH-UBND");
        assertThat(plan.document().date()).isEqualTo(LocalDate.of(2025, 8, 13));
        // The hanging line starting with a capital continues its item.
        assertThat(plan.activities()).hasSize(2);
        assertThat(plan.activities().get(0).text()).endsWith("của Chủ tịch Hồ Chí Minh và các điển hình tiên tiến của đặc khu");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Web copies.

    @Test
    @DisplayName("web copy: \"|\" cells and rules of the header, the place and its date on two lines, a \"|\" programme table")
    void webCopy() {
        String text = """
                ỦY BAN NHÂN DÂN
                XÃ THANH HÀ
                --------
                | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                ---------------
                Số:
                45/KH-UBND
                | Thanh Hà, ngày
                12 tháng 8 năm 2025

                KẾ HOẠCH
                TỔ CHỨC HỘI NGHỊ TUYÊN DƯƠNG ĐIỂN HÌNH TIÊN TIẾN XÃ THANH HÀ LẦN THỨ I (2025 - 2030)

                I. CHƯƠNG TRÌNH
                | TT | Thời gian | Nội dung | Người thực hiện |
                |---|---|---|---|
                | 1 | 8h00 | Tuyên bố lý do, giới thiệu đại biểu | Văn phòng |
                | 2 | 8h10 | Báo cáo tổng kết phong trào thi đua | Phó Chủ tịch |
                | 3 | 9h00 | Biểu dương, khen thưởng các điển hình tiên tiến | Chủ tịch |
                | 4 | 10h00 | Bế mạc | Chủ tịch |
                """;
        ImportedPlan imported = PlanImporter.importText(text, "web.txt");
        Plan plan = imported.plan();
        assertThat(plan.unit().name()).isEqualTo("Thanh Hà");
        assertThat(plan.document().number()).isEqualTo("45/KH-UBND");
        assertThat(plan.document().date()).isEqualTo(LocalDate.of(2025, 8, 12));
        assertThat(imported.provenance().get("/document/date").quote()).isEqualTo("lines 9-10: Thanh Hà, ngày 12 tháng 8 năm 2025");
        assertThat(plan.document().title()).isEqualTo("TỔ CHỨC HỘI NGHỊ TUYÊN DƯƠNG ĐIỂN HÌNH TIÊN TIẾN XÃ THANH HÀ LẦN THỨ I (2025 - 2030)");
        assertThat(plan.programme()).extracting(ProgramItem::kind).containsExactly(ProgramItemKind.OPENING,
                ProgramItemKind.SUMMARY_REPORT, ProgramItemKind.COMMENDATION, ProgramItemKind.CLOSING);
        assertThat(imported.provenance().get("/programme").firstLine()).isEqualTo(18);
    }
}
