package no.bygdevekst.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, sent as {@code application/problem+json}.
 *
 * @param type a URI reference naming the kind of problem, described in docs/problems.md
 * @param errors for validation problems: each field in error and what is wrong with it
 * @param extensions further members that belong to this kind of problem
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors,
    @Schema(hidden = true) Map<String, Object> extensions) {

  public static final String MEDIA_TYPE = "application/problem+json";

  @JsonAnyGetter
  public Map<String, Object> extensions() {
    return extensions;
  }

  /** One field that failed validation. */
  public record FieldError(String field, String message) {}
}
