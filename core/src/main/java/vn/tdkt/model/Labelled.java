package vn.tdkt.model;

/**
 * A value with the words officials use for it: the guidance's Vietnamese, and English for the English messages.
 * Findings show {@link #label()} in Vietnamese messages and {@link #labelEn()} in English ones, never the constant's
 * name.
 */
public interface Labelled {
    /** The Vietnamese words ("01 buổi", "dân tộc"). */
    String label();

    /** The English words ("one session", "ethnic minorities"). */
    String labelEn();
}
