package no.bygdevekst.bench.peer;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The peer's one read: a row by its primary key, as JSON. No transaction (a read needs none in
 * Quarkus), no security, no ETag: the least a Quarkus + Panache read of one row does.
 */
@Path("/items")
public class ItemResource {
  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public Item get(@PathParam("id") long id) {
    Item item = Item.findById(id);
    if (item == null) {
      throw new NotFoundException();
    }
    return item;
  }
}
