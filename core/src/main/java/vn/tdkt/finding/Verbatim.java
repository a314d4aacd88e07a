package vn.tdkt.finding;

import vn.tdkt.model.Labelled;

/**
 * Words of the plan or of the guidance reported as they are written ("Hội nghị tuyên dương điển hình tiên tiến xã Kẻ
 * Sặt Lần thứ I (2025-2030)", "UBND xã"). They are shown in quotation marks in both languages, so that an English
 * message quotes Vietnamese words rather than mixing them into its sentence.
 *
 * @param words the words as written, diacritics and capitals kept
 */
public record Verbatim(String words) implements Labelled {
    /** The words are required; for a fact that is not stated, {@link #of(String)} gives null instead. */
    public Verbatim {
        java.util.Objects.requireNonNull(words, "words");
    }

    /** The words, or null when there are none (so that a rule may pass a fact that is not stated). */
    public static Verbatim of(String words) {
        return words == null ? null : new Verbatim(words);
    }

    @Override
    public String label() {
        return "“" + words + "”";
    }

    @Override
    public String labelEn() {
        return label();
    }

    @Override
    public String toString() {
        return label();
    }
}
