package no.bygdevekst.evaluation.ssb;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * SSB's statistics API for table 07459 (population by region, sex, age and year). The base URL is
 * the table's URL, {@code quarkus.rest-client.ssb-07459.url}; the answer is read as text and parsed
 * by {@link JsonStat2} so that numbers stay exact.
 */
@RegisterRestClient(configKey = "ssb-07459")
public interface SsbTableClient {

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  String query(PxQuery query);
}
