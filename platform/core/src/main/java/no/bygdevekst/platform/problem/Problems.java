package no.bygdevekst.platform.problem;

import java.util.List;
import java.util.Map;

/** The kinds of refusal every service shares. Each has a page in docs/problems.md. */
public final class Problems {
  private Problems() {}

  /** The URI reference of a kind of problem. */
  public static String type(String slug) {
    return "/problems/" + slug;
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(
        404, "not-found", "Not found", what + " " + id + " does not exist", null, null);
  }

  public static ProblemException badRequest(String detail) {
    return new ProblemException(400, "bad-request", "Bad request", detail, null, null);
  }

  public static ProblemException invalid(String field, String message) {
    return validation(List.of(new Problem.FieldError(field, message)));
  }

  public static ProblemException validation(List<Problem.FieldError> errors) {
    return new ProblemException(
        400,
        "validation",
        "Validation failed",
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are invalid",
        errors,
        null);
  }

  /** A state conflict: the request is well-formed but the aggregate's state forbids it. */
  public static ProblemException conflict(String detail) {
    return conflict(detail, null);
  }

  public static ProblemException conflict(String detail, Map<String, Object> extensions) {
    return new ProblemException(409, "conflict", "Conflict", detail, null, extensions);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "forbidden", "Forbidden", detail, null, null);
  }

  public static ProblemException preconditionFailed(String detail) {
    return new ProblemException(
        412, "precondition-failed", "Precondition failed", detail, null, null);
  }

  public static ProblemException preconditionRequired(String detail) {
    return new ProblemException(
        428, "precondition-required", "Precondition required", detail, null, null);
  }

  public static ProblemException unprocessable(String detail) {
    return new ProblemException(422, "unprocessable", "Unprocessable request", detail, null, null);
  }
}
