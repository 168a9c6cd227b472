package no.bygdevekst.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says in the caller's terms what is wrong with a body Jackson could not read: the JSON field and
 * what was expected there ("must be a date as YYYY-MM-DD"), never a Java type or Jackson's own
 * wording, which names classes ({@code Cannot construct instance of `no.bygdevekst...`}).
 */
final class JsonProblems {
  private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([^']{0,100})'");

  private JsonProblems() {}

  static ProblemException of(JsonProcessingException e) {
    StreamConstraintsException limit = causeOf(e, StreamConstraintsException.class);
    if (limit != null) {
      return Problems.badRequest(
          "The body exceeds what this service reads: "
              + limit.getOriginalMessage().replaceAll(",? ?from `[^`]*`", ""));
    }
    String field = e instanceof JsonMappingException mapping ? path(mapping) : null;
    RefusedValue refused = causeOf(e, RefusedValue.class);
    if (refused != null) {
      return Problems.invalid(field == null ? "body" : field, refused.getOriginalMessage());
    }
    if (isTrailingContent(e)) {
      return Problems.badRequest(
          "The body has content after its JSON document" + where(e.getLocation()));
    }
    String duplicate = duplicateField(e);
    if (duplicate != null) {
      return Problems.invalid(
          field == null ? duplicate : field + "." + duplicate, "is given twice");
    }
    JsonParseException syntax = causeOf(e, JsonParseException.class);
    if (syntax != null) {
      return Problems.badRequest("The body is not well-formed JSON" + where(syntax.getLocation()));
    }
    Class<?> target = targetOf(e);
    if (field == null) {
      return Problems.badRequest(
          target == null
              ? "The body could not be read as " + expected(Object.class)
              : "The body must be " + expected(target));
    }
    return Problems.invalid(
        field,
        target == null ? "has a value that could not be read" : "must be " + expected(target));
  }

  /** What a JSON value for {@code type} looks like, in the words of docs/problems.md. */
  static String expected(Class<?> type) {
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    if (CharSequence.class.isAssignableFrom(type) || type == char.class) {
      return "text (a JSON string)";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == BigDecimal.class
        || type == Double.class
        || type == double.class
        || type == Float.class
        || type == float.class) {
      return "a number";
    }
    if (type == BigInteger.class
        || (type.isPrimitive() && type != void.class)
        || Number.class.isAssignableFrom(type)) {
      return "a whole number";
    }
    if (type == LocalDate.class) {
      return "a date as YYYY-MM-DD";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "a date and time with its offset, such as 2025-03-10T09:00:00Z";
    }
    if (type == UUID.class) {
      return "a UUID";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a list (a JSON array)";
    }
    return "an object (a JSON object)";
  }

  private static Class<?> targetOf(JsonProcessingException e) {
    MismatchedInputException mismatch = causeOf(e, MismatchedInputException.class);
    if (mismatch != null && mismatch.getTargetType() != null) {
      return mismatch.getTargetType();
    }
    InputCoercionException coercion = causeOf(e, InputCoercionException.class);
    return coercion == null ? null : coercion.getTargetType();
  }

  private static boolean isTrailingContent(JsonProcessingException e) {
    return e instanceof MismatchedInputException
        && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token");
  }

  /** The field named twice, when STRICT_DUPLICATE_DETECTION refused the body. */
  private static String duplicateField(JsonProcessingException e) {
    JsonParseException parse = causeOf(e, JsonParseException.class);
    if (parse == null) {
      return null;
    }
    Matcher m = DUPLICATE.matcher(String.valueOf(parse.getOriginalMessage()));
    return m.find() ? m.group(1) : null;
  }

  /** The JSON path of a mapping failure, such as {@code subGoals[2].partners[0]}; null if none. */
  private static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!out.isEmpty()) {
          out.append('.');
        }
        out.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.isEmpty() ? null : out.toString();
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
