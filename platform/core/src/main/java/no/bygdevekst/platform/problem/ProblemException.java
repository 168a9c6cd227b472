package no.bygdevekst.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * A refusal that becomes a problem detail. Services throw it through the factories in {@link
 * Problems} rather than building responses by hand.
 */
public class ProblemException extends RuntimeException {
  private final int status;
  private final String slug;
  private final String title;
  private final List<Problem.FieldError> errors;
  private final Map<String, Object> extensions;

  public ProblemException(
      int status,
      String slug,
      String title,
      String detail,
      List<Problem.FieldError> errors,
      Map<String, Object> extensions) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
    this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }

  public Map<String, Object> extensions() {
    return extensions;
  }
}
