package vn.tdkt.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The seed plans and documents of the repository, a .docx made of a text, and HTTP requests to the server. */
final class Fixtures {
    static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolve("../examples").normalize();
    static final Path SEEDS = EXAMPLES.resolve("seeds");
    /** The OCR text of Đại Sơn's plan, as officials receive scanned plans. */
    static final Path DAI_SON_OCR = SEEDS.resolve("002-dai-son-ocr.txt");
    static final Path KE_SAT_TEXT = SEEDS.resolve("000-ke-sat.txt");

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Fixtures() {}

    /** The seed plans (JSON) of examples/plans, in path order. */
    static List<Path> seedPlans() {
        try (Stream<Path> files = Files.walk(EXAMPLES.resolve("plans"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx with one paragraph per line of the text, as the importer's tests make them. */
    static byte[] docx(Path text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : Files.readString(text, StandardCharsets.UTF_8).split("\\R", -1)) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with a text layer, a line per line of the text, 60 lines a page, in the font PDFBox ships. */
    static byte[] pdf(Path text) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.font.PDType0Font font;
            try (java.io.InputStream in = Fixtures.class.getResourceAsStream(
                    "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, in);
            }
            List<String> lines = Files.readString(text, StandardCharsets.UTF_8).lines().toList();
            for (int from = 0; from < lines.size(); from += 60) {
                org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(
                        org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
                document.addPage(page);
                try (org.apache.pdfbox.pdmodel.PDPageContentStream content =
                             new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                    float y = 800;
                    for (String line : lines.subList(from, Math.min(lines.size(), from + 60))) {
                        if (!line.isBlank()) {
                            content.beginText();
                            content.setFont(font, 10);
                            content.newLineAtOffset(40, y);
                            content.showText(line.strip());
                            content.endText();
                        }
                        y -= 13;
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file part of a form: the part's name, the file's name, its bytes. */
    record FilePart(String part, String fileName, byte[] content) {
    }

    /** A multipart/form-data body: text fields, then file parts. */
    record Multipart(String boundary, byte[] body) {
        /** One file and text fields (name, value, name, value …). */
        static Multipart of(String part, String fileName, byte[] content, String... fields) {
            return of(List.of(new FilePart(part, fileName, content)), fields);
        }

        /** Several files and text fields (name, value, name, value …). */
        static Multipart of(List<FilePart> files, String... fields) {
            String boundary = "tdkt-" + UUID.randomUUID();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                for (int i = 0; i + 1 < fields.length; i += 2) {
                    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i]
                            + "\"\r\n\r\n" + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
                }
                for (FilePart file : files) {
                    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.part()
                            + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
                    out.write(file.content());
                    out.write("\r\n".getBytes(StandardCharsets.UTF_8));
                }
                out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Multipart(boundary, out.toByteArray());
        }

        HttpRequest.Builder post(URI uri) {
            return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        }
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder postJson(URI uri, byte[] json) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json));
    }
}
