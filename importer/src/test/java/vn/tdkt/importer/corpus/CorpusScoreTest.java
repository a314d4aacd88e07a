package vn.tdkt.importer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.importer.PlanImporter;
import vn.tdkt.importer.corpus.Facts.Fact;
import vn.tdkt.importer.corpus.Facts.Verdict;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.Plan;
import vn.tdkt.rules.support.Texts;

/**
 * Scores the importer on the corpus: every document is built (Word and PDF from their markup), imported, and compared
 * fact by fact with its hand-encoded plan. Prints a table per document and a total, and fails when a document cannot be
 * imported, when a fact is wrong (a guess), when recall falls below {@link #RECALL_THRESHOLD}, or when a known gap has
 * closed. With {@code -Dtdkt.corpus.report=true} it prints the table and never fails, to follow a reader being
 * rewritten.
 */
class CorpusScoreTest {
    /**
     * The share of the hand-encoded facts the importer must read. The first reader read 45.6 % (980 of 2,146 facts;
     * 19 of 31 documents); the layout-aware reader reads 99.6 % (2,138; all 31 documents). Raised as the reader
     * improves, never lowered to let a change pass.
     */
    static final double RECALL_THRESHOLD = 0.99;

    /**
     * Facts the importer is known not to read as encoded, per document, each with its reason. They are reported but do
     * not fail the test; a listed fact that is read right fails it (the gap is closed: remove it from the list).
     */
    static final Map<String, Map<String, String>> KNOWN_GAPS = new LinkedHashMap<>();

    static {
        String restored = "the seed's hand encoding restores the diacritics the OCR lost in this name; the importer "
                + "states proper names as the document spells them (importer/README.md)";
        KNOWN_GAPS.put("seed-002-dai-son-ocr", Map.of(
                "/unit/name", restored,
                "/document/issuer", restored,
                "/conference/name", restored,
                "/document/title", "the OCR title (\"T6 chirc Hji nghi ... xi Pai Son\") is kept as written",
                "/conference/venue", restored,
                "/deadlines/0/recipient", restored,
                "/deadlines/3/recipient", restored));
    }

    static boolean reportOnly() {
        return Boolean.getBoolean("tdkt.corpus.report");
    }

    /** One document's score. */
    record Score(Corpus.Entry entry, List<Fact> facts, String failure) {
        long count(Verdict verdict) {
            return facts.stream().filter(f -> f.verdict() == verdict).count();
        }

        long expected() {
            return facts.stream().filter(Fact::expectedFact).count();
        }
    }

    @Test
    @DisplayName("every corpus entry holds one document source and a plan.json that reads as a plan")
    void corpusIsWellFormed() {
        List<Corpus.Entry> entries = Corpus.entries();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(4);
        for (Corpus.Entry entry : entries) {
            assertThat(entry.source()).as(entry.id()).exists();
            Plan plan = PlanJson.read(entry.json());
            assertThat(plan.unit().name()).as(entry.id()).isNotBlank();
        }
    }

    @Test
    @DisplayName("every text a corpus plan states is the document's own words")
    void textsAreTheDocumentsWords() throws Exception {
        List<String> absent = new ArrayList<>();
        for (Corpus.Entry entry : Corpus.entries()) {
            if (entry.unscored() != null) {
                continue; // the seeds' encodings restore words their OCR text lost
            }
            // The document's words in one line: table cells and wrapped lines joined, as the hand encoding quotes them.
            String document = Texts.normalise(Files.readString(entry.source()).replaceAll("\\\\n|[|\\s]+", " "));
            Plan plan = PlanJson.read(entry.json());
            List<String> texts = new ArrayList<>();
            texts.add(plan.unit().name());
            texts.add(plan.conference().venue());
            texts.add(plan.document().title());
            if (plan.unit().formedFrom() != null) {
                texts.addAll(plan.unit().formedFrom());
            }
            if (plan.presenterFields() != null) {
                texts.addAll(plan.presenterFields());
            }
            if (plan.delegation().allocation() != null) {
                plan.delegation().allocation().forEach(allocation -> texts.add(allocation.to()));
            }
            if (plan.awardCategories() != null) {
                plan.awardCategories().forEach(award -> texts.addAll(java.util.Arrays.asList(
                        award.field(), award.criteria(), award.proposer(), award.awardForm())));
            }
            if (plan.programme() != null) {
                plan.programme().forEach(item -> texts.add(item.text()));
            }
            if (plan.activities() != null) {
                plan.activities().forEach(activity -> texts.add(activity.text()));
            }
            if (plan.deadlines() != null) {
                plan.deadlines().forEach(deadline -> texts.addAll(java.util.Arrays.asList(deadline.text(),
                        deadline.recipient())));
            }
            for (String text : texts) {
                if (text != null && !document.contains(Texts.normalise(text))) {
                    absent.add(entry.id() + ": " + text);
                }
            }
        }
        assertThat(absent).as("texts of the hand-encoded plans that their documents do not hold").isEmpty();
    }

