package no.bygdevekst.evaluation.ssb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonStat2Test {

  @Test
  void readsTheSampleOfTable07459InRowMajorOrder() throws IOException {
    JsonStat2 data = JsonStat2.parse(sample());
    assertEquals(List.of("Region", "ContentsCode", "Tid"), data.dimensions());
    assertEquals(List.of("K-5628", "K-5630", "K-5632", "K-5636"), data.categories("Region"));
    assertEquals("2025-02-20T07:00:00Z", data.updated());
    assertEquals(new BigDecimal("2790"), value(data, "K-5628", "2024"));
    assertEquals(new BigDecimal("948"), value(data, "K-5630", "2025"));
    assertEquals(new BigDecimal("900"), value(data, "K-5636", "2023"));
    assertNull(value(data, "K-5632", "2026"), "a null value is not available, not zero");
  }

  @Test
  void readsArrayIndexesSparseValuesAndExactDecimals() {
    String json =
        """
        {"version":"2.0","class":"dataset","id":["Tid","Region"],"size":[2,2],
         "dimension":{
           "Tid":{"category":{"index":["2024","2025"]}},
           "Region":{"category":{"index":["A","B"]}}},
         "value":{"0":0.1,"1":0.2,"3":12345678901234567890.25}}
        """;
    JsonStat2 data = JsonStat2.parse(json);
    assertEquals(new BigDecimal("0.1"), data.value(Map.of("Tid", "2024", "Region", "A")));
    assertEquals(new BigDecimal("0.2"), data.value(Map.of("Tid", "2024", "Region", "B")));
    assertNull(data.value(Map.of("Tid", "2025", "Region", "A")));
    assertEquals(
        new BigDecimal("12345678901234567890.25"),
        data.value(Map.of("Tid", "2025", "Region", "B")));
  }

  @Test
  void refusesWhatIsNotADataset() {
    assertThrows(IllegalArgumentException.class, () -> JsonStat2.parse("not json"));
    assertThrows(IllegalArgumentException.class, () -> JsonStat2.parse("{\"class\":\"table\"}"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            JsonStat2.parse(
                """
                {"class":"dataset","id":["Tid"],"size":[2],
                 "dimension":{"Tid":{"category":{"index":["2024","2025"]}}},"value":[1]}
                """));
  }

  @Test
  void refusesAskingForACategoryThatIsNotThere() throws IOException {
    JsonStat2 data = JsonStat2.parse(sample());
    assertThrows(IllegalArgumentException.class, () -> value(data, "K-9999", "2024"));
  }

  private static BigDecimal value(JsonStat2 data, String region, String year) {
    return data.value(Map.of("Region", region, "Tid", year));
  }

  static String sample() throws IOException {
    try (InputStream in = JsonStat2Test.class.getResourceAsStream("/ssb/07459-sample.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
