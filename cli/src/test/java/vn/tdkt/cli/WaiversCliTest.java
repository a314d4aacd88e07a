package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.cli.TdktTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaiversCliTest {
    private static final Path KE_SAT = TdktTest.EXAMPLES.resolve("plans/hai-phong/ke-sat.json");

    private static Path waivers(Path dir, String expires, String unit) throws Exception {
        Path file = dir.resolve("waivers.json");
        Files.writeString(file, """
                {"waivers": [{"ruleId": "HP-03", "unit": "%s",
                  "approvedBy": {"number": "125/QĐ-HĐTĐKT", "date": "2025-08-20",
                                 "signer": "Chủ tịch Hội đồng Thi đua - Khen thưởng thành phố"},
                  "expires": "%s"}]}
                """.formatted(unit, expires), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aWaiverWithItsApprovingDocumentTurnsKeSatsHp03IntoAWaivedFinding(@TempDir Path dir) throws Exception {
        TdktTest.Run plain = run("check", "--format", "json", KE_SAT.toString());
        TdktTest.Run waived = run("check", "--format", "json", "--waivers",
                waivers(dir, "2099-12-31", "Kẻ Sặt").toString(), KE_SAT.toString());

        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(waived.exitCode()).as(waived.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(waived.out()).at("/reports/0");
        assertThat(report.get("verdict").asText()).isEqualTo("REVIEW");
        JsonNode hp03 = report.get("findings").get(0);
        assertThat(hp03.get("ruleId").asText()).isEqualTo("HP-03");
        assertThat(hp03.get("severity").asText()).isEqualTo("VIOLATION");
        assertThat(hp03.at("/waived/approvedBy/number").asText()).isEqualTo("125/QĐ-HĐTĐKT");
        assertThat(report.at("/counts/VIOLATION").asInt()).isZero();
    }

    @Test
    void theTextReportMarksTheWaivedFinding(@TempDir Path dir) throws Exception {
        TdktTest.Run run = run("check", "--lang", "en", "--waivers", waivers(dir, "2099-12-31", "xã Kẻ Sặt").toString(),
                KE_SAT.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Waived by 125/QĐ-HĐTĐKT", "does not count toward the verdict");
    }

    @Test
    void aWaiversExpiryIsJudgedAsOfTheDayGiven(@TempDir Path dir) throws Exception {
        Path expiring = waivers(dir, "2025-12-31", "Kẻ Sặt");
        TdktTest.Run then = run("check", "--lang", "en", "--as-of", "2025-08-20", "--waivers", expiring.toString(),
                KE_SAT.toString());
        TdktTest.Run later = run("check", "--lang", "en", "--as-of", "2026-01-05", "--waivers", expiring.toString(),
                KE_SAT.toString());
        assertThat(then.exitCode()).as(then.toString()).isZero();
        assertThat(then.out()).contains("Waived by 125/QĐ-HĐTĐKT");
        assertThat(later.exitCode()).as(later.toString()).isEqualTo(1);
        assertThat(later.out()).contains("expired on 2025-12-31");
    }

    @Test
    void anExpiredWaiverDoesNothingAndTheReportSaysSo(@TempDir Path dir) throws Exception {
        TdktTest.Run run = run("check", "--lang", "en", "--waivers", waivers(dir, "2025-08-31", "Kẻ Sặt").toString(),
                KE_SAT.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("Note: The waiver of HP-03 approved by 125/QĐ-HĐTĐKT expired on 2025-08-31");
    }

    @Test
    void aWaiverOfAPlanNotCheckedIsNoted(@TempDir Path dir) throws Exception {
        TdktTest.Run run = run("check", "--waivers", waivers(dir, "2099-12-31", "Đại Sơn").toString(), KE_SAT.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("names no plan checked");
    }

    @Test
    void aMalformedWaiverFileIsBadInputNamingTheField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("waivers.json");
        Files.writeString(file, "{\"waivers\": [{\"ruleId\": \"HP-03\", \"unit\": \"Kẻ Sặt\", \"expires\": \"2099-02-30\"}]}");

        TdktTest.Run run = run("check", "--waivers", file.toString(), KE_SAT.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("waivers.json:1:", "/waivers/0");
    }
}
