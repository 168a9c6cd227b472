package no.bygdevekst.evaluation.ssb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON-stat 2.0 dataset (https://json-stat.org/format/), as SSB's statistics API returns it with
 * {@code "format": "json-stat2"}: dimensions in {@code id} order with their {@code size}, each
 * dimension's categories with an {@code index} (an array of codes, or an object from code to
 * position), and {@code value} in row-major order (the last dimension varies fastest), either as an
 * array or as an object from position to value; a value may be null (not available). Numbers are
 * read as decimals, never through floating point.
 */
public final class JsonStat2 {
  private static final ObjectReader READER =
      new ObjectMapper().reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final String label;
  private final String updated;
  private final List<String> ids;
  private final Map<String, List<String>> categories;
  private final int[] strides;
  private final BigDecimal[] values;

  private JsonStat2(
      String label,
      String updated,
      List<String> ids,
      Map<String, List<String>> categories,
      BigDecimal[] values) {
    this.label = label;
    this.updated = updated;
    this.ids = ids;
    this.categories = categories;
    this.values = values;
    this.strides = new int[ids.size()];
    int stride = 1;
    for (int i = ids.size() - 1; i >= 0; i--) {
      strides[i] = stride;
      stride *= categories.get(ids.get(i)).size();
    }
  }

  /**
   * Reads a dataset.
   *
   * @throws IllegalArgumentException when the text is not a JSON-stat 2.0 dataset
   */
  public static JsonStat2 parse(String json) {
    JsonNode root;
    try {
      root = READER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !"dataset".equals(root.path("class").asText())) {
      throw new IllegalArgumentException("Not a JSON-stat dataset (class is not 'dataset')");
    }
    JsonNode idNode = root.path("id");
    JsonNode sizeNode = root.path("size");
    if (!idNode.isArray() || !sizeNode.isArray() || idNode.size() != sizeNode.size()) {
      throw new IllegalArgumentException("A JSON-stat dataset needs 'id' and 'size' of one length");
    }
    List<String> ids = new ArrayList<>();
    Map<String, List<String>> categories = new LinkedHashMap<>();
    int count = 1;
    for (int i = 0; i < idNode.size(); i++) {
      String id = idNode.get(i).asText();
      List<String> codes = codes(id, root.path("dimension").path(id).path("category"));
      if (codes.size() != sizeNode.get(i).asInt()) {
        throw new IllegalArgumentException(
            "Dimension " + id + " has " + codes.size() + " categories but size " + sizeNode.get(i));
      }
      ids.add(id);
      categories.put(id, codes);
      count = Math.multiplyExact(count, codes.size());
    }
    return new JsonStat2(
        root.path("label").asText(null),
        root.path("updated").asText(null),
        List.copyOf(ids),
        categories,
        values(root.path("value"), count));
  }

  public String label() {
    return label;
  }

  /** When the table was last updated, as the dataset says (ISO 8601), or null. */
  public String updated() {
    return updated;
  }

  public List<String> dimensions() {
    return ids;
  }

  /** The codes of a dimension's categories, in index order. */
  public List<String> categories(String dimension) {
    List<String> codes = categories.get(dimension);
    if (codes == null) {
      throw new IllegalArgumentException("The dataset has no dimension " + dimension);
    }
    return codes;
  }

  /**
   * The value at the given category of every dimension, or null when it is not available.
   *
   * @throws IllegalArgumentException when a dimension or category is not in the dataset
   */
  public BigDecimal value(Map<String, String> coordinates) {
    int position = 0;
    for (int i = 0; i < ids.size(); i++) {
      String dimension = ids.get(i);
      String code = coordinates.get(dimension);
      List<String> codes = categories.get(dimension);
      if (code == null && codes.size() == 1) {
        code = codes.get(0);
      }
      int index = code == null ? -1 : codes.indexOf(code);
      if (index < 0) {
        throw new IllegalArgumentException(
            "No category " + code + " in dimension " + dimension + " " + codes);
      }
      position += index * strides[i];
    }
    return values[position];
  }

  private static List<String> codes(String dimension, JsonNode category) {
    JsonNode index = category.path("index");
    List<String> codes = new ArrayList<>();
    if (index.isArray()) {
      index.forEach(code -> codes.add(code.asText()));
    } else if (index.isObject()) {
      String[] ordered = new String[index.size()];
      Iterator<Map.Entry<String, JsonNode>> fields = index.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        int position = field.getValue().asInt(-1);
        if (position < 0 || position >= ordered.length || ordered[position] != null) {
          throw new IllegalArgumentException("Dimension " + dimension + " has a broken index");
        }
        ordered[position] = field.getKey();
      }
      codes.addAll(List.of(ordered));
    } else if (category.path("label").isObject() && category.path("label").size() == 1) {
      codes.add(category.path("label").fieldNames().next()); // a single category needs no index
    } else {
      throw new IllegalArgumentException("Dimension " + dimension + " has no category index");
    }
    return codes;
  }

  private static BigDecimal[] values(JsonNode value, int count) {
    BigDecimal[] values = new BigDecimal[count];
    if (value.isArray()) {
      if (value.size() != count) {
        throw new IllegalArgumentException(
            "The dataset has " + value.size() + " values for " + count + " cells");
      }
      for (int i = 0; i < count; i++) {
        values[i] = number(value.get(i));
      }
    } else if (value.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        int position = Integer.parseInt(field.getKey());
        if (position < 0 || position >= count) {
          throw new IllegalArgumentException("Value position " + position + " is out of range");
        }
        values[position] = number(field.getValue());
      }
    } else {
      throw new IllegalArgumentException("The dataset has no 'value'");
    }
    return values;
  }

  private static BigDecimal number(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isNumber()) {
      throw new IllegalArgumentException("A value is not a number: " + node);
    }
    return node.decimalValue();
  }
}
