package vn.tdkt.importer;

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

    /** The provinces of the model's one list ({@link vn.tdkt.model.ProvinceNames}), by folded name. */
    private static Map<String, Province> loadProvinces() {
        Map<String, Province> provinces = new LinkedHashMap<>();
        for (String name : vn.tdkt.model.ProvinceNames.PROVINCES) {
            provinces.put(Folded.key(name), new Province(vn.tdkt.model.ProvinceNames.kind(name), name));
        }
        return provinces;
    }
}
