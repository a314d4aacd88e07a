package vn.tdkt.pack;

import vn.tdkt.finding.GuidanceDocument;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.pack.ParameterDefinition.Direction;

/** Each direction a baseline may declare, on packs built here: a child may tighten its parent, never relax it. */
class TighteningTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate BASE = LocalDate.of(2025, 7, 5);
    private static final LocalDate CHILD = LocalDate.of(2025, 8, 8);
    private static final GuidanceDocument GUIDANCE = new GuidanceDocument("issuer", "1/HD", BASE, "title", "citation");

    /** The plain value a pack's YAML reads as, written as JSON. */
    private static Object json(String text) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static ParameterDefinition parameter(Direction direction, Object... fromAndValue) {
        List<ParameterValue> values = new java.util.ArrayList<>();
        for (int i = 0; i < fromAndValue.length; i += 2) {
            values.add(new ParameterValue((LocalDate) fromAndValue[i], json((String) fromAndValue[i + 1]), "c", "t"));
        }
        return new ParameterDefinition("p", "", values, direction);
    }

    private static PackDescriptor pack(String id, ParameterDefinition p, PackDescriptor parent) {
        return new PackDescriptor(id, "1", "", List.of(), GUIDANCE, Map.of(p.name(), p), Map.of()).withParent(parent);
    }

    private static List<Tightening.Relaxation> child(Direction direction, String parentValue, String childValue) {
        PackDescriptor parent = pack("national", parameter(direction, BASE, parentValue), null);
        return Tightening.check(pack("province", parameter(null, CHILD, childValue), parent));
    }

    @Test
    void aCapMayBeLoweredNeverRaised() {
        assertThat(child(Direction.MAX, "150", "120")).isEmpty();
        assertThat(child(Direction.MAX, "150", "150")).isEmpty();
        assertThat(child(Direction.MAX, "150", "200")).singleElement().satisfies(r -> {
            assertThat(r.pack()).isEqualTo("province");
            assertThat(r.parent()).isEqualTo("national");
            assertThat(r.parameter()).isEqualTo("p");
            assertThat(r.message()).isEqualTo("pack province, parameter p: 200 (from 2025-08-08) against national's "
                    + "150 (from 2025-07-05): the parent allows at most 150");
        });
    }

    @Test
    void aFloorMayBeRaisedNeverLowered() {
        assertThat(child(Direction.MIN, "70", "75.5")).isEmpty();
        assertThat(child(Direction.MIN, "70", "65")).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("the parent requires at least 70"));
    }

    @Test
    void aDeadlineMayBeBroughtForwardNeverPutBack() {
        assertThat(child(Direction.NO_LATER, "\"2025-08-30\"", "\"2025-08-25\"")).isEmpty();
        assertThat(child(Direction.NO_LATER, "\"2025-08-30\"", "\"2025-08-30\"")).isEmpty();
        assertThat(child(Direction.NO_LATER, "\"2025-08-30\"", "\"2025-09-05\"")).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("2025-09-05").contains("2025-08-30"));
    }

    @Test
    void aSameValueMustBeEqual() {
        assertThat(child(Direction.SAME, "2020", "2020")).isEmpty();
        assertThat(child(Direction.SAME, "70", "70.0")).isEmpty();
        assertThat(child(Direction.SAME, "\"BOUNDARY_IS_WARNING\"", "\"BOUNDARY_IS_WARNING\"")).isEmpty();
        assertThat(child(Direction.SAME, "2020", "2021")).hasSize(1);
    }

    @Test
    void aListMayGainItemsNeverLoseThem() {
        assertThat(child(Direction.SUPERSET, "[\"WOMEN\",\"ETHNIC_MINORITIES\"]",
                "[\"ETHNIC_MINORITIES\",\"WOMEN\",\"YOUTH\"]")).isEmpty();
        assertThat(child(Direction.SUPERSET, "[\"WOMEN\",\"ETHNIC_MINORITIES\"]", "[\"WOMEN\"]")).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("ETHNIC_MINORITIES"));
    }

    @Test
    void valuesThatCannotBeComparedInTheDirectionAreReported() {
        assertThat(child(Direction.MAX, "150", "\"một trăm\"")).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("compares numbers"));
        assertThat(child(Direction.NO_LATER, "\"2025-08-30\"", "30")).hasSize(1);
        assertThat(child(Direction.SUPERSET, "[\"WOMEN\"]", "\"WOMEN\"")).hasSize(1);
    }

    @Test
    void aParentParameterWithoutDirectionIsTheParentsOwnAndBoundsNobody() {
        assertThat(child(null, "5", "50")).isEmpty();
    }

    @Test
    void datedValuesAreComparedOnEveryDayEitherChanges() {
        // The parent lowers its cap on 1/9; the child keeps 140, which relaxes the parent from that day.
        PackDescriptor parent = pack("national", parameter(Direction.MAX, BASE, "150", LocalDate.of(2025, 9, 1), "120"), null);
        PackDescriptor child = pack("province", parameter(null, CHILD, "140"), parent);
        assertThat(Tightening.check(child)).singleElement().satisfies(r -> {
            assertThat(r.day()).isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(r.parentValue().value()).isEqualTo(120);
        });
        // Before the child's first value nothing is compared.
        PackDescriptor early = pack("national", parameter(Direction.MAX, BASE, "100", CHILD, "150"), null);
        assertThat(Tightening.check(pack("province", parameter(null, CHILD, "150"), early))).isEmpty();
    }

    @Test
    void aChildIsCheckedAgainstEveryAncestor() {
        PackDescriptor national = pack("national", parameter(Direction.MAX, BASE, "150"), null);
        PackDescriptor regional = new PackDescriptor("regional", "1", "", List.of(), GUIDANCE, Map.of(),
                Map.of()).withParent(national);
        PackDescriptor province = pack("province", parameter(null, CHILD, "200"), regional);
        assertThat(Tightening.check(province)).extracting(Tightening.Relaxation::parent).containsExactly("national");
        assertThat(Tightening.notCarried(regional)).containsExactly("p");
    }

    @Test
    void parametersTheParentDoesNotDefineAreFree() {
        PackDescriptor parent = new PackDescriptor("national", "1", "", List.of(), GUIDANCE, Map.of(), Map.of());
        assertThat(Tightening.check(pack("province", parameter(null, CHILD, "999"), parent))).isEmpty();
        assertThat(Tightening.check(pack("alone", parameter(null, CHILD, "999"), null))).isEmpty();
    }
}
