package no.bygdevekst.platform.json;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import no.bygdevekst.platform.problem.Problems;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Reads query and header parameters of whole numbers, decimals, dates, UUIDs and booleans within
 * {@link InputBounds}, and refuses a value it cannot read with a 400 that names the parameter.
 * JAX-RS would answer such a query parameter with 404, as if the resource did not exist. Path
 * parameters keep that 404: a path that holds no id leads nowhere. Text parameters are checked for
 * control characters with the rest of the request line ({@code http.HttpInputGuard}).
 */
@Provider
public class BoundedParameters implements ParamConverterProvider {
  private static final Map<Class<?>, Reader<?>> READERS =
      Map.of(
          Integer.class, new Reader<>("a whole number", BoundedParameters::integer),
          int.class, new Reader<>("a whole number", BoundedParameters::integer),
          Long.class, new Reader<>("a whole number", Long::valueOf),
          long.class, new Reader<>("a whole number", Long::valueOf),
          BigDecimal.class, new Reader<>("a number", BoundedParameters::decimal),
          LocalDate.class, new Reader<>("a date as YYYY-MM-DD", BoundedParameters::date),
          UUID.class, new Reader<>("a UUID", UUID::fromString),
          Boolean.class, new Reader<>("true or false", BoundedParameters::bool),
          boolean.class, new Reader<>("true or false", BoundedParameters::bool));

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    Reader<?> reader = READERS.get(rawType);
    String name = nameOf(annotations);
    if (reader == null || name == null) {
      return null;
    }
    return (ParamConverter<T>) new Converter<>(name, reader);
  }

  private static String nameOf(Annotation[] annotations) {
    if (annotations == null) {
      return null;
    }
    for (Annotation a : annotations) {
      if (a instanceof QueryParam q) {
        return q.value();
      }
      if (a instanceof HeaderParam h) {
        return h.value();
      }
      if (a instanceof RestQuery q) {
        return q.value();
      }
      if (a instanceof RestHeader h) {
        return h.value();
      }
    }
    return null;
  }

  private static Integer integer(String text) {
    return Integer.valueOf(text);
  }

  private static BigDecimal decimal(String text) {
    BigDecimal value = new BigDecimal(text);
    if (InputBounds.decimalProblem(value).isPresent()) {
      throw new IllegalArgumentException("out of bounds");
    }
    return value;
  }

  private static LocalDate date(String text) {
    LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    if (InputBounds.dateProblem(date).isPresent()) {
      throw new IllegalArgumentException("out of bounds");
    }
    return date;
  }

  private static Boolean bool(String text) {
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("not a boolean");
    };
  }

  private record Reader<T>(String expected, Function<String, T> parse) {}

  private record Converter<T>(String name, Reader<T> reader) implements ParamConverter<T> {
    @Override
    public T fromString(String value) {
      if (value == null) {
        return null;
      }
      String text = value.strip();
      try {
        if (text.length() > InputBounds.MAX_SCALAR_TEXT) {
          throw new IllegalArgumentException("too long");
        }
        return reader.parse().apply(text);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw Problems.invalid(name, "must be " + reader.expected());
      }
    }

    @Override
    public String toString(T value) {
      return value == null ? null : value.toString();
    }
  }
}
