package vn.tdkt.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dated values: each holds from its day until the next one starts; two from one day are refused. */
class ParameterDefinitionTest {
    private static ParameterValue value(LocalDate from, int v) {
        return new ParameterValue(from, v, "c", "t");
    }

    private static final LocalDate A = LocalDate.of(2025, 8, 8);
    private static final LocalDate B = LocalDate.of(2025, 9, 1);
    private static final LocalDate C = LocalDate.of(2025, 9, 2);

    private final ParameterDefinition cap = new ParameterDefinition("delegates.max", "cap",
            List.of(value(C, 100), value(A, 150), value(B, 120)));

    private int on(LocalDate day) {
        return (Integer) cap.valueOn(day).value();
    }

    @Test
    void eachBoundaryIsCrossedOnItsOwnDay() {
        assertThat(cap.boundaries()).containsExactly(A, B, C);
        assertThat(cap.valueOn(A.minusDays(1))).isNull();
        assertThat(on(A)).isEqualTo(150);
        assertThat(on(A.plusDays(1))).isEqualTo(150);
        assertThat(on(B.minusDays(1))).isEqualTo(150);
        assertThat(on(B)).isEqualTo(120);
        // B + 1 is C: consecutive boundaries leave no day to either value but its own.
        assertThat(on(C)).isEqualTo(100);
        assertThat(on(C.plusDays(1))).isEqualTo(100);
        assertThat(on(LocalDate.of(2030, 1, 1))).isEqualTo(100);
    }

    @Test
    void twoValuesFromOneDayAreRefused() {
        assertThatThrownBy(() -> new ParameterDefinition("delegates.max", "cap", List.of(value(A, 150), value(A, 120))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two values from 2025-08-08");
    }

    @Test
    void directionsAreReadAsWrittenInPackYaml() {
        assertThat(ParameterDefinition.Direction.of("no-later")).isEqualTo(ParameterDefinition.Direction.NO_LATER);
        assertThat(ParameterDefinition.Direction.of(" MAX ")).isEqualTo(ParameterDefinition.Direction.MAX);
        assertThat(ParameterDefinition.Direction.SUPERSET).hasToString("superset");
        assertThatThrownBy(() -> ParameterDefinition.Direction.of("lower")).hasMessageContaining("no-later");
        assertThat(cap.direction()).isNull();
    }
}
