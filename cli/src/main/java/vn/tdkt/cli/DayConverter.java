package vn.tdkt.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A day on the command line as ISO writes it (2025-08-25) or as Vietnamese documents do (25/8/2025, 25/08/2025). */
final class DayConverter implements ITypeConverter<LocalDate> {
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate convert(String value) {
        try {
            return value.contains("/") ? LocalDate.parse(value.strip(), VIETNAMESE) : LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new TypeConversionException("'" + value + "' is not a day: write it 2025-08-25 or 25/8/2025");
        }
    }
}
