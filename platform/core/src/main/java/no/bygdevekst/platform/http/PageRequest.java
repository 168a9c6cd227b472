package no.bygdevekst.platform.http;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import no.bygdevekst.platform.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging parameters of a list endpoint: {@code page} from 0, {@code size} from 1 to {@value
 * #MAX_SIZE} (default {@value #DEFAULT_SIZE}). Use it as a {@code @BeanParam}.
 */
public class PageRequest {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  @QueryParam("page")
  @DefaultValue("0")
  @Parameter(description = "The page, from 0")
  int page;

  @QueryParam("size")
  @DefaultValue("20")
  @Parameter(description = "Items per page, 1 to " + MAX_SIZE)
  int size;

  public PageRequest() {}

  private PageRequest(int page, int size) {
    this.page = page;
    this.size = size;
  }

  public static PageRequest of(int page, int size) {
    return new PageRequest(page, size).validated();
  }

  /** Refuses a negative page or a size out of range (400). */
  public PageRequest validated() {
    if (page < 0) {
      throw Problems.invalid("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw Problems.invalid("size", "must be between 1 and " + MAX_SIZE);
    }
    return this;
  }

  public int page() {
    return page;
  }

  public int size() {
    return size;
  }

  public int offset() {
    return page * size;
  }
}
