package vn.tdkt.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonPlacesTest {

    @Test
    void everyValueHasItsPointerStartAndLastLine() {
        String json = String.join("\n",
                "{",
                "  \"unit\": {\"name\": \"xã Đại Sơn\",",
                "           \"province\": \"Hải Phòng\"},",
                "  \"a/b\": [1,",
                "    2]",
                "}");
        Map<String, JsonPlaces.Place> places = JsonPlaces.of(new StringReader(json));

        assertThat(places.get("")).isEqualTo(new JsonPlaces.Place(1, 1, 6));
        assertThat(places.get("/unit")).isEqualTo(new JsonPlaces.Place(2, 11, 3));
        assertThat(places.get("/unit/province")).isEqualTo(new JsonPlaces.Place(3, 24, 3));
        assertThat(places.get("/a~1b/1")).isEqualTo(new JsonPlaces.Place(5, 5, 5));
        assertThat(places).hasSize(7);
    }

    @Test
    void aTextThatIsNoJsonHasNoPlaces() {
        assertThat(JsonPlaces.of(new StringReader("{\"unit\": "))).isEmpty();
        assertThat(JsonPlaces.of(new StringReader(""))).isEmpty();
    }
}
