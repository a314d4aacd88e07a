package vn.tdkt.importer.guidance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.tdkt.importer.DocumentParagraphs;
import vn.tdkt.finding.GuidanceDocument;
import vn.tdkt.pack.PackDescriptor;
import vn.tdkt.pack.ParameterDefinition;
import vn.tdkt.pack.ParameterValue;
import vn.tdkt.pack.Tightening;

/**
 * Drafts a pack folder from a province's guidance document: {@code pack.yaml} with every parameter read (its clause,
 * words and line) and the shared checks bound whose parameters were read, numbered like Hải Phòng's rules; a
 * {@code README.md} of what was read and what was not; and a {@code cases/} starter. A value that relaxes the
 * national baseline is left out of the pack and flagged with both citations. Nothing is guessed: a parameter no line
 * states is absent and listed as not found.
 */
public final class GuidanceDrafter {
    /** The parameters a draft may hold, in the order of the pack. */
    static final List<String> PARAMETERS = List.of("guidance.number", "guidance.province", "report.recipient",
            "deadline.reading", "conference.form", "conference.deadline", "conference.sessions", "delegates.max",
            "delegates.exemplarPercent", "delegates.tolerance", "delegates.farOffFactor", "delegates.priorityGroups",
            "delegates.fieldShareMax", "programme.items", "programme.optional", "activities.recommended",
            "evaluation.from", "evaluation.to", "report.parts", "conference.name", "term.from", "term.to",
            "plan.deadline", "results.deadline", "results.contents");

    /** The parameters a text does not quantify: taken from the baseline when the clause they qualify is read. */
    static final Map<String, String> FROM_BASELINE = Map.of(
            "delegates.tolerance", "delegates.exemplarPercent",
            "delegates.farOffFactor", "delegates.exemplarPercent",
            "delegates.fieldShareMax", "@delegates.balance");

    /** A rule of the catalogue: its number (as Hải Phòng's HP-nn), its checks, and the parameters each check reads. */
    record RuleSpec(String number, List<String> checks, Map<String, List<String>> reads, String clauseFrom) {
    }

    static final List<RuleSpec> RULES = List.of(
            rule("01", "conference.form", "conference.form", List.of("conference.form")),
            rule("02", "conference.sessions", "conference.sessions", List.of("conference.sessions")),
            rule("03", "conference.deadline", "conference.deadline", List.of("conference.deadline", "deadline.reading")),
            rule("04", "delegates.max", "delegates.cap", List.of("delegates.max")),
            rule("05", "delegates.exemplarPercent", "delegates.composition",
                    List.of("delegates.exemplarPercent", "delegates.tolerance", "delegates.farOffFactor")),
            rule("06", "delegates.priorityGroups", "delegates.priority-groups", List.of("delegates.priorityGroups")),
            rule("07", "@delegates.vetting", "delegates.vetting", List.of()),
            rule("08", "@delegates.balance", "delegates.balance", List.of("delegates.fieldShareMax")),
            new RuleSpec("09", List.of("programme.items", "programme.launch-period"), Map.of(
                    "programme.items", List.of("programme.items", "programme.optional"),
                    "programme.launch-period", List.of("term.from", "term.to")), "programme.items"),
            rule("10", "programme.items", "programme.order", List.of("programme.items")),
            rule("11", "activities.recommended", "activities.recommended", List.of("activities.recommended")),
            rule("12", "@scope.pre-merger", "scope.pre-merger", List.of()),
            rule("13", "evaluation.from", "evaluation.period", List.of("evaluation.from", "evaluation.to")),
            rule("14", "report.parts", "report.outline", List.of("report.parts")),
            rule("15", "@presentations.fields", "presentations.fields", List.of("programme.items")),
            rule("16", "conference.name", "conference.name", List.of("conference.name", "term.from", "term.to")),
            new RuleSpec("17", List.of("plan.deadline", "plan.recipient"), Map.of(
                    "plan.deadline", List.of("plan.deadline", "deadline.reading"),
                    "plan.recipient", List.of("report.recipient")), "plan.deadline"),
            new RuleSpec("18", List.of("results.deadline", "results.recipient"), Map.of(
                    "results.deadline", List.of("results.deadline", "deadline.reading"),
                    "results.recipient", List.of("report.recipient")), "results.deadline"),
            rule("19", "results.contents", "results.contents", List.of("results.contents")),
            rule("20", "@manner.solemn", "manner.solemn", List.of()));

