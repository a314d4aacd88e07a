package vn.tdkt.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.tdkt.finding.Days;

/** A day on the command line as ISO writes it (2025-08-25) or as Vietnamese documents do (25/8/2025, 25/08/2025). */
final class DayConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return Days.read(value);
        } catch (DateTimeException e) {
            throw new TypeConversionException("'" + value + "' is not a day: write it 2025-08-25 or 25/8/2025");
        }
    }
}
