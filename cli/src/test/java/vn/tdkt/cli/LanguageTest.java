package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.finding.RuleDescription;
import vn.tdkt.finding.LocalizedText;

/**
 * The text report speaks one language at a time: on the seed plans, encoded and as documents, `check --lang en` prints
 * no Vietnamese word and `check --lang vi` no English one, outside quotations of the plan and the guidance (“…”) and
 * the plan's own identity (its unit, number and file).
 */
class LanguageTest {
    private static final Path PLANS = TdktTest.EXAMPLES;
    /** Words written in Vietnamese without diacritics, which English also spells; never taken for English. */
    private static final Set<String> VIETNAMESE_ASCII = Set.of("theo", "tham", "khen", "trong", "thanh", "cho", "chi",
            "ban", "hai", "con", "tin", "lan", "can", "xin", "thi", "nam", "hoa", "an", "to", "do", "in", "la");
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*");

    @ParameterizedTest
    @ValueSource(strings = {"plans/hai-phong/ke-sat.json", "plans/hai-phong/dai-son.json", "plans/hai-phong/an-hai.json",
        "plans/lang-son/kien-moc.json", "seeds/000-ke-sat.txt", "seeds/002-dai-son-ocr.txt", "seeds/003-kien-moc.txt",
        "seeds/004-an-hai.txt"})
    void englishHasNoVietnameseWord(String plan) {
        TdktTest.Run run = TdktTest.run("check", "--lang", "en", PLANS.resolve(plan).toString());
        assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
        List<String> vietnamese = new ArrayList<>();
        for (String word : words(run.out())) {
            if (!word.chars().allMatch(c -> c < 128)) {
                vietnamese.add(word);
            }
        }
        assertThat(vietnamese).as("Vietnamese words in the English report of %s:%n%s", plan, run.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plans/hai-phong/ke-sat.json", "plans/hai-phong/dai-son.json", "plans/hai-phong/an-hai.json",
        "plans/lang-son/kien-moc.json", "seeds/000-ke-sat.txt", "seeds/002-dai-son-ocr.txt", "seeds/003-kien-moc.txt",
        "seeds/004-an-hai.txt"})
    void vietnameseHasNoEnglishWord(String plan) {
        TdktTest.Run run = TdktTest.run("check", "--lang", "vi", PLANS.resolve(plan).toString());
        assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
        Set<String> english = englishVocabulary();
        List<String> found = new ArrayList<>();
        for (String word : words(run.out())) {
            if (english.contains(word.toLowerCase(Locale.ROOT))) {
                found.add(word);
            }
        }
        assertThat(found).as("English words in the Vietnamese report of %s:%n%s", plan, run.out()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theNoteOfThePackChosenIsInTheReportsLanguage() {
        TdktTest.Run vi = TdktTest.run("check", "--lang", "vi", PLANS.resolve("plans/lang-son/kien-moc.json").toString());
        assertThat(vi.err()).contains("tdkt: ghi chú: ").contains("kiểm tra bằng bộ quy tắc lang-son (tỉnh Lạng Sơn, "
                + "thực hiện 199/KH-UBND)").doesNotContain("checked with");
        TdktTest.Run en = TdktTest.run("check", "--lang", "en", PLANS.resolve("plans/lang-son/kien-moc.json").toString());
        assertThat(en.err()).contains("tdkt: note: ").contains("checked with pack lang-son (province Lạng Sơn");
    }

    /** The words of the report outside quotations, JSON Pointers, rule and pack ids, and the plan's identity. */
    private static List<String> words(String report) {
        List<String> words = new ArrayList<>();
        // the unit's own name, then the labelled lines of the plan, its file and the pack, up to a blank line
        String findings = report.substring(Math.max(0, report.indexOf("\n\n")));
        String text = QUOTED.matcher(findings).replaceAll(" ");
        text = text.replaceAll("\\S*/\\S*", " ").replaceAll("\\b[A-Z]{2}-\\d+\\b", " ")
                .replaceAll("\\b[IVX]+\\.[\\d.]*", " ");
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The words of every English message and title of the shipped packs, and of the report's English labels. */
    private static Set<String> englishVocabulary() {
        Set<String> words = new TreeSet<>();
        List<String> texts = new ArrayList<>(List.of("expected", "found", "plan", "file", "pack", "verdict",
                "violation", "violations", "warning", "warnings", "advice", "accept", "review", "reject", "note",
                "waived", "until", "rejected", "accepted", "undated", "number"));
        for (vn.tdkt.engine.PackInfo pack : ComplianceEngine.packs()) {
            for (RuleDescription rule : pack.rules().values()) {
                if (rule.title() != null) {
                    texts.add(rule.title().en());
                }
                for (LocalizedText message : rule.messages().values()) {
                    texts.add(message.en().replaceAll("\\{[a-z]+}", " "));
                }
            }
        }
        for (String text : texts) {
            Matcher m = WORD.matcher(QUOTED.matcher(text).replaceAll(" "));
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                if (word.length() >= 3 && word.chars().allMatch(c -> c < 128) && !VIETNAMESE_ASCII.contains(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
