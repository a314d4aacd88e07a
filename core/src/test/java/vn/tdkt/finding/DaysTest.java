package vn.tdkt.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DaysTest {

    @Test
    void aDayIsWrittenDayMonthYearWithTwoDigits() {
        assertThat(Days.written(LocalDate.of(2025, 8, 5))).isEqualTo("05/08/2025");
        assertThat(Days.written(LocalDate.of(2025, 12, 25))).isEqualTo("25/12/2025");
    }

    @Test
    void aDayIsReadAsIsoOrAsVietnameseDocumentsWriteIt() {
        LocalDate day = LocalDate.of(2025, 8, 25);
        assertThat(Days.read("2025-08-25")).isEqualTo(day);
        assertThat(Days.read(" 25/8/2025 ")).isEqualTo(day);
        assertThat(Days.read("25/08/2025")).isEqualTo(day);
        assertThat(Days.read(Days.written(day))).isEqualTo(day);
    }

    @Test
    void whatIsNoDayIsRefused() {
        for (String text : new String[] {"31/2/2025", "2025-13-01", "25/8/25", "tomorrow", ""}) {
            assertThatThrownBy(() -> Days.read(text)).as(text).isInstanceOf(DateTimeException.class);
        }
    }
}
