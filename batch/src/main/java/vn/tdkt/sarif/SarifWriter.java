package vn.tdkt.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tdkt.engine.PackDescriptor;
import vn.tdkt.engine.RuleDescription;
import vn.tdkt.finding.Citation;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.PlanIdentity;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.RuleIds;
import vn.tdkt.finding.Severity;
import vn.tdkt.json.PlanFormatException;
import vn.tdkt.json.ReportJson;

/**
 * Writes reports as one SARIF 2.1.0 log, the findings format that code-scanning tools and SARIF viewers read.
 *
 * <p>One run, whose tool is {@code tdkt}: its driver describes every rule of the packs given (id, a name, the English
 * title, the clause's Vietnamese words, clause and document), and one {@code result} stands for each finding: the
 * rule, a level from {@link Severity#sarifLevel()}, the English message (the Vietnamese one in
 * {@code properties.messageVi}), the plan file as physical location and the finding's JSON Pointer as logical
 * location. Each plan is one entry of {@code run.artifacts}; plans that could not be read may be passed as
 * {@link Notice}s and become tool execution notifications.
 *
 * <p>The log holds no {@code null}: an unknown value is left out. The writer reads pack metadata from
 * {@link PackDescriptor}s and needs no rule engine:
 *
 * <pre>{@code
 * SarifWriter sarif = new SarifWriter("0.1.0", null, List.of(engine.descriptor()));
 * sarif.write(reports, writer);
 * }</pre>
 */
public final class SarifWriter {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String VERSION = "2.1.0";
    public static final String TOOL_NAME = "tdkt";

    /** An input that could not be checked: where (line and column 0 when unknown) and why. */
    public record Notice(String source, int line, int column, String message) {
        public Notice {
            Objects.requireNonNull(message, "message");
        }

        public static Notice of(PlanFormatException e) {
            return new Notice(e.source(), e.line(), e.column(), e.getMessage());
        }
    }

    /** Where in a plan file a JSON Pointer's value starts, 1-based. */
    public record Region(int startLine, int startColumn) {
        public Region {
            if (startLine < 1) {
                throw new IllegalArgumentException("startLine must be 1 or more (was " + startLine + ")");
            }
        }
    }

    /** Finds a pointer's place in a plan file, for hosts that have the file; null when unknown. */
    @FunctionalInterface
    public interface Locator {
        Region locate(String source, String pointer);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String toolVersion;
    private final String informationUri;
    private final List<PackDescriptor> packs;
    private final Locator locator;
    /** Whether a viewer's texts (a result's message, a rule's short description) are the Vietnamese ones. */
    private final boolean vietnamese;

    /**
     * @param toolVersion    the version of the tool writing the log; may be null
     * @param informationUri an absolute URI where users learn about the tool; may be null
     * @param packs          the packs the reports were made with: their rules become the driver's rules
     */
    public SarifWriter(String toolVersion, String informationUri, Collection<PackDescriptor> packs) {
        this(toolVersion, checkUri(informationUri), List.copyOf(packs), null, false);
    }

    private SarifWriter(String toolVersion, String informationUri, List<PackDescriptor> packs, Locator locator,
                        boolean vietnamese) {
        this.toolVersion = toolVersion;
        this.informationUri = informationUri;
        this.packs = packs;
        this.locator = locator;
        this.vietnamese = vietnamese;
    }

    /** The same writer, adding a line and column to each location the locator knows. */
    public SarifWriter withLocator(Locator locator) {
        return new SarifWriter(toolVersion, informationUri, packs, locator, vietnamese);
    }

    /**
     * The same writer with the texts a viewer shows (a result's message, a rule's short description) in Vietnamese;
     * the other language stays in the properties ({@code messageEn}, {@code titleEn}). English by default.
     */
    public SarifWriter inVietnamese(boolean vietnamese) {
        return new SarifWriter(toolVersion, informationUri, packs, locator, vietnamese);
    }

    public String write(List<Report> reports) {
        StringWriter out = new StringWriter();
        write(reports, List.of(), out);
        return out.toString();
    }

