package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every case of every shipped pack ({@link PackCases}), and the runner's own checks. */
class PackCasesTest {

    @TestFactory
    Stream<DynamicTest> everyCaseOfEveryPack() {
        return PackCases.shipped();
    }

    @Test
    void everyListedPackHasCases() {
        List<vn.tdkt.cases.PackCases.CaseFile> files = PackCases.read(ShippedPacks.PACKS);
        assertThat(files).extracting(vn.tdkt.cases.PackCases.CaseFile::pack).containsAll(ShippedPacks.listedIds());
    }
}