    @Test
    @DisplayName("the importer reads the corpus: no document refused, no fact wrong, recall above the threshold")
    void score(@TempDir Path temp) throws Exception {
        // -Dtdkt.corpus.out=DIR keeps the built .docx and .pdf files there, to open them as an official would.
        String out = System.getProperty("tdkt.corpus.out");
        Path built = out == null || out.isBlank() ? temp : Path.of(out).toAbsolutePath();
        List<Score> scores = new ArrayList<>();
        for (Corpus.Entry entry : Corpus.entries()) {
            scores.add(score(entry, built));
        }
        System.out.println(table(scores));
        if (reportOnly()) {
            return;
        }
        List<String> refused = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<String> closed = new ArrayList<>();
        for (Score score : scores) {
            if (score.failure() != null) {
                refused.add(score.entry().id() + ": " + score.failure());
                continue;
            }
            Map<String, String> gaps = KNOWN_GAPS.getOrDefault(score.entry().id(), Map.of());
            for (Fact fact : score.facts()) {
                if (fact.verdict() == Verdict.WRONG && !gaps.containsKey(fact.pointer())) {
                    wrong.add(score.entry().id() + " " + fact);
                }
            }
            for (String pointer : gaps.keySet()) {
                boolean open = score.facts().stream()
                        .anyMatch(f -> f.pointer().equals(pointer) && f.verdict() != Verdict.RIGHT);
                if (!open) {
                    closed.add(score.entry().id() + " " + pointer);
                }
            }
        }
        // Every kind of failure at once, so that one run shows all that is left to do.
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(refused).as("documents the importer cannot read").isEmpty();
        softly.assertThat(wrong).as("facts read wrong (a guess)").isEmpty();
        softly.assertThat(closed).as("known gaps now read right: remove them from KNOWN_GAPS").isEmpty();
        softly.assertThat(recall(scores)).as("recall over the corpus").isGreaterThanOrEqualTo(RECALL_THRESHOLD);
        softly.assertAll();
    }

    private static Score score(Corpus.Entry entry, Path temp) {
        Plan expected = PlanJson.read(entry.json());
        Plan imported;
        try {
            Path directory = temp.resolve(entry.id());
            imported = PlanImporter.importFile(entry.build(directory)).plan();
        } catch (Exception e) {
            // A refused document reads nothing: every fact it states is missed.
            return new Score(entry, Facts.allMissed(expected), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        List<Fact> facts = Facts.compare(expected, imported);
        if (entry.unscored() != null) {
            // Only a value the hand encoding is silent on is skipped: a stated fact is scored as any other.
            facts = facts.stream().filter(f -> f.expectedFact() || !entry.unscored().matcher(f.pointer()).matches())
                    .toList();
        }
        return new Score(entry, facts, null);
    }

    static double recall(List<Score> scores) {
        long expected = scores.stream().mapToLong(Score::expected).sum();
        long right = scores.stream().mapToLong(s -> s.count(Verdict.RIGHT)).sum();
        return expected == 0 ? 1 : (double) right / expected;
    }

    /** The table: a line per document, the total, then every wrong and missed fact by document. */
    static String table(List<Score> scores) {
        StringBuilder out = new StringBuilder("\nImporter score on the corpus\n");
        String format = "%-34s %-5s %-5s %6s %6s %7s %6s %7s%n";
        out.append(String.format(format, "document", "form", "read", "facts", "right", "missed", "wrong", "recall"));
        for (Score s : scores) {
            out.append(String.format(format, s.entry().id(), s.entry().form().label, s.failure() == null ? "yes" : "NO",
                    s.expected(), s.count(Verdict.RIGHT), s.count(Verdict.MISSED), s.count(Verdict.WRONG),
                    percent(s.expected() == 0 ? 1 : (double) s.count(Verdict.RIGHT) / s.expected())));
        }
        long read = scores.stream().filter(s -> s.failure() == null).count();
        out.append(String.format(format, "TOTAL (" + scores.size() + " documents)", "", read + " read",
                scores.stream().mapToLong(Score::expected).sum(),
                scores.stream().mapToLong(s -> s.count(Verdict.RIGHT)).sum(),
                scores.stream().mapToLong(s -> s.count(Verdict.MISSED)).sum(),
                scores.stream().mapToLong(s -> s.count(Verdict.WRONG)).sum(), percent(recall(scores))));
        out.append(String.format("facts: stated by the hand-encoded plans; wrong: another value, or a fact no plan states "
                + "(so wrong may exceed facts - right - missed); recall: right / facts; threshold %s%n",
                percent(RECALL_THRESHOLD)));
        for (Score s : scores) {
            if (s.failure() != null) {
                out.append("\n").append(s.entry().id()).append(": NOT READ: ").append(s.failure()).append('\n');
                continue;
            }
            Map<String, String> gaps = KNOWN_GAPS.getOrDefault(s.entry().id(), Map.of());
            List<Fact> shown = s.facts().stream().filter(f -> f.verdict() != Verdict.RIGHT).toList();
            if (!shown.isEmpty()) {
                out.append("\n").append(s.entry().id()).append(":\n");
                for (Fact fact : shown) {
                    out.append("  ").append(fact).append(gaps.containsKey(fact.pointer()) ? "  [known gap]" : "")
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String percent(double share) {
        return String.format("%.1f%%", 100 * share);
    }
}
