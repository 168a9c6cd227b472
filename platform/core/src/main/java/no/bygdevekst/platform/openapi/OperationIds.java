package no.bygdevekst.platform.openapi;

import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Operation ids are unique across the four services, so that clients of several services never mix
 * up two operations. The platform's own endpoints are in every service: their ids carry the
 * placeholder {@value #SERVICE}, which becomes the service's name ({@code listFundingReadModels}).
 */
final class OperationIds {
  static final String SERVICE = "{Service}";

  private OperationIds() {}

  static void resolve(Operation operation, String service) {
    String id = operation.getOperationId();
    if (id != null && id.contains(SERVICE)) {
      operation.setOperationId(
          id.replace(SERVICE, Character.toUpperCase(service.charAt(0)) + service.substring(1)));
    }
  }
}
