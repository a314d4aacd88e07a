package vn.tdkt.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.tdkt.batch.GeneratedPlan;
import vn.tdkt.batch.PlanGenerator;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.importer.ImportException;
import vn.tdkt.importer.PlanImporter;
import vn.tdkt.json.PlanJson;
import vn.tdkt.json.ReportJson;
import vn.tdkt.model.Plan;

/**
 * Runs the code of a check before the first official's request does: when the server starts, each engine checks
 * {@code tdkt.warm-up-plans} generated plans read from and written to JSON, the importer reads a small Word document,
 * a text and a PDF; once the server listens, it sends itself a few checks over loopback HTTP (Tomcat, Spring MVC and
 * the multipart reader load their classes on their first request). Until then {@code /api/v1/health} says STARTING
 * (503), so that a load balancer sends no request to a cold server. {@code tdkt.warm-up-plans=0} skips it all.
 */
@Component
public class WarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    /** A plan's first lines, enough for the importer to read a unit from. */
    private static final String TEXT = """
            ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            XÃ KẺ SẶT                        Độc lập - Tự do - Hạnh phúc
            Số: 28/KH-UBND                   Kẻ Sặt, ngày 14 tháng 8 năm 2025
            KẾ HOẠCH
            Tổ chức Hội nghị tuyên dương điển hình tiên tiến xã Kẻ Sặt lần thứ I (2025-2030)
            1. Hình thức: Tổ chức "Hội nghị tuyên dương điển hình tiên tiến".
            2. Thời gian tổ chức: 01 buổi, hoàn thành trước ngày 25/8/2025.
            3. Số lượng: 150 đại biểu.
            """;

    private final Engines engines;
    private final int plans;
    private final String token;
    private volatile boolean done;

    public WarmUp(Engines engines, TdktProperties properties) {
        this.engines = engines;
        this.plans = properties.warmUpPlans();
        this.token = properties.api().tokenRequired() ? properties.api().token() : null;
        this.done = plans <= 0;
        if (!done) {
            long start = System.nanoTime();
            inProcess();
            LOG.info("engines and importer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Whether the server has run its first checks. */
    public boolean done() {
        return done;
    }

    private void inProcess() {
        try {
            List<Plan> generated = new PlanGenerator(2025).country().limit(plans)
                    .map(GeneratedPlan::plan).toList();
            for (Plan plan : generated) {
                Plan read = PlanJson.read(PlanGenerator.toJsonLine(plan), "warm-up");
                for (ComplianceEngine engine : engines.engines().values()) {
                    ReportJson.write(List.of(engine.evaluate(read, "warm-up")));
                }
            }
            byte[] docx = docx();
            byte[] pdf = emptyPdf();
            for (int i = 0; i < 20; i++) {
                importQuietly(docx, "warm-up.docx");
                importQuietly(TEXT.getBytes(StandardCharsets.UTF_8), "warm-up.txt");
            }
            importQuietly(pdf, "warm-up.pdf");
        } catch (IOException | RuntimeException e) {
            // a warm-up only saves time: whatever it cannot do, the first request does
            LOG.warn("warm-up stopped: {}", e.getMessage());
        }
    }

    /** Once the server listens: a few checks sent to itself, as a client would send them. */
    @EventListener
    public void overHttp(ApplicationReadyEvent event) {
        if (done) {
            return;
        }
        long start = System.nanoTime();
        try {
            if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
                String host = event.getApplicationContext().getEnvironment().getProperty("server.address", "127.0.0.1");
                if (host.isBlank() || host.equals("0.0.0.0") || host.equals("::")) {
                    host = "127.0.0.1";
                }
                URI check = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                        + web.getWebServer().getPort() + "/api/v1/check");
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                byte[] plan = PlanGenerator.toJsonLine(new PlanGenerator(2025).country().findFirst()
                        .orElseThrow().plan()).getBytes(StandardCharsets.UTF_8);
                byte[] docx = docx();
                for (int i = 0; i < 30; i++) {
                    send(client, request(check, "application/json", plan));
                }
                String boundary = "tdkt-warm-up";
                byte[] form = form(boundary, docx);
                for (int i = 0; i < 5; i++) {
                    send(client, request(check, "multipart/form-data; boundary=" + boundary, form));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("warm-up over HTTP stopped: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done = true;
            LOG.info("requests warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
    }

    private HttpRequest request(URI uri, String type, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private static void send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        client.send(request, HttpResponse.BodyHandlers.discarding());
    }

    private static byte[] form(String boundary, byte[] docx) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"warm-up.docx\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(docx);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static void importQuietly(byte[] bytes, String name) {
        try {
            PlanImporter.importBytes(bytes, name);
        } catch (ImportException e) {
            // a refusal runs the reader's code as well as a plan does
        }
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : TEXT.split("\n")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] emptyPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
