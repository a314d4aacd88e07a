package vn.tdkt.server.web;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.tdkt.engine.PackInfo;
import vn.tdkt.finding.Report;
import vn.tdkt.importer.SourceSpan;
import vn.tdkt.json.ReportJson;
import vn.tdkt.server.BatchChecks;
import vn.tdkt.server.CheckGate;
import vn.tdkt.server.Checks;
import vn.tdkt.server.AsOf;
import vn.tdkt.server.Engines;
import vn.tdkt.server.Problem;
import vn.tdkt.server.TdktProperties;
import vn.tdkt.server.WarmUp;

/**
 * The HTTP API, {@code /api/v1}: check a plan (JSON, or an uploaded document), check an NDJSON stream of plans, list
 * the packs, say the server is up, and describe itself ({@code openapi.json}). A check answers the report JSON that
 * {@code tdkt check --format json} writes for one plan, written by the library's {@link ReportJson}; what goes wrong
 * is answered as an RFC 9457 problem ({@link ProblemAdvice}).
 */
@RestController
@RequestMapping("/api/v1")
public class ApiController {
    /** NDJSON, one JSON value a line. */
    public static final String NDJSON = "application/x-ndjson";
    private static final MediaType JSON_UTF8 = new MediaType("application", "json", StandardCharsets.UTF_8);

    private final Checks checks;
    private final BatchChecks batches;
    private final Engines engines;
    private final CheckGate gate;
    private final TdktProperties properties;
    private final WarmUp warmUp;
    private final byte[] openApi;

    public ApiController(Checks checks, BatchChecks batches, Engines engines, CheckGate gate,
                         TdktProperties properties, WarmUp warmUp) throws IOException {
        this.warmUp = warmUp;
        this.checks = checks;
        this.batches = batches;
        this.engines = engines;
        this.gate = gate;
        this.properties = properties;
        try (InputStream in = new ClassPathResource("vn/tdkt/server/openapi.json").getInputStream()) {
            this.openApi = in.readAllBytes();
        }
    }

    /** Checks a plan sent as JSON. */
    @PostMapping(path = "/check", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> checkJson(HttpServletRequest request,
                                            @RequestParam(required = false) String pack,
                                            @RequestParam(required = false) String asOf,
                                            @RequestParam(defaultValue = "false") boolean explain) throws IOException {
        byte[] body = Bodies.read(request, properties.maxBodySize().toBytes());
        Report report = checks.checkJson(body, new Checks.Options(blankToNull(pack), AsOf.parse(asOf), explain));
        return json(ReportJson.write(List.of(report)));
    }

    /**
     * Checks an uploaded file (part {@code file}): a .docx, .pdf or .txt document, read by the importer, or a .json
     * plan. With {@code provenance=true} the answer wraps the report with where in the document each fact was read.
     */
    @PostMapping(path = "/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> checkUpload(@RequestPart("file") MultipartFile file,
                                              @RequestParam(required = false) String pack,
                                              @RequestParam(required = false) String asOf,
                                              @RequestParam(defaultValue = "false") boolean explain,
                                              @RequestParam(defaultValue = "false") boolean provenance)
            throws IOException {
        Checks.Checked checked = checks.checkUpload(file.getOriginalFilename(), file.getBytes(),
                new Checks.Options(blankToNull(pack), AsOf.parse(asOf), explain));
        String report = ReportJson.write(List.of(checked.report()));
        return json(provenance ? withProvenance(report, checked) : report);
    }

    /**
     * Checks an NDJSON stream of plans: one answer line per input line, in order, streamed as the plans are checked
     * (the lines of {@code tdkt batch --ndjson}).
     */
    @PostMapping(path = "/check/batch", consumes = NDJSON, produces = NDJSON)
    public ResponseEntity<StreamingResponseBody> checkBatch(HttpServletRequest request,
                                                            @RequestParam(required = false) String pack,
                                                            @RequestParam(required = false) String asOf,
                                                            @RequestParam(defaultValue = "false") boolean explain) {
        Bodies.refuseOver(request, properties.maxBatchSize().toBytes());
        String packId = blankToNull(pack);
        java.time.LocalDate day = AsOf.parse(asOf);
        if (packId != null) {
            engines.engineFor(null, packId, day, explain); // an unknown pack, a day it has no values for: 400 now
        }
        gate.acquire(); // a batch counts as one check under way, from now until its last line
        StreamingResponseBody body = out -> {
            try {
                batches.run(request.getInputStream(), out, packId, day, explain);
            } finally {
                gate.release();
            }
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON)).body(body);
    }

