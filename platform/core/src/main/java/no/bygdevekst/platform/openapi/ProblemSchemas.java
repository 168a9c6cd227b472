package no.bygdevekst.platform.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The problem detail (RFC 9457) as every document describes it. Defined here once rather than
 * scanned from {@link no.bygdevekst.platform.problem.Problem}, whose extension members travel in a
 * map that a schema cannot show: here they are allowed ({@code additionalProperties}), and a kind
 * of problem that adds members has its own schema, {@code allOf} this one (docs/api-documents.md).
 */
final class ProblemSchemas {
  static final String PROBLEM = "Problem";
  static final String FIELD_ERROR = "FieldError";
  static final String INCIDENT_PROBLEM = "IncidentProblem";

  private ProblemSchemas() {}

  static void install(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema(PROBLEM, problem());
    openAPI.getComponents().addSchema(FIELD_ERROR, fieldError());
    openAPI.getComponents().addSchema(INCIDENT_PROBLEM, incidentProblem());
  }

  private static Schema problem() {
    return OASFactory.createSchema()
        .type(List.of(SchemaType.OBJECT))
        .description(
            "An RFC 9457 problem detail, sent as application/problem+json. A kind of problem may"
                + " add members of its own (extension members); docs/problems.md lists the kinds.")
        .required(List.of("type", "title", "status"))
        .addProperty(
            "type",
            text("The kind of problem, a URI reference")
                .format("uri-reference")
                .examples(List.of("/problems/conflict")))
        .addProperty(
            "title", text("A short summary of the kind of problem").examples(List.of("Conflict")))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .type(List.of(SchemaType.INTEGER))
                .format("int32")
                .minimum(java.math.BigDecimal.valueOf(400))
                .maximum(java.math.BigDecimal.valueOf(599))
                .description("The HTTP status code")
                .examples(List.of(409)))
        .addProperty("detail", text("What went wrong this time, for a person to read"))
        .addProperty(
            "instance",
            text("The path of the request that failed")
                .format("uri-reference")
                .examples(List.of("/api/v1/agreements")))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .type(List.of(SchemaType.ARRAY))
                .items(Schemas.ref(FIELD_ERROR))
                .description("For a validation problem: each field in error"))
        .additionalPropertiesBoolean(Boolean.TRUE);
  }

  private static Schema fieldError() {
    return OASFactory.createSchema()
        .type(List.of(SchemaType.OBJECT))
        .description("One field of the request that failed validation")
        .required(List.of("field", "message"))
        .addProperty(
            "field",
            text("The field's path in the request body, or the parameter's name")
                .examples(List.of("period.to")))
        .addProperty(
            "message",
            text("What is wrong with it").examples(List.of("must be after period.from")));
  }

  private static Schema incidentProblem() {
    return OASFactory.createSchema()
        .description(
            "An unexpected failure (500): quote the incident when reporting it; the service's log"
                + " has it too")
        .allOf(List.of(Schemas.ref(PROBLEM)))
        .type(List.of(SchemaType.OBJECT))
        .required(List.of("incident"))
        .addProperty("incident", text("The failure's id in the service's log").format("uuid"));
  }

  private static Schema text(String description) {
    return OASFactory.createSchema().type(List.of(SchemaType.STRING)).description(description);
  }
}
