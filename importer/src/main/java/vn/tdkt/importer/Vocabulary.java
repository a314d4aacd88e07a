package vn.tdkt.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The closed vocabularies of the guidance, by folded form: the provinces, the forms of the conference, the words of
 * the prescribed name. A phrase whose folded form is one of these is written as the vocabulary writes it, so that a
 * plan that lost its diacritics ("Hoi nghi tuyen duong dien hinh tien tien") states what it says in the guidance's
 * words. Nothing outside these lists is restored.
 */
final class Vocabulary {
    /** A province: "thành phố" or "tỉnh", and its name. */
    record Province(String kind, String name) {
    }

    private static final Map<String, Province> PROVINCES = loadProvinces();

    /** The forms of the event the guidance and the plans name, longest first (folded → as written). */
    static final Map<String, String> FORMS = forms();

    private Vocabulary() {}

    static Province province(String foldedName) {
        return PROVINCES.get(foldedName);
    }

    private static Map<String, String> forms() {
        Map<String, String> forms = new LinkedHashMap<>();
        for (String form : List.of(
                "Hội nghị biểu dương, tôn vinh điển hình tiên tiến",
                "Hội nghị tuyên dương điển hình tiên tiến",
                "Hội nghị biểu dương điển hình tiên tiến",
                "Hội nghị tôn vinh điển hình tiên tiến",
                "Hội nghị điển hình tiên tiến",
                "Đại hội Thi đua yêu nước")) {
            forms.put(Folded.key(form), form);
        }
        return forms;
    }

    /** The form a folded text starts with, as written in the vocabulary, or null. */
    static String formAt(String folded) {
        for (Map.Entry<String, String> form : FORMS.entrySet()) {
            if (folded.startsWith(form.getKey())) {
                return form.getValue();
            }
        }
        return null;
    }

    private static Map<String, Province> loadProvinces() {
        Map<String, Province> provinces = new LinkedHashMap<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream("provinces.txt")) {
            if (in == null) {
                throw new IllegalStateException("provinces.txt is missing from the importer's resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                provinces.put(Folded.key(cells[1]), new Province(cells[0], cells[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return provinces;
    }
}