    private static RuleSpec rule(String number, String clauseFrom, String check, List<String> reads) {
        return new RuleSpec(number, List.of(check), Map.of(check, reads), clauseFrom);
    }

    /**
     * A value left out because it relaxes the baseline: the guidance's citation and the baseline's.
     *
     * @param fact     the value the guidance states, with its clause and line
     * @param reason   how it relaxes the baseline ("the parent allows at most 150")
     * @param baseline the baseline's value it relaxes, with the baseline's clause
     */
    public record Loosening(Fact fact, String reason, ParameterValue baseline) {
    }

    /**
     * A bound rule of the draft.
     *
     * @param id     the rule's id: the pack's prefix and the rule's number ("QN-04")
     * @param checks the shared checks the rule binds, those whose parameters the draft has
     * @param clause the clause of the guidance the rule enforces
     * @param text   the clause's words, quoted in findings
     * @param line   the document line the clause came from, for the reader of the draft to verify
     */
    public record BoundRule(String id, List<String> checks, String clause, String text, String line) {
    }

    /**
     * The draft of a pack.
     *
     * @param id        the pack's id
     * @param from      the day the values hold from
     * @param reading   what the document states
     * @param kept      the parameters written to pack.yaml
     * @param loosened  the values left out because they relax the baseline
     * @param notFound  the parameters no line states
     * @param rules     the rules bound
     * @param unbound   the checks not bound, with why
     * @param files     the files of the folder, by relative path
     */
    public record Draft(String id, LocalDate from, GuidanceReading reading, Map<String, Fact> kept,
                        List<Loosening> loosened, List<String> notFound, List<BoundRule> rules,
                        Map<String, String> unbound, Map<String, String> files) {
        /** Writes the folder's files under {@code directory} (created when missing). */
        public void writeTo(Path directory) throws IOException {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = directory.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * Options of a draft.
     *
     * @param id       the pack's id, lower-case words joined by '-' ("quang-ninh")
     * @param prefix   the prefix of the pack's rule ids ("QN"); null to make it from the id
     * @param date     the day the values hold from, when the document's own day is blank or wrong; null to take the
     *                 document's
     * @param baseline the pack the draft may tighten and never relax, whose values fill what the text leaves
     *                 unquantified; null for none
     */
    public record Options(String id, String prefix, LocalDate date, PackDescriptor baseline) {
        /** Checks the id (lower-case words joined by '-'); a missing prefix is made from it. */
        public Options {
            if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("the pack id must be lower case words joined by '-' (quang-ninh): " + id);
            }
            if (prefix == null || prefix.isBlank()) {
                prefix = defaultPrefix(id);
            }
        }
    }

    private GuidanceDrafter() {}

    /** "QN" for quang-ninh, "HP" for hai-phong, "LS" for lang-son; "DN" for da-nang. */
    public static String defaultPrefix(String id) {
        StringBuilder prefix = new StringBuilder();
        for (String word : id.split("-")) {
            if (!word.isEmpty()) {
                prefix.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return prefix.length() >= 2 ? prefix.toString() : id.substring(0, Math.min(2, id.length())).toUpperCase(Locale.ROOT);
    }

    /** Drafts the pack of a guidance document (.txt, .docx or .pdf). */
    public static Draft draft(Path document, Options options) {
        return draft(GuidanceReader.read(DocumentParagraphs.read(document)), document.getFileName().toString(), options);
    }

    /** Drafts the pack of what a guidance document states. */
    public static Draft draft(GuidanceReading reading, String source, Options options) {
        LocalDate from = reading.date() != null ? reading.date()
                : options.date() != null ? options.date() : reading.month();
        if (from == null) {
            throw new IllegalArgumentException(source + ": the document gives no day of signing and no month; "
                    + "give the day with --date");
        }
        if (options.date() != null) {
            from = options.date();
        }
        Map<String, Fact> facts = new LinkedHashMap<>(reading.facts());
        // The parameters the text does not quantify: the baseline's, where the clause they qualify was read.
        Map<String, Fact> fromBaseline = new LinkedHashMap<>();
        if (options.baseline() != null) {
            var baseline = options.baseline().parametersOn(from);
            for (String name : PARAMETERS) {
                String qualified = FROM_BASELINE.get(name);
                if (qualified == null || baseline.value(name) == null) {
                    continue;
                }
                Fact clause = qualified.startsWith("@") ? reading.presences().get(qualified.substring(1))
                        : facts.get(qualified);
                if (clause != null) {
                    ParameterValue v = baseline.value(name);
                    Fact f = new Fact(name, v.value() instanceof Number n ? (Object) n.intValue() : text(v.value()),
                            clause.clause(), clause.text(), clause.line());
                    facts.put(name, f);
                    fromBaseline.put(name, f);
                }
            }
        }
        // Values that relax the baseline are left out, with both citations.
        List<Loosening> loosened = new ArrayList<>();
        if (options.baseline() != null) {
            for (Tightening.Relaxation r : Tightening.check(descriptor(options, reading, from, facts))) {
                Fact f = facts.remove(r.parameter());
                if (f != null) {
                    loosened.add(new Loosening(f, r.reason(), r.parentValue()));
                }
            }
        }
        Map<String, Fact> kept = new LinkedHashMap<>();
        for (String name : PARAMETERS) {
            if (facts.containsKey(name)) {
                kept.put(name, facts.get(name));
            }
        }
        List<String> notFound = new ArrayList<>();
        Set<String> loosenedNames = new LinkedHashSet<>();
        loosened.forEach(l -> loosenedNames.add(l.fact().parameter()));
        for (String name : PARAMETERS) {
            if (!reading.facts().containsKey(name) && !fromBaseline.containsKey(name) && !FROM_BASELINE.containsKey(name)) {
                notFound.add(name);
            }
        }
        // The rules whose checks' parameters are all in the pack.
        List<BoundRule> rules = new ArrayList<>();
        Map<String, String> unbound = new LinkedHashMap<>();
        for (RuleSpec spec : RULES) {
            Fact citation = spec.clauseFrom().startsWith("@") ? reading.presences().get(spec.clauseFrom().substring(1))
                    : kept.get(spec.clauseFrom());
            List<String> checks = new ArrayList<>();
            for (String check : spec.checks()) {
                List<String> missing = spec.reads().get(check).stream().filter(p -> !kept.containsKey(p)).toList();
                if (citation == null) {
                    unbound.put(check, spec.clauseFrom().startsWith("@") ? "no clause of the document states it"
                            : loosenedNames.contains(spec.clauseFrom()) ? spec.clauseFrom() + " relaxes the baseline"
                            : spec.clauseFrom() + " not found");
                } else if (!missing.isEmpty()) {
                    unbound.put(check, "reads " + String.join(", ", missing) + ", not in the draft");
                } else {
                    checks.add(check);
                }
            }
            if (!checks.isEmpty()) {
                String text = citation.text();
                if (spec.checks().contains("plan.deadline") || spec.checks().contains("results.deadline")) {
                    text = citation.text();
                }
                rules.add(new BoundRule(options.prefix() + "-" + spec.number(), checks, citation.clause(), text,
                        citation.line()));
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        Draft draft = new Draft(options.id(), from, reading, kept, loosened, notFound, rules, unbound, files);
        files.put("pack.yaml", PackYaml.write(draft, options, source, fromBaseline.keySet()));
        files.put("README.md", PackReadme.write(draft, options, source, fromBaseline.keySet()));
        files.putAll(StarterCases.write(draft, options));
        return draft;
    }

    /** A baseline's value as one text: a list, which is no single text, as empty. */
    private static String text(Object value) {
        return value instanceof List<?> ? "" : String.valueOf(value);
    }

    /** The draft as a descriptor with the baseline as its parent, to find what relaxes it. */
    private static PackDescriptor descriptor(Options options, GuidanceReading reading, LocalDate from,
                                             Map<String, Fact> facts) {
        Map<String, ParameterDefinition> parameters = new LinkedHashMap<>();
        facts.forEach((name, f) -> parameters.put(name, new ParameterDefinition(name, null,
                List.of(new ParameterValue(from, f.value(), f.clause(), f.text())), null)));
        GuidanceDocument guidance = new GuidanceDocument(reading.issuer() == null ? "?" : reading.issuer(),
                reading.number() == null ? "?" : reading.number(), from, reading.title(), "draft");
        return new PackDescriptor(options.id(), "draft", null, List.of(), guidance, parameters, Map.of(), false,
                null, null, options.id(), options.baseline());
    }

    static String vnDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("dd/M/yyyy"));
    }
}
