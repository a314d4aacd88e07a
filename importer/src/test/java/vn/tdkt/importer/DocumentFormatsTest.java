package vn.tdkt.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.finding.Report;

/** A Word document and a PDF made from a seed text give the same findings as the text. */
class DocumentFormatsTest {
    @TempDir
    Path dir;

    static Stream<Seeds.Seed> seeds() {
        return Seeds.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    @DisplayName(".docx made from the seed text: the same findings as the text, quoting its paragraphs")
    void docx(Seeds.Seed seed) throws Exception {
        Path docx = Fixtures.docx(seed.content(), dir.resolve("plan.docx"));
        ImportedPlan imported = PlanImporter.importFile(docx);
        assertThat(Seeds.findings(imported.plan(), seed.pack()))
                .isEqualTo(Seeds.findings(PlanImporter.importFile(seed.textFile()).plan(), seed.pack()));
        // One paragraph per line: the Word document's paragraphs are numbered as the text's lines.
        assertThat(imported.provenance()).isEqualTo(PlanImporter.importFile(seed.textFile()).provenance());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    @DisplayName(".pdf made from the seed text: the same findings as the text, quoting page and line")
    void pdf(Seeds.Seed seed) throws Exception {
        Path pdf = Fixtures.pdf(seed.content(), dir.resolve("plan.pdf"), 60, null);
        ImportedPlan imported = PlanImporter.importFile(pdf);
        assertThat(Seeds.findings(imported.plan(), seed.pack()))
                .isEqualTo(Seeds.findings(Seeds.encoded(seed), seed.pack()));
        Report report = Seeds.engine(seed.pack()).evaluate(imported.plan());
        report.findings().stream().filter(f -> f.quote() != null)
                .forEach(f -> assertThat(f.quote()).matches("(?s)page \\d+, lines? \\d+(-\\d+)?: .+"));
    }

    @Test
    @DisplayName("a PDF's running header and page numbers are left out, and the findings stay the same")
    void pdfWithRunningHeaderAndPageNumbers() throws Exception {
        Seeds.Seed seed = Seeds.KE_SAT;
        Path pdf = Fixtures.pdf(seed.content(), dir.resolve("ke-sat.pdf"), 45,
                "UBND xã Kẻ Sặt - Kế hoạch tổ chức Hội nghị tuyên dương điển hình tiên tiến");
        ImportedPlan imported = PlanImporter.importFile(pdf);
        assertThat(Seeds.findings(imported.plan(), seed.pack()))
                .isEqualTo(Seeds.findings(Seeds.encoded(seed), seed.pack()));
        assertThat(imported.notes()).anyMatch(n -> n.contains("page numbers or running headers"));
        assertThat(imported.plan().quotes().values()).noneMatch(q -> q.contains("- 2 -") || q.contains("Kế hoạch tổ chức Hội nghị tuyên dương điển hình tiên tiến\n"));
    }

    @Test
    @DisplayName("what is not a plan document is refused with a reason")
    void refusals() throws Exception {
        Path latin1 = Files.write(dir.resolve("plan.txt"), "K\u1ebe HO\u1ea0CH x\u00e3 K\u1ebb S\u1eb7t".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> PlanImporter.importFile(latin1)).isInstanceOf(ImportException.class)
                .hasMessageContaining("not UTF-8");
        Path notDocx = Files.writeString(dir.resolve("plan.docx"), "plain text");
        assertThatThrownBy(() -> PlanImporter.importFile(notDocx)).isInstanceOf(ImportException.class)
                .hasMessageContaining("plan.docx");
        Path odt = Files.writeString(dir.resolve("plan.odt"), "x");
        assertThatThrownBy(() -> PlanImporter.importFile(odt)).isInstanceOf(ImportException.class)
                .hasMessageContaining(".txt (UTF-8), .docx and .pdf");
        Path noUnit = Files.writeString(dir.resolve("empty.txt"), "KẾ HOẠCH\nTổ chức Hội nghị\n");
        assertThatThrownBy(() -> PlanImporter.importFile(noUnit)).isInstanceOf(ImportException.class)
                .hasMessageContaining("no issuing unit found");
        assertThatThrownBy(() -> PlanImporter.importFile(dir.resolve("missing.pdf")))
                .isInstanceOf(ImportException.class).hasMessageContaining("no such file");
    }
}
