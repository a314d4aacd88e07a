package vn.tdkt.server.page;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.tdkt.batch.BatchInput;
import vn.tdkt.batch.BatchResult;
import vn.tdkt.batch.BatchRunner;
import vn.tdkt.batch.BatchSummary;
import vn.tdkt.batch.BatchSink;
import vn.tdkt.batch.HtmlReportSink;
import vn.tdkt.batch.PackLookup;
import vn.tdkt.engine.PackInfo;
import vn.tdkt.finding.Report;
import vn.tdkt.importer.ImportException;
import vn.tdkt.importer.PlanImporter;
import vn.tdkt.json.PlanFormatException;
import vn.tdkt.json.PlanJson;
import vn.tdkt.server.BatchChecks;
import vn.tdkt.server.CheckGate;
import vn.tdkt.server.Checks;
import vn.tdkt.server.Engines;
import vn.tdkt.server.Lang;
import vn.tdkt.server.Problem;
import vn.tdkt.server.TdktProperties;

/**
 * The page for officials, {@code /}: a form to upload one or several plans (.docx, .pdf, .txt, .json) and choose the
 * pack or let the plan's province choose it; for one plan, the verdict, the findings by severity and the document line
 * by line, each finding linked to its lines; for several, a row per file and the province table of the batch's HTML
 * report. Rendered on the server, in Vietnamese (English with {@code ?lang=en}); it needs no script.
 */
@Controller
public class PageController {
    /** Files one form may send: a province's communes fit several forms of this size. */
    static final int MAX_FILES = 200;
    /** The page's own scripts and styles only; the province table (a page of its own) is framed with its inline CSS. */
    static final String POLICY = "default-src 'self'; img-src 'self' data:; frame-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'none'; object-src 'none'";

    private final Engines engines;
    private final Checks checks;
    private final BatchChecks batches;
    private final CheckGate gate;
    private final TdktProperties properties;

    public PageController(Engines engines, Checks checks, BatchChecks batches, CheckGate gate,
                          TdktProperties properties) {
        this.engines = engines;
        this.checks = checks;
        this.batches = batches;
        this.gate = gate;
        this.properties = properties;
    }

    /** A pack as the form offers it. */
    public record PackOption(String id, String label) {
    }

    /** A row of the several-files result: the file and its verdict, or why it was not checked. */
    public record FileRow(String name, String unit, String province, String pack, String verdict, int violations,
                          int warnings, int advice, String reason) {
    }

    /** The form, in Vietnamese or with {@code lang=en} in English. */
    @GetMapping("/")
    public String form(@RequestParam(required = false) String lang, Model model, HttpServletResponse response) {
        prepare(Lang.of(lang, null), null, model, response);
        return "index";
    }

    /** The result's address opened without a form (a bookmark, a reload): back to the form. */
    @GetMapping("/check")
    public String checkWithoutForm() {
        return "redirect:/";
    }

