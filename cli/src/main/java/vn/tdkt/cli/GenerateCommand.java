package vn.tdkt.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.tdkt.batch.GeneratedPlan;
import vn.tdkt.batch.Mistake;
import vn.tdkt.batch.PlanGenerator;
import vn.tdkt.batch.Province;

/** {@code tdkt generate}: writes realistic, seeded plans for the communes of a province or of the whole country. */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        versionProvider = Tdkt.Version.class,
        sortOptions = false,
        description = {
                "Writes realistic plans for the commune-level units of Vietnam: 3,321 in 34 provinces and cities "
                        + "(114 in Hải Phòng, 65 in Lạng Sơn), each compliant with its province's guidance and then "
                        + "given plausible mistakes (late or full-day conferences, caps exceeded, programme items "
                        + "missing, deadlines out of order, ...). The same seed writes the same plans.",
                "The names are made up; the plans are test data, not real documents. Each plan follows the pack "
                        + "that checks its province (see `tdkt packs`): the province's own pack, else the national "
                        + "baseline; its dates, cap, share, programme and name come from the pack's parameters."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tdkt generate --output country.ndjson",
                "  tdkt generate --province \"Hải Phòng\" --format files --output plans/",
                "  tdkt generate --province hai-phong --count 100000 --output big.ndjson"})
final class GenerateCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { ndjson, files }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Tdkt tdkt;

    @Option(names = {"-s", "--seed"}, paramLabel = "N", defaultValue = "2025",
            description = "The seed: the same seed writes the same plans. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--province", paramLabel = "NAME",
            description = "Only this province's units (repeatable): \"Hải Phòng\", \"hai phong\" or \"hai-phong\". "
                    + "Default: the whole country.")
    List<String> provinces;

    @Option(names = {"-n", "--count"}, paramLabel = "N",
            description = "How many plans. Default: one per unit. More than the units starts another round of plans "
                    + "for the same units (with other dates and mistakes), for benchmarks.")
    Long count;

    @Option(names = "--mistakes", paramLabel = "SCALE", defaultValue = "1",
            description = "Multiplies the rate of every mistake: 0 writes compliant plans only. Default: ${DEFAULT-VALUE}.")
    double mistakes;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "ndjson",
            description = "ndjson: one plan per line in one file; files: one JSON file per plan, "
                    + "<province>/<nnn>-<unit>.json under the output directory. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR", required = true,
            description = "The NDJSON file ('-' for stdout), or the directory for --format files.")
    String output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Province> chosen = new ArrayList<>();
        try {
            if (provinces == null || provinces.isEmpty()) {
                chosen.addAll(PlanGenerator.provinces());
            } else {
                for (String name : provinces) {
                    chosen.add(PlanGenerator.findProvince(name));
                }
            }
            if (mistakes < 0 || Double.isNaN(mistakes)) {
                throw new IllegalArgumentException("--mistakes must be 0 or more (was " + mistakes + ")");
            }
            if (count != null && count < 0) {
                throw new IllegalArgumentException("--count must not be negative (was " + count + ")");
            }
            if (format == Format.files && "-".equals(output)) {
                throw new IllegalArgumentException("--format files writes to a directory, not to stdout");
            }
        } catch (IllegalArgumentException e) {
            err.println("tdkt: " + e.getMessage());
            err.println("Try 'tdkt generate --help' for more information.");
            return Tdkt.BAD_INPUT;
        }
        long n = count != null ? count : chosen.stream().mapToLong(Province::units).sum();
        PlanGenerator generator = new PlanGenerator(seed).mistakeScale(mistakes);
        Map<Mistake, Long> made = new EnumMap<>(Mistake.class);
        long[] compliant = {0};
        Stream<GeneratedPlan> plans = generator.plans(chosen, n).peek(p -> {
            p.mistakes().forEach(m -> made.merge(m, 1L, Long::sum));
            if (p.mistakes().isEmpty()) {
                compliant[0]++;
            }
        });
        long written;
        try {
            if (format == Format.files) {
                written = PlanGenerator.writeFiles(plans, Path.of(output));
            } else if ("-".equals(output)) {
                Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
                written = PlanGenerator.writeNdjson(plans, out);
            } else {
                Path file = Path.of(output);
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    written = PlanGenerator.writeNdjson(plans, out);
                }
            }
        } catch (IOException e) {
            err.println("tdkt: cannot write " + output + ": " + e.getMessage());
            return Tdkt.BAD_INPUT;
        }
        err.printf(Locale.ROOT, "tdkt: wrote %,d plans of %s to %s (seed %d)%n", written,
                chosen.size() == 1 ? chosen.get(0).name() : chosen.size() + " provinces",
                "-".equals(output) ? "stdout" : output, seed);
        List<String> counts = new ArrayList<>();
        made.forEach((m, k) -> counts.add(String.format(Locale.ROOT, "%s %,d", m.en(), k)));
        err.printf(Locale.ROOT, "tdkt: %,d plans without mistakes; mistakes made: %s%n", compliant[0],
                counts.isEmpty() ? "none" : String.join(", ", counts));
        err.flush();
        return Tdkt.OK;
    }
}