    public void write(List<Report> reports, Writer out) {
        write(reports, List.of(), out);
    }

    /** Writes the log; flushes, but does not close, the writer. */
    public void write(List<Report> reports, List<Notice> notices, Writer out) {
        Objects.requireNonNull(out, "out");
        ObjectNode log = log(reports, notices);
        try (JsonGenerator json = ReportJson.generator(out)) {
            MAPPER.writeTree(json, log);
            json.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the SARIF log: " + e.getMessage(), e);
        }
    }

    /** The log as a Jackson tree. */
    public ObjectNode log(List<Report> reports, List<Notice> notices) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(notices, "notices");
        ObjectNode log = MAPPER.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", VERSION);
        ObjectNode run = log.putArray("runs").addObject();

        List<ObjectNode> rules = rules(reports);
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).get("id").asText(), i);
        }

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL_NAME);
        put(driver, "fullName", "tdkt: exemplar-conference plan checker");
        put(driver, "version", toolVersion);
        put(driver, "informationUri", informationUri);
        driver.putArray("rules").addAll(rules);

        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", notices.isEmpty());
        if (!notices.isEmpty()) {
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            for (Notice notice : notices) {
                notifications.add(notification(notice));
            }
        }

        ArrayNode artifacts = run.putArray("artifacts");
        Map<String, Integer> artifactIndex = new HashMap<>();
        List<Integer> reportArtifact = new ArrayList<>();
        for (Report report : reports) {
            String source = report.plan().source();
            Integer index = source == null ? null : artifactIndex.get(source);
            if (index == null) {
                index = artifacts.size();
                artifacts.add(artifact(report.plan()));
                if (source != null) {
                    artifactIndex.put(source, index);
                }
            }
            ObjectNode artifactReports = (ObjectNode) artifacts.get(index).get("properties");
            ObjectNode made = artifactReports.withArray("reports").addObject().put("pack", report.pack());
            put(made, "packVersion", report.packVersion());
            made.put("verdict", report.verdict().name());
            reportArtifact.add(index);
        }

        ArrayNode results = run.putArray("results");
        for (int r = 0; r < reports.size(); r++) {
            Report report = reports.get(r);
            for (Finding finding : report.findings()) {
                results.add(result(report, finding, ruleIndex.get(finding.ruleId()), reportArtifact.get(r)));
            }
        }

        ObjectNode runProperties = run.putObject("properties");
        ArrayNode packList = runProperties.putArray("packs");
        for (PackDescriptor pack : packs) {
            ObjectNode p = packList.addObject();
            p.put("id", pack.id());
            p.put("version", pack.version());
            put(p, "jurisdiction", pack.jurisdiction());
            put(p, "guidance", pack.guidance().citation());
        }
        return log;
    }

    /** One descriptor per rule id, in rule id order: the packs' rules, then any a finding names that no pack describes. */
    private List<ObjectNode> rules(List<Report> reports) {
        Map<String, Severity> worst = new HashMap<>();
        Map<String, Finding> undescribed = new LinkedHashMap<>();
        Map<String, ObjectNode> rules = new LinkedHashMap<>();
        for (Report report : reports) {
            for (Finding finding : report.findings()) {
                worst.merge(finding.ruleId(), finding.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                undescribed.putIfAbsent(finding.ruleId(), finding);
            }
        }
        for (PackDescriptor pack : packs) {
            for (RuleDescription rule : pack.rules().values()) {
                if (!rules.containsKey(rule.id())) {
                    String document = rule.document() != null ? rule.document() : pack.guidance().citation();
                    rules.put(rule.id(), descriptor(rule, document, worst.get(rule.id()), vietnamese));
                }
            }
        }
        undescribed.forEach((id, finding) -> {
            if (!rules.containsKey(id)) {
                rules.put(id, descriptor(finding, worst.get(id)));
            }
        });
        List<String> ids = new ArrayList<>(rules.keySet());
        ids.sort(RuleIds.ORDER);
        return ids.stream().map(rules::get).toList();
    }

    private static ObjectNode descriptor(RuleDescription rule, String document, Severity worst, boolean vietnamese) {
        ObjectNode descriptor = MAPPER.createObjectNode();
        descriptor.put("id", rule.id());
        descriptor.put("name", name(rule.id(), rule.title() == null ? null : rule.title().en()));
        if (rule.title() != null) {
            descriptor.putObject("shortDescription").put("text", vietnamese ? rule.title().vi() : rule.title().en());
        }
        if (rule.text() != null) {
            descriptor.putObject("fullDescription").put("text", rule.text());
        }
        descriptor.putObject("help").put("text", help(document, rule.clause(), rule.text()));
        descriptor.putObject("defaultConfiguration").put("level", level(worst));
        ObjectNode properties = descriptor.putObject("properties");
        put(properties, "clause", rule.clause());
        put(properties, "document", document);
        if (rule.title() != null) {
            properties.put(vietnamese ? "titleEn" : "titleVi", vietnamese ? rule.title().en() : rule.title().vi());
        }
        return descriptor;
    }

    private static ObjectNode descriptor(Finding finding, Severity worst) {
        Citation citation = finding.citation();
        ObjectNode descriptor = MAPPER.createObjectNode();
        descriptor.put("id", finding.ruleId());
        descriptor.put("name", name(finding.ruleId(), null));
        if (citation.text() != null) {
            descriptor.putObject("fullDescription").put("text", citation.text());
        }
        descriptor.putObject("help").put("text", help(citation.document(), citation.clause(), citation.text()));
        descriptor.putObject("defaultConfiguration").put("level", level(worst));
        ObjectNode properties = descriptor.putObject("properties");
        put(properties, "clause", citation.clause());
        put(properties, "document", citation.document());
        return descriptor;
    }

    /** A rule's default level: the most serious it reported in these reports, else SARIF's default, "warning". */
    private static String level(Severity worst) {
        return worst == null ? Severity.WARNING.sarifLevel() : worst.sarifLevel();
    }

    /** "Maximum number of delegates" becomes "MaximumNumberOfDelegates"; without a title, the id. */
    static String name(String id, String title) {
        if (title == null || title.isBlank()) {
            return id;
        }
        StringBuilder name = new StringBuilder();
        for (String word : title.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                name.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
                name.append(word.substring(Character.charCount(word.codePointAt(0))));
            }
        }
        return name.length() == 0 ? id : name.toString();
    }

    private static String help(String document, String clause, String text) {
        StringBuilder help = new StringBuilder();
        if (document != null) {
            help.append(document);
        }
        if (clause != null) {
            help.append(help.length() > 0 ? ", clause " : "Clause ").append(clause);
        }
        if (text != null) {
            help.append(help.length() > 0 ? ": " : "").append(text);
        }
        return help.length() == 0 ? "No citation." : help.toString();
    }

    private ObjectNode artifact(PlanIdentity plan) {
        ObjectNode artifact = MAPPER.createObjectNode();
        if (plan.source() != null) {
            artifact.putObject("location").put("uri", uri(plan.source()));
        }
        artifact.putObject("description").put("text", label(plan));
        artifact.put("mimeType", "application/json");
        artifact.putArray("roles").add("analysisTarget");
        ObjectNode properties = artifact.putObject("properties");
        put(properties, "unit", plan.unit());
        put(properties, "province", plan.province());
        put(properties, "documentNumber", plan.documentNumber());
        put(properties, "documentDate", plan.documentDate() == null ? null : plan.documentDate().toString());
        return artifact;
    }

    private ObjectNode result(Report report, Finding finding, int ruleIndex, int artifactIndex) {
        ObjectNode result = MAPPER.createObjectNode();
        result.put("ruleId", finding.ruleId());
        result.put("ruleIndex", ruleIndex);
        result.put("level", finding.severity().sarifLevel());
        result.putObject("message").put("text", vietnamese ? finding.message().vi() : finding.message().en());

        String source = report.plan().source();
        if (source != null || finding.pointer() != null) {
            ObjectNode location = result.putArray("locations").addObject();
            if (source != null) {
                ObjectNode physical = location.putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", uri(source)).put("index", artifactIndex);
                Region region = locator == null ? null : locator.locate(source, finding.pointer());
                if (region != null) {
                    ObjectNode r = physical.putObject("region").put("startLine", region.startLine());
                    if (region.startColumn() > 0) {
                        r.put("startColumn", region.startColumn());
                    }
                }
            }
            if (finding.pointer() != null) {
                ObjectNode logical = location.putArray("logicalLocations").addObject();
                String name = lastToken(finding.pointer());
                if (!name.isEmpty()) {
                    logical.put("name", name);
                }
                logical.put("fullyQualifiedName", finding.pointer());
                logical.put("kind", "member");
            }
        }

        ObjectNode properties = result.putObject("properties");
        properties.put("severity", finding.severity().name());
        put(properties, "expected", finding.expected().en());
        put(properties, "found", finding.found().en());
        put(properties, "expectedVi", finding.expected().vi());
        put(properties, "foundVi", finding.found().vi());
        put(properties, "quote", finding.quote());
        ObjectNode citation = properties.putObject("citation");
        put(citation, "document", finding.citation().document());
        put(citation, "clause", finding.citation().clause());
        put(citation, "text", finding.citation().text());
        properties.put(vietnamese ? "messageEn" : "messageVi", vietnamese ? finding.message().en() : finding.message().vi());
        properties.put("pack", report.pack());
        put(properties, "plan", label(report.plan()));
        if (finding.isWaived()) {
            // SARIF's own word for a result a reviewer has accepted: viewers show it as suppressed.
            ObjectNode suppression = result.putArray("suppressions").addObject();
            suppression.put("kind", "external");
            suppression.put("status", "accepted");
            suppression.put("justification", "Waived by " + finding.waiver().approvedBy() + " until "
                    + finding.waiver().expires());
        }
        return result;
    }

    private ObjectNode notification(Notice notice) {
        ObjectNode notification = MAPPER.createObjectNode();
        notification.put("level", "error");
        notification.putObject("message").put("text", notice.message());
        if (notice.source() != null) {
            ObjectNode physical = notification.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(notice.source()));
            if (notice.line() > 0) {
                ObjectNode region = physical.putObject("region").put("startLine", notice.line());
                if (notice.column() > 0) {
                    region.put("startColumn", notice.column());
                }
            }
        }
        return notification;
    }

    private static String label(PlanIdentity plan) {
        StringBuilder label = new StringBuilder(plan.unit() == null ? "plan" : plan.unit());
        if (plan.province() != null) {
            label.append(" (").append(plan.province()).append(')');
        }
        if (plan.documentNumber() != null) {
            label.append(' ').append(plan.documentNumber());
        }
        return label.toString();
    }

    private static String lastToken(String pointer) {
        String token = pointer.substring(pointer.lastIndexOf('/') + 1);
        return token.replace("~1", "/").replace("~0", "~");
    }

    /**
     * A file name as a URI reference: a relative path stays relative (with '/' separators), an absolute one becomes a
     * file: URI; anything outside the unreserved characters and '/' is percent-encoded as UTF-8.
     */
    static String uri(String source) {
        String path = source.replace('\\', '/');
        boolean windowsDrive = path.length() >= 3 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
                && path.charAt(2) == '/';
        if (windowsDrive) {
            return "file:///" + path.substring(0, 2) + encode(path.substring(2));
        }
        if (path.startsWith("/")) {
            return "file://" + encode(path);
        }
        return encode(path);
    }

    private static String encode(String path) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static String checkUri(String uri) {
        if (uri == null) {
            return null;
        }
        try {
            if (!new URI(uri).isAbsolute()) {
                throw new IllegalArgumentException("informationUri must be an absolute URI (was " + uri + ")");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("informationUri is not a URI: " + uri, e);
        }
        return uri;
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
