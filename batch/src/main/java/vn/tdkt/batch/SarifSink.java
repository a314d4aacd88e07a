package vn.tdkt.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tdkt.engine.PackInfo;
import vn.tdkt.finding.Report;
import vn.tdkt.sarif.SarifWriter;

/**
 * Writes one SARIF 2.1.0 log of the batch with {@link SarifWriter}, when the batch finishes: every report's findings as
 * results, every rejection as a tool execution notification naming the input, line and column. The log is one JSON
 * document whose rules depend on all findings, so this sink keeps the reports until the end: use it for a province
 * (hundreds of plans), and the NDJSON and CSV outputs for the whole country or more. The file is written to a
 * temporary file and moved into place: it is complete or absent, never half written.
 */
public final class SarifSink implements BatchSink {
    private final Path file;
    private final String toolVersion;
    private final String informationUri;
    private final PackLookup packs;
    private final List<Report> reports = new ArrayList<>();
    private final List<SarifWriter.Notice> notices = new ArrayList<>();
    private final Map<String, PackInfo> used = new LinkedHashMap<>();

    /**
     * @param file           the SARIF file
     * @param toolVersion    the version of the tool writing the log; may be null
     * @param informationUri an absolute URI about the tool; may be null
     * @param packs          where the rules of the packs named by the reports are described
     */
    public SarifSink(Path file, String toolVersion, String informationUri, PackLookup packs) {
        this.file = Objects.requireNonNull(file, "file");
        this.toolVersion = toolVersion;
        this.informationUri = informationUri;
        this.packs = Objects.requireNonNull(packs, "packs");
    }

    @Override
    public void accept(BatchResult result) {
        if (result instanceof BatchResult.Evaluated e) {
            reports.add(e.report());
            String pack = e.report().pack();
            if (!used.containsKey(pack)) {
                used.put(pack, packs.descriptor(pack));
            }
        } else {
            Rejection r = ((BatchResult.Rejected) result).rejection();
            notices.add(new SarifWriter.Notice(r.source(), (int) Math.min(Integer.MAX_VALUE, r.line()), r.column(),
                    r.describe()));
        }
    }

    @Override
    public void finish(BatchSummary summary) throws IOException {
        List<PackInfo> descriptors = used.values().stream().filter(Objects::nonNull).toList();
        SarifWriter writer = new SarifWriter(toolVersion, informationUri, descriptors);
        OutputFiles.writeAtomically(file, out -> writer.write(reports, notices, out));
    }
}