    /**
     * Checks the files of the form: one file gives its result and its document line by line, several a row each and
     * the province table; a problem (no file, a file that is no readable plan, an unknown pack) is shown on the form,
     * with its status.
     */
    @PostMapping(path = "/check", consumes = "multipart/form-data")
    public String check(@RequestParam(name = "files", required = false) List<MultipartFile> files,
                        @RequestParam(required = false) String pack,
                        @RequestParam(required = false) String lang,
                        Model model, HttpServletResponse response) {
        Lang language = Lang.of(lang, null);
        String packId = pack == null || pack.isBlank() ? null : pack.strip();
        prepare(language, packId, model, response);
        List<MultipartFile> uploads = files == null ? List.of()
                : files.stream().filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())
                        .toList();
        try {
            if (uploads.isEmpty()) {
                throw new Problem(Problem.Type.BAD_REQUEST, "Hãy chọn ít nhất một tệp kế hoạch.",
                        "Choose at least one plan file.");
            }
            if (uploads.size() > MAX_FILES) {
                throw new Problem(Problem.Type.TOO_LARGE, "Mỗi lần gửi tối đa " + MAX_FILES + " tệp.",
                        "At most " + MAX_FILES + " files at a time.");
            }
            engines.requireKnown(packId);
            if (uploads.size() == 1) {
                MultipartFile upload = uploads.get(0);
                Checks.Checked checked = checks.checkUpload(upload.getOriginalFilename(), upload.getBytes(),
                        new Checks.Options(packId, null, false));
                model.addAttribute("result", ResultView.of(checked, engines.pack(checked.report().pack()),
                        language));
                return "result";
            }
            several(uploads, packId, language, model);
            response.setHeader("Content-Security-Policy", POLICY.replace("default-src 'self';",
                    "default-src 'self'; style-src 'self' 'unsafe-inline';"));
            return "results";
        } catch (Problem problem) {
            model.addAttribute("error", problem.detail(language));
            response.setStatus(problem.type().status().value());
            return "index";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prepare(Lang lang, String pack, Model model, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        model.addAttribute("lang", lang.name());
        model.addAttribute("other", lang == Lang.vi ? "en" : "vi");
        model.addAttribute("selected", pack == null ? "" : pack);
        List<PackOption> packs = new ArrayList<>();
        for (PackInfo p : engines.list()) {
            String where = p.provinces().isEmpty() ? p.jurisdiction() : String.join(", ", p.provinces());
            packs.add(new PackOption(p.id(), where + " — " + p.guidance().number() + " (" + p.id() + ")"));
        }
        model.addAttribute("packs", packs);
        model.addAttribute("maxUploadMb", properties.maxUploadSize().toMegabytes());
    }

    /** Several files: each read (a refusal is a row with its reason), checked as a batch, and the province table. */
    private void several(List<MultipartFile> uploads, String pack, Lang lang, Model model) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (MultipartFile upload : uploads) {
            contents.add(upload.getBytes());
        }
        List<FileRow> rows = new ArrayList<>();
        String html = gate.run(() -> {
            List<BatchInput> inputs = new ArrayList<>();
            for (int i = 0; i < uploads.size(); i++) {
                inputs.add(input(Checks.fileName(uploads.get(i).getOriginalFilename()), contents.get(i), lang));
            }
            // the province table is written to the page, never to a file
            HtmlReportSink report = new HtmlReportSink(null, PackLookup.of(engines.packs()), LocalDate.now());
            BatchSummary summary = BatchRunner.builder()
                    .threads(properties.threadsPerBatch())
                    .checker(batches.checker(pack, null, false))
                    .sink(new RowSink(rows, lang))
                    .sink(report)
                    .build()
                    .run(inputs.stream());
            StringWriter page = new StringWriter();
            report.writeTo(summary, page);
            return page.toString();
        });
        model.addAttribute("rows", rows);
        model.addAttribute("reportHtml", html);
    }

    /** An upload as a batch input: its plan, read here; or why it cannot be read, in the page's language. */
    private static BatchInput input(String name, byte[] bytes, Lang lang) {
        try {
            if (Checks.isJson(name)) {
                return BatchInput.plan(PlanJson.read(new java.io.ByteArrayInputStream(bytes), name), name);
            }
            return BatchInput.plan(PlanImporter.importBytes(bytes, name).plan(), name);
        } catch (PlanFormatException e) {
            return BatchInput.unreadable(name, e.line(), Checks.unreadable(e).detail(lang));
        } catch (ImportException e) {
            return BatchInput.unreadable(name, 0, lang.pick(e.reasonVi(), e.reason()));
        }
    }

    /** The rows of the several-files result, in the order of the files. */
    private record RowSink(List<FileRow> rows, Lang lang) implements BatchSink {
        @Override
        public void accept(BatchResult result) {
            if (result instanceof BatchResult.Evaluated e) {
                Report r = e.report();
                rows.add(new FileRow(e.source(), r.plan().unit(), r.plan().province(), r.pack(), r.verdict().name(),
                        count(r, "VIOLATION"), count(r, "WARNING"), count(r, "ADVICE"), null));
            } else if (result instanceof BatchResult.Rejected rejected) {
                rows.add(new FileRow(rejected.source(), rejected.plan() == null ? null : rejected.plan().unit(),
                        rejected.plan() == null ? null : rejected.plan().province(), null, null, 0, 0, 0,
                        rejected.rejection().reason()));
            }
        }

        private static int count(Report report, String severity) {
            return report.counts().get(vn.tdkt.finding.Severity.valueOf(severity.toUpperCase(Locale.ROOT)));
        }
    }
}
