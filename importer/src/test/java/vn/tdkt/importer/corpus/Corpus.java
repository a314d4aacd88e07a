package vn.tdkt.importer.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents the importer is scored on: every directory of {@code src/test/resources/corpus} (a plan.json and one
 * document source) and the four seed texts with their plans in examples/.
 */
final class Corpus {
    static final Path MODULE = Path.of(System.getProperty("user.dir"));
    static final Path DIRECTORY = MODULE.resolve("src/test/resources/corpus");
    static final Path EXAMPLES = MODULE.resolve("../examples").normalize();

    /** The ways a document arrives, by the name of its source file. */
    enum Form {
        /** document.docx.txt: markup built into a .docx with POI */
        DOCX("document.docx.txt", "docx"),
        /** document.pdf.txt: markup built into a .pdf with PDFBox */
        PDF("document.pdf.txt", "pdf"),
        /** document.txt: a text as it arrived (web copy, OCR, no diacritics), imported as it is */
        TEXT("document.txt", "txt");

        final String fileName;
        final String label;

        Form(String fileName, String label) {
            this.fileName = fileName;
            this.label = label;
        }
    }

    /**
     * Fields the model gained after the seed plans in examples/plans were encoded: a seed's JSON is silent on them
     * whatever its text says, so a value the importer reads there is neither right nor wrong. Only seeds skip them.
     */
    static final java.util.regex.Pattern NEWER_THAN_SEEDS = java.util.regex.Pattern.compile(
            "/programme/\\d+/period(/.*)?|/delegation/(exemplarCount|guestCount)|/delegation/allocation/\\d+/scope");

    /**
     * One document and its hand-encoded plan.
     *
     * @param unscored the pointers of facts not scored for this entry (the seeds' {@link #NEWER_THAN_SEEDS}), or null
     */
    record Entry(String id, Path source, Form form, Path json, java.util.regex.Pattern unscored) {
        /** The file the importer reads: the text itself, or the .docx / .pdf built from the markup. */
        Path build(Path directory) throws IOException {
            if (form != Form.TEXT) {
                Files.createDirectories(directory);
            }
            return switch (form) {
                case DOCX -> CorpusDocuments.docx(source, directory);
                case PDF -> CorpusDocuments.pdf(source, directory);
                case TEXT -> source;
            };
        }

        @Override
        public String toString() {
            return id;
        }
    }

    private Corpus() {}

    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>(seeds());
        try (Stream<Path> directories = Files.list(DIRECTORY)) {
            for (Path directory : directories.filter(Files::isDirectory).sorted().toList()) {
                entries.add(entry(directory));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** A corpus directory's entry; it must hold exactly one document source. */
    static Entry entry(Path directory) {
        List<Form> forms = Stream.of(Form.values()).filter(f -> Files.exists(directory.resolve(f.fileName))).toList();
        if (forms.size() != 1) {
            throw new IllegalStateException(directory + " must hold exactly one of document.docx.txt, "
                    + "document.pdf.txt, document.txt (holds " + forms + ")");
        }
        Form form = forms.get(0);
        return new Entry(directory.getFileName().toString(), directory.resolve(form.fileName), form,
                directory.resolve("plan.json"), null);
    }

    private static List<Entry> seeds() {
        return List.of(
                seed("seed-000-ke-sat", "000-ke-sat.txt", "hai-phong/ke-sat.json"),
                seed("seed-002-dai-son-ocr", "002-dai-son-ocr.txt", "hai-phong/dai-son.json"),
                seed("seed-003-kien-moc", "003-kien-moc.txt", "lang-son/kien-moc.json"),
                seed("seed-004-an-hai", "004-an-hai.txt", "hai-phong/an-hai.json"));
    }

    private static Entry seed(String id, String text, String json) {
        return new Entry(id, EXAMPLES.resolve("seeds").resolve(text), Form.TEXT, EXAMPLES.resolve("plans").resolve(json),
                NEWER_THAN_SEEDS);
    }
}
