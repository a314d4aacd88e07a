package vn.tdkt.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A plan's days, read only as the schema writes them: a text "YYYY-MM-DD" of a year the guidance can mean. Jackson's
 * own reader would take a number as days since 1970 (20250825 becomes the year 57414), a list [2025, 8, 25], a
 * date-time or "+002025-08-25": a typo would become a fabricated date that the rules then judge.
 */
final class PlanDates extends StdDeserializer<LocalDate> {
    /** The years a plan's day can fall in: the emulation cycle 2020 - 2030 and some margin. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    PlanDates() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext context) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, p);
        }
        String text = p.getText();
        if (!shaped(text)) {
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not YYYY-MM-DD");
        }
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "out of range");
            }
            return day;
        } catch (DateTimeParseException e) {
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a real date");
        }
    }

    /** Exactly four digits, a dash, two digits, a dash, two digits. */
    private static boolean shaped(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }
}
