package no.bygdevekst.evaluation.ssb;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.bygdevekst.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Measurements of a population indicator from SSB's official statistics. */
@Path("/api/v1/indicators/{id}/measurements/ssb-population")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators")
public class PopulationImportResource {
  private final PopulationImport populationImport;

  @Inject
  public PopulationImportResource(PopulationImport populationImport) {
    this.populationImport = populationImport;
  }

  @POST
  @RolesAllowed(Roles.MUNICIPALITY)
  @Operation(
      operationId = "importPopulation",
      summary = "Import population from SSB table 07459",
      description =
          "Reads the population on 1 January of each year from SSB (JSON-stat2), summed over the"
              + " agreement's municipalities (or those named), and records it as measurements of"
              + " this UNIT indicator: a new year is recorded, a revised figure is recorded as a"
              + " correction, an equal one is left alone.")
  @APIResponse(responseCode = "200", description = "What was done, year by year")
  @APIResponse(responseCode = "403", description = "Not a municipality of this agreement")
  @APIResponse(responseCode = "409", description = "The indicator is not a UNIT indicator")
  @APIResponse(responseCode = "502", description = "SSB could not be reached or read")
  public ImportResult importPopulation(
      @Parameter(description = "The indicator's id") @PathParam("id") UUID id,
      @Valid @NotNull ImportPopulation command) {
    return populationImport.run(id, command);
  }
}
