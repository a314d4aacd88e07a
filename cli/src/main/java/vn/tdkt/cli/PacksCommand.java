package vn.tdkt.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.finding.GuidanceDocument;
import vn.tdkt.engine.PackException;
import vn.tdkt.engine.PackInfo;

/** {@code tdkt packs}: the rule packs on the class path, with the guidance each encodes. */
@Command(name = "packs",
        mixinStandardHelpOptions = true,
        versionProvider = Tdkt.Version.class,
        description = "Lists the rule packs: id, version, jurisdiction, the guidance document and the number of rules.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the packs were listed",
                "2:bad usage, or the packs cannot be read",
                "3:internal error (run with --verbose for the stack trace)"})
final class PacksCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Tdkt tdkt;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format;

    @picocli.CommandLine.Mixin
    PacksDirOption packsDir;

    @Override
    public Integer call() {
        Tdkt.configureLogging(tdkt.verbose);
        PrintWriter out = spec.commandLine().getOut();
        CheckCommand.Errors errors = new CheckCommand.Errors(spec.commandLine().getErr(), tdkt.verbose);
        List<PackInfo> packs;
        try {
            packs = packsDir.packs().list();
        } catch (PackException e) {
            errors.report("cannot read the rule packs: " + e.getMessage(), e, false);
            return Tdkt.BAD_INPUT;
        } catch (RuntimeException e) {
            errors.report("internal error: " + e, e, true);
            return Tdkt.INTERNAL_ERROR;
        }
        try {
            if (format == Format.json) {
                json(packs, out);
            } else {
                text(packs, out);
            }
        } catch (IOException e) {
            errors.report("cannot write the list of packs: " + e.getMessage(), e, false);
            return Tdkt.BAD_INPUT;
        }
        out.flush();
        return Tdkt.OK;
    }

    /**
     * <pre>
     * ID         VERSION   JURISDICTION         RULES
     * hai-phong  2025.8.0  Thành phố Hải Phòng     20
     *            3194/QĐ-UBND of 2025-08-08, Ủy ban nhân dân thành phố Hải Phòng
     *            Kế hoạch tổ chức Hội nghị điển hình tiên tiến cấp xã, ...
     * </pre>
     */
    private static void text(List<PackInfo> packs, PrintWriter out) {
        if (packs.isEmpty()) {
            out.println("No rule packs on the class path.");
            return;
        }
        String[] heading = {"ID", "VERSION", "JURISDICTION", "RULES"};
        List<String[]> rows = new ArrayList<>();
        for (PackInfo pack : packs) {
            rows.add(new String[] {pack.id(), nonNull(pack.version()), nonNull(pack.jurisdiction()),
                    Integer.toString(pack.ruleCount())});
        }
        int[] widths = new int[heading.length];
        for (int c = 0; c < heading.length; c++) {
            widths[c] = TextReport.length(heading[c]);
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], TextReport.length(row[c]));
            }
        }
        out.println(line(heading, widths));
        String indent = " ".repeat(widths[0] + 2);
        for (int i = 0; i < packs.size(); i++) {
            out.println(line(rows.get(i), widths));
            GuidanceDocument guidance = packs.get(i).guidance();
            if (guidance != null) {
                StringBuilder document = new StringBuilder(nonNull(guidance.number()));
                if (guidance.date() != null) {
                    document.append(" of ").append(guidance.date());
                }
                if (guidance.issuer() != null) {
                    document.append(", ").append(guidance.issuer());
                }
                out.println(indent + document);
                if (guidance.title() != null) {
                    for (String wrapped : TextReport.wrap(guidance.title(), Math.max(40, 100 - indent.length()))) {
                        out.println(indent + wrapped);
                    }
                }
            }
        }
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                line.append("  ");
            }
            boolean number = c == cells.length - 1;
            String cell = cells[c];
            if (number) {
                line.append(" ".repeat(Math.max(0, widths[c] - TextReport.length(cell)))).append(cell);
            } else {
                line.append(TextReport.pad(cell, widths[c]));
            }
        }
        return line.toString().stripTrailing();
    }

    /** {"packs": [{id, version, jurisdiction, provinces, guidance {issuer, number, date, title, citation}, ruleCount}]} */
    private static void json(List<PackInfo> packs, PrintWriter out) throws IOException {
        JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
            json.writeStartObject();
            json.writeArrayFieldStart("packs");
            for (PackInfo pack : packs) {
                json.writeStartObject();
                json.writeStringField("id", pack.id());
                json.writeStringField("version", pack.version());
                json.writeStringField("jurisdiction", pack.jurisdiction());
                json.writeArrayFieldStart("provinces");
                for (String province : pack.provinces()) {
                    json.writeString(province);
                }
                json.writeEndArray();
                GuidanceDocument guidance = pack.guidance();
                if (guidance == null) {
                    json.writeNullField("guidance");
                } else {
                    json.writeObjectFieldStart("guidance");
                    json.writeStringField("issuer", guidance.issuer());
                    json.writeStringField("number", guidance.number());
                    json.writeStringField("date", guidance.date() == null ? null : guidance.date().toString());
                    json.writeStringField("title", guidance.title());
                    json.writeStringField("citation", guidance.citation());
                    json.writeEndObject();
                }
                json.writeNumberField("ruleCount", pack.ruleCount());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.println();
    }

    private static String nonNull(String text) {
        return text == null ? "-" : text;
    }
}