    /** The packs: id, version, jurisdiction, provinces, the guidance each encodes, its number of rules. */
    @GetMapping(path = "/packs", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> packs() {
        return Map.of("packs", engines.list().stream().map(ApiController::pack).toList());
    }

    /** Whether the server is up (STARTING, 503, until it has run its first checks), and the packs it loaded. */
    @GetMapping(path = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> health() {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", warmUp.done() ? "UP" : "STARTING");
        health.put("packs", engines.ids());
        return ResponseEntity.status(warmUp.done() ? 200 : 503).body(health);
    }

    /** This API's OpenAPI 3.1 description. */
    @GetMapping(path = "/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> openApi() {
        return ResponseEntity.ok().contentType(JSON_UTF8).body(openApi);
    }

    private static Map<String, Object> pack(PackInfo p) {
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("id", p.id());
        pack.put("version", p.version());
        pack.put("jurisdiction", p.jurisdiction());
        pack.put("provinces", p.provinces());
        Map<String, Object> guidance = new LinkedHashMap<>();
        guidance.put("issuer", p.guidance().issuer());
        guidance.put("number", p.guidance().number());
        guidance.put("date", p.guidance().date() == null ? null : p.guidance().date().toString());
        guidance.put("title", p.guidance().title());
        guidance.put("citation", p.guidance().citation());
        pack.put("guidance", guidance);
        pack.put("rules", p.ruleCount());
        return pack;
    }

    /**
     * {@code {"result": <the report JSON>, "document": {"name", "provenance": {pointer: {page, firstLine, lastLine,
     * text}}, "notes": [...]}}}: the report as it is, and where the importer read each fact (a JSON plan has none).
     */
    private static String withProvenance(String report, Checks.Checked checked) {
        StringWriter out = new StringWriter(report.length() + 4096);
        try (JsonGenerator json = ReportJson.generator(out)) {
            json.writeStartObject();
            json.writeFieldName("result");
            json.writeRawValue(report.strip());
            json.writeObjectFieldStart("document");
            json.writeStringField("name", checked.name());
            json.writeObjectFieldStart("provenance");
            if (checked.imported() != null) {
                for (Map.Entry<String, SourceSpan> e : checked.imported().provenance().entrySet()) {
                    SourceSpan span = e.getValue();
                    json.writeObjectFieldStart(e.getKey());
                    if (span.page() == null) {
                        json.writeNullField("page");
                    } else {
                        json.writeNumberField("page", span.page());
                    }
                    json.writeNumberField("firstLine", span.firstLine());
                    json.writeNumberField("lastLine", span.lastLine());
                    json.writeStringField("text", span.text());
                    json.writeEndObject();
                }
            }
            json.writeEndObject();
            json.writeArrayFieldStart("notes");
            if (checked.imported() != null) {
                for (String note : checked.imported().notes()) {
                    json.writeString(note);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static ResponseEntity<byte[]> json(String body) {
        return ResponseEntity.ok().contentType(JSON_UTF8).body(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Problems of the request itself, for the handlers of this class. */
    static Problem tooLarge(long limit) {
        return new Problem(Problem.Type.TOO_LARGE,
                "Dữ liệu gửi lên lớn hơn giới hạn " + limit + " byte.",
                "The request is larger than the limit of " + limit + " bytes.").with("limit", limit);
    }
}
