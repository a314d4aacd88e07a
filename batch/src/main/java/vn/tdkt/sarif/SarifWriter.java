package vn.tdkt.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import vn.tdkt.engine.PackInfo;
import vn.tdkt.finding.RuleDescription;
import vn.tdkt.finding.Citation;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.PlanIdentity;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.RuleIds;
import vn.tdkt.finding.Severity;
import vn.tdkt.json.PlanFormatException;
import vn.tdkt.json.ReportJson;
import vn.tdkt.sarif.SarifLog.Artifact;
import vn.tdkt.sarif.SarifLog.ArtifactLocation;
import vn.tdkt.sarif.SarifLog.ArtifactProperties;
import vn.tdkt.sarif.SarifLog.Invocation;
import vn.tdkt.sarif.SarifLog.Location;
import vn.tdkt.sarif.SarifLog.LogicalLocation;
import vn.tdkt.sarif.SarifLog.Message;
import vn.tdkt.sarif.SarifLog.Notification;
import vn.tdkt.sarif.SarifLog.PackProperties;
import vn.tdkt.sarif.SarifLog.PhysicalLocation;
import vn.tdkt.sarif.SarifLog.PlanReport;
import vn.tdkt.sarif.SarifLog.ReportingConfiguration;
import vn.tdkt.sarif.SarifLog.ReportingDescriptor;
import vn.tdkt.sarif.SarifLog.Result;
import vn.tdkt.sarif.SarifLog.ResultProperties;
import vn.tdkt.sarif.SarifLog.RuleProperties;
import vn.tdkt.sarif.SarifLog.Run;
import vn.tdkt.sarif.SarifLog.RunProperties;
import vn.tdkt.sarif.SarifLog.Suppression;
import vn.tdkt.sarif.SarifLog.Tool;
import vn.tdkt.sarif.SarifLog.ToolComponent;

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
 * <p>The log holds no {@code null}: an unknown value is left out. The log is built as an object model (the records of
 * {@code SarifLog}) and written by Jackson, indented as {@link ReportJson#generator} does. The writer reads pack
 * metadata from {@link PackInfo}s and needs no rule engine:
 *
 * <pre>{@code
 * SarifWriter sarif = new SarifWriter("0.1.0", null, List.of(engine.pack()));
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

    /** Writes the model: a null component is an absent property. */
    private static final ObjectWriter JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build()
            .writerFor(SarifLog.class);
    private static final String FULL_NAME = "tdkt: exemplar-conference plan checker";

    private final String toolVersion;
    private final String informationUri;
    private final List<PackInfo> packs;
    private final Locator locator;
    /** Whether a viewer's texts (a result's message, a rule's short description) are the Vietnamese ones. */
    private final boolean vietnamese;

    /**
     * @param toolVersion    the version of the tool writing the log; may be null
     * @param informationUri an absolute URI where users learn about the tool; may be null
     * @param packs          the packs the reports were made with: their rules become the driver's rules
     */
    public SarifWriter(String toolVersion, String informationUri, Collection<PackInfo> packs) {
        this(toolVersion, checkUri(informationUri), List.copyOf(packs), null, false);
    }

    private SarifWriter(String toolVersion, String informationUri, List<PackInfo> packs, Locator locator,
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

    /** The log of these reports, as text. */
    public String write(List<Report> reports) {
        StringWriter out = new StringWriter();
        write(reports, List.of(), out);
        return out.toString();
    }

    /** Writes the log of these reports; flushes, but does not close, the writer. */
    public void write(List<Report> reports, Writer out) {
        write(reports, List.of(), out);
    }

    /** Writes the log; flushes, but does not close, the writer. */
    public void write(List<Report> reports, List<Notice> notices, Writer out) {
        Objects.requireNonNull(out, "out");
        SarifLog log = log(reports, notices);
        try (JsonGenerator json = ReportJson.generator(out)) {
            JSON.writeValue(json, log);
            json.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the SARIF log: " + e.getMessage(), e);
        }
    }

    /** The log as its object model. */
    SarifLog log(List<Report> reports, List<Notice> notices) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(notices, "notices");
        List<ReportingDescriptor> rules = rules(reports);
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        Tool tool = new Tool(new ToolComponent(TOOL_NAME, FULL_NAME, toolVersion, informationUri, rules));
        Invocation invocation = new Invocation(notices.isEmpty(),
                notices.isEmpty() ? null : notices.stream().map(SarifWriter::notification).toList());

        // One artifact per plan file; the reports made on the same file are listed together under it.
        List<Artifact> artifacts = new ArrayList<>();
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
            artifacts.get(index).properties().reports()
                    .add(new PlanReport(report.pack(), report.packVersion(), report.verdict().name()));
            reportArtifact.add(index);
        }

        List<Result> results = new ArrayList<>();
        for (int r = 0; r < reports.size(); r++) {
            Report report = reports.get(r);
            for (Finding finding : report.findings()) {
                results.add(result(report, finding, ruleIndex.get(finding.ruleId()), reportArtifact.get(r)));
            }
        }

        RunProperties properties = new RunProperties(packs.stream().map(pack -> new PackProperties(pack.id(),
                pack.version(), pack.jurisdiction(), pack.guidance().citation())).toList());
        Run run = new Run(tool, List.of(invocation), artifacts, results, properties);
        return new SarifLog(SCHEMA, VERSION, List.of(run));
    }

    /** One descriptor per rule id, in rule id order: the packs' rules, then any a finding names that no pack describes. */
    private List<ReportingDescriptor> rules(List<Report> reports) {
        Map<String, Severity> worst = new HashMap<>();
        Map<String, Finding> undescribed = new LinkedHashMap<>();
        Map<String, ReportingDescriptor> rules = new LinkedHashMap<>();
        for (Report report : reports) {
            for (Finding finding : report.findings()) {
                worst.merge(finding.ruleId(), finding.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                undescribed.putIfAbsent(finding.ruleId(), finding);
            }
        }
        for (PackInfo pack : packs) {
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

    private static ReportingDescriptor descriptor(RuleDescription rule, String document, Severity worst,
                                                  boolean vietnamese) {
        LocalizedText title = rule.title();
        return new ReportingDescriptor(rule.id(), name(rule.id(), title == null ? null : title.en()),
                title == null ? null : new Message(vietnamese ? title.vi() : title.en()),
                Message.of(rule.text()),
                new Message(help(document, rule.clause(), rule.text())),
                new ReportingConfiguration(level(worst)),
                new RuleProperties(rule.clause(), document,
                        title == null || vietnamese ? null : title.vi(),
                        title == null || !vietnamese ? null : title.en()));
    }

    private static ReportingDescriptor descriptor(Finding finding, Severity worst) {
        Citation citation = finding.citation();
        return new ReportingDescriptor(finding.ruleId(), name(finding.ruleId(), null), null,
                Message.of(citation.text()),
                new Message(help(citation.document(), citation.clause(), citation.text())),
                new ReportingConfiguration(level(worst)),
                new RuleProperties(citation.clause(), citation.document(), null, null));
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

    /** A plan file's artifact, its list of reports still empty. */
    private static Artifact artifact(PlanIdentity plan) {
        return new Artifact(plan.source() == null ? null : new ArtifactLocation(uri(plan.source()), null),
                new Message(label(plan)), "application/json", List.of("analysisTarget"),
                new ArtifactProperties(plan.unit(), plan.province(), plan.documentNumber(),
                        plan.documentDate() == null ? null : plan.documentDate().toString(), new ArrayList<>()));
    }

    private Result result(Report report, Finding finding, int ruleIndex, int artifactIndex) {
        String source = report.plan().source();
        String pointer = finding.pointer();
        List<Location> locations = null;
        if (source != null || pointer != null) {
            PhysicalLocation physical = null;
            if (source != null) {
                Region region = locator == null ? null : locator.locate(source, pointer);
                physical = new PhysicalLocation(new ArtifactLocation(uri(source), artifactIndex),
                        region == null ? null : region(region.startLine(), region.startColumn()));
            }
            List<LogicalLocation> logical = null;
            if (pointer != null) {
                String name = lastToken(pointer);
                logical = List.of(new LogicalLocation(name.isEmpty() ? null : name, pointer, "member"));
            }
            locations = List.of(new Location(physical, logical));
        }
        LocalizedText message = finding.message();
        ResultProperties properties = new ResultProperties(finding.severity().name(),
                en(finding.expected()), en(finding.found()), vi(finding.expected()), vi(finding.found()),
                finding.quote(), finding.citation(), vietnamese ? null : message.vi(), vietnamese ? message.en() : null,
                report.pack(), label(report.plan()));
        // SARIF's own word for a result a reviewer has accepted: viewers show it as suppressed.
        List<Suppression> suppressions = !finding.isWaived() ? null : List.of(new Suppression("external", "accepted",
                "Waived by " + finding.waiver().approvedBy() + " until " + finding.waiver().expires()));
        return new Result(finding.ruleId(), ruleIndex, finding.severity().sarifLevel(),
                new Message(vietnamese ? message.vi() : message.en()), locations, properties, suppressions);
    }

    private static Notification notification(Notice notice) {
        List<Location> locations = null;
        if (notice.source() != null) {
            locations = List.of(new Location(new PhysicalLocation(new ArtifactLocation(uri(notice.source()), null),
                    notice.line() > 0 ? region(notice.line(), notice.column()) : null), null));
        }
        return new Notification("error", new Message(notice.message()), locations);
    }

    /** A region of the log: the column only when known (1 or more). */
    private static SarifLog.Region region(int line, int column) {
        return new SarifLog.Region(line, column > 0 ? column : null);
    }

    private static String en(LocalizedText text) {
        return text == null ? null : text.en();
    }

    private static String vi(LocalizedText text) {
        return text == null ? null : text.vi();
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
}
