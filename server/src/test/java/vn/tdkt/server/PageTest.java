package vn.tdkt.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tdkt.engine.Packs;
import vn.tdkt.finding.Report;
import vn.tdkt.importer.PlanImporter;
import vn.tdkt.model.Plan;

/** The page for officials, read as a browser reads its HTML: the form, one plan's result, several plans' table. */
@ServerTest
class PageTest {
    @LocalServerPort
    int port;

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> upload(String name, byte[] content, String... fields) {
        return Fixtures.send(Fixtures.Multipart.of("files", name, content, fields).post(uri("/check")).build());
    }

    private static Document html(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        return Jsoup.parse(response.body());
    }

    /** Headings in order (no level skipped), one h1; every field with its label; every in-page link to an anchor that exists. */
    private static void wellFormed(Document page) {
        assertThat(page.select("h1")).hasSize(1);
        int level = 1;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
            int next = Integer.parseInt(heading.tagName().substring(1));
            assertThat(next).as(heading.text()).isLessThanOrEqualTo(level + 1);
            level = next;
        }
        for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
            assertThat(page.select("label[for=" + field.id() + "]")).as(field.id()).hasSize(1);
        }
        for (Element link : page.select("a[href^=#]")) {
            assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
        }
        for (Element external : page.select("link[href], script[src], img[src]")) {
            String target = external.hasAttr("href") ? external.attr("href") : external.attr("src");
            assertThat(target).as("served by the application").startsWith("/");
        }
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    @DisplayName("the form: Vietnamese by default, English with lang=en, its fields labelled, the packs offered")
    void form() {
        Document vi = html(Fixtures.send(HttpRequest.newBuilder(uri("/")).build()));
        wellFormed(vi);
        assertThat(vi.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(vi.selectFirst("label[for=files]").text()).isEqualTo("Tệp kế hoạch");
        assertThat(vi.selectFirst("input#files").hasAttr("multiple")).isTrue();
        assertThat(vi.select("select#pack option").eachAttr("value")).containsExactly("", "hai-phong", "lang-son", "national");
        assertThat(vi.selectFirst("select#pack option").text()).startsWith("Tự chọn");
        HttpResponse<String> css = Fixtures.send(HttpRequest.newBuilder(uri("/assets/tdkt.css")).build());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.body()).contains(":focus-visible");
        Document en = html(Fixtures.send(HttpRequest.newBuilder(uri("/?lang=en")).build()));
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.selectFirst("h1").text()).isEqualTo("Send plans to check");
        assertThat(en.selectFirst("input[name=lang]").val()).isEqualTo("en");
    }

    @Test
    @DisplayName("one plan: the verdict, the findings by severity with their clauses, each linked to its highlighted line")
    void oneDocument() {
        Document page = html(upload("002-dai-son-ocr.txt", Fixtures.bytes(Fixtures.DAI_SON_OCR)));
        wellFormed(page);
        assertThat(page.selectFirst("#verdict").text()).isEqualTo("Không đạt: có vi phạm");
        assertThat(page.select(".group > h3").eachText()).containsExactly("Vi phạm (1)", "Cảnh báo (2)", "Khuyến nghị (2)");
        Element length = page.select(".finding").stream().filter(f -> f.selectFirst(".rule").text().equals("HP-02"))
                .findFirst().orElseThrow();
        assertThat(length.selectFirst(".clause").text()).contains("Tổ chức trong 01 buổi");
        Element link = length.selectFirst("a.line-link");
        assertThat(link.attr("href")).isEqualTo("#line-43");
        assertThat(link.text()).isEqualTo("dòng 43");
        Element line = page.getElementById("line-43");
        assertThat(line.className()).contains("sev-violation");
        assertThat(line.selectFirst(".text").text()).contains("01 ngdy");
        assertThat(line.select(".refs a").eachAttr("href")).contains("#" + length.id());
        assertThat(page.select(".not-stated").eachText()).contains("không nêu");
        assertThat(page.select(".doc .line")).hasSizeGreaterThan(200);

        Document en = html(upload("002-dai-son-ocr.txt", Fixtures.bytes(Fixtures.DAI_SON_OCR), "lang", "en"));
        assertThat(en.selectFirst("#verdict").text()).isEqualTo("Rejected: a violation");
        assertThat(en.select(".not-stated").eachText()).contains("not stated");
        assertThat(en.select("a.line-link").eachText()).contains("line 43");
    }

    @Test
    @DisplayName("a Word document's findings link to its paragraphs, and a JSON plan's to the lines of its fields")
    void wordAndJson() {
        byte[] docx = Fixtures.docx(Fixtures.KE_SAT_TEXT);
        Document word = html(upload("ke-sat.docx", docx));
        wellFormed(word);
        Plan plan = PlanImporter.importBytes(docx, "ke-sat.docx").plan();
        Packs packs = Packs.onClassPath();
        Report report = packs.engine(packs.choose(plan).packId()).evaluate(plan);
        assertThat(word.select(".finding")).hasSize(report.findings().size());
        assertThat(word.select("a.line-link")).isNotEmpty();
        List<String> marked = new ArrayList<>();
        for (Element link : word.select("a.line-link")) {
            marked.add(word.getElementById(link.attr("href").substring(1)).className());
        }
        assertThat(marked).allSatisfy(c -> assertThat(c).contains("sev-"));

        Document pdf = html(upload("ke-sat.pdf", Fixtures.pdf(Fixtures.KE_SAT_TEXT)));
        wellFormed(pdf);
        assertThat(pdf.select(".doc .page-break").eachText()).contains("Trang 1", "Trang 2");
        assertThat(pdf.select("a.line-link")).isNotEmpty().allSatisfy(link -> {
            assertThat(link.attr("href")).matches("#page-\\d+-line-\\d+");
            assertThat(link.text()).matches("trang \\d+, dòng .*");
        });

        Document json = html(upload("dai-son.json", Fixtures.bytes(Fixtures.EXAMPLES.resolve("plans/hai-phong/dai-son.json"))));
        wellFormed(json);
        Element length = json.select(".finding").stream().filter(f -> f.selectFirst(".rule").text().equals("HP-02"))
                .findFirst().orElseThrow();
        String target = length.selectFirst("a.line-link").attr("href").substring(1);
        assertThat(json.getElementById(target).selectFirst(".text").text()).contains("\"length\"");
    }

    @Test
    @DisplayName("a file that is no readable plan is refused on the form, in the official's language, without a trace")
    void refusal() {
        HttpResponse<String> response = upload("ke-sat.docx", Fixtures.bytes(Fixtures.KE_SAT_TEXT));
        assertThat(response.statusCode()).isEqualTo(415);
        Document page = html(response);
        wellFormed(page);
        assertThat(page.selectFirst("[role=alert] h2").text()).isEqualTo("Không kiểm tra được");
        assertThat(page.selectFirst("[role=alert] p").text()).contains("ke-sat.docx").contains("Word");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at vn.");
        Document none = html(upload("", new byte[0]));
        assertThat(none.selectFirst("[role=alert] p").text()).isEqualTo("Hãy chọn ít nhất một tệp kế hoạch.");

        HttpResponse<String> missing = Fixtures.send(HttpRequest.newBuilder(uri("/khong-co?lang=en")).build());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(html(missing).selectFirst("h1").text()).isEqualTo("Not found");
    }

    @Test
    @DisplayName("several plans: a row per file (a refused one with its reason) and the batch's province table")
    void severalDocuments() {
        HttpResponse<String> response = Fixtures.send(Fixtures.Multipart.of(List.of(
                new Fixtures.FilePart("files", "dai-son.txt", Fixtures.bytes(Fixtures.DAI_SON_OCR)),
                new Fixtures.FilePart("files", "kien-moc.json",
                        Fixtures.bytes(Fixtures.EXAMPLES.resolve("plans/lang-son/kien-moc.json"))),
                new Fixtures.FilePart("files", "scan.pdf", new byte[0]))).post(uri("/check")).build());
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        wellFormed(page);
        assertThat(page.select("table.files tbody th").eachText()).containsExactly("dai-son.txt", "kien-moc.json", "scan.pdf");
        assertThat(page.select("table.files tbody tr").get(0).text()).contains("Không đạt");
        assertThat(page.select("table.files tbody tr").get(2).selectFirst(".reason").text()).contains("PDF");
        Document table = Jsoup.parse(page.selectFirst("iframe.report").attr("srcdoc"));
        assertThat(table.text()).contains("Dai Son").contains("Kiên Mộc").contains("HP-02");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    }
}
