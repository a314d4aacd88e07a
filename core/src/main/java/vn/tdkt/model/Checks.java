package vn.tdkt.model;

import java.util.List;

/** Constructor-time validation shared by the model records: impossible values are rejected, unknown ones kept as null. */
final class Checks {
    private Checks() {}

    static Integer nonNegative(Integer value, String field) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(field + " must not be negative (was " + value + ")");
        }
        return value;
    }

    static Integer percent(Integer value, String field) {
        if (value != null && (value < 0 || value > 100)) {
            throw new IllegalArgumentException(field + " must be a percentage from 0 to 100 (was " + value + ")");
        }
        return value;
    }

    /** Null stays null (not stated); a stated list is copied and must not hold null elements. */
    static <T> List<T> copyOrNull(List<T> list, String field) {
        if (list == null) {
            return null;
        }
        for (T element : list) {
            if (element == null) {
                throw new IllegalArgumentException(field + " must not contain null elements");
            }
        }
        return List.copyOf(list);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
