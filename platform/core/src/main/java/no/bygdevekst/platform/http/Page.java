package no.bygdevekst.platform.http;

import java.util.List;

/** One page of a list, with what a client needs to fetch the others. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    int pages = (int) ((total + request.size() - 1) / request.size());
    return new Page<>(items, request.page(), request.size(), total, pages);
  }
}
