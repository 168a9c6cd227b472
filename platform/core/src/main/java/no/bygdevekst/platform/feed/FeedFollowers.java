package no.bygdevekst.platform.feed;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import no.bygdevekst.platform.outbox.OutboxPublished;

/**
 * Long polls: a reader with {@code wait} whose page is empty is answered as soon as the relay
 * publishes, or when its wait is over.
 *
 * <p>A waiting reader holds no thread: it is a callback on the next publication, which the relay of
 * this instance signals ({@link OutboxPublished}), or on its poll interval, which covers a relay
 * running in another replica. The page is then read again on the feed's own small pool of threads,
 * never on the HTTP server's event loop or worker threads, so that any number of waiting readers
 * cannot starve the other requests.
 */
@ApplicationScoped
public class FeedFollowers {
  private final EventFeed feed;
  private final FeedConfig config;
  private final AtomicReference<CompletableFuture<Void>> nextPublication =
      new AtomicReference<>(new CompletableFuture<>());
  private volatile ExecutorService readers;

  @Inject
  public FeedFollowers(EventFeed feed, FeedConfig config) {
    this.feed = feed;
    this.config = config;
  }

  /**
   * The page after {@code query.after()}: at once when it has events or {@code wait} is zero, else
   * as soon as one is published or after {@code wait}, with an empty page.
   *
   * @throws no.bygdevekst.platform.problem.ProblemException from the first read, as {@link
   *     EventFeed#read}
   */
  CompletionStage<FeedPage> follow(FeedQuery query, Duration wait) {
    CompletableFuture<Void> publication = nextPublication.get(); // before reading: none is missed
    FeedPage page = feed.read(query);
    if (!page.events().isEmpty() || wait.isZero()) {
      return CompletableFuture.completedFuture(page);
    }
    CompletableFuture<FeedPage> answer = new CompletableFuture<>();
    awaitThenRead(
        query.after(page.next()), page, System.nanoTime() + wait.toNanos(), publication, answer);
    return answer;
  }

  void onPublished(@Observes OutboxPublished published) {
    nextPublication.getAndSet(new CompletableFuture<>()).complete(null);
  }

  void onStop(@Observes ShutdownEvent event) {
    ExecutorService pool = readers;
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private void awaitThenRead(
      FeedQuery query,
      FeedPage empty,
      long deadline,
      CompletableFuture<Void> publication,
      CompletableFuture<FeedPage> answer) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      answer.complete(empty);
      return;
    }
    publication
        .copy()
        .completeOnTimeout(
            null, Math.min(left, config.pollInterval().toNanos()), TimeUnit.NANOSECONDS)
        .thenRunAsync(
            () -> {
              try {
                CompletableFuture<Void> following = nextPublication.get();
                FeedPage page = feed.read(query);
                if (!page.events().isEmpty()) {
                  answer.complete(page);
                } else {
                  awaitThenRead(query.after(page.next()), page, deadline, following, answer);
                }
              } catch (RuntimeException e) {
                answer.completeExceptionally(e);
              }
            },
            readers())
        .exceptionally(
            e -> {
              answer.completeExceptionally(e); // the pool is shut down: the service stops
              return null;
            });
  }

  private ExecutorService readers() {
    ExecutorService pool = readers;
    if (pool == null) {
      synchronized (this) {
        if (readers == null) {
          AtomicInteger n = new AtomicInteger();
          readers =
              Executors.newFixedThreadPool(
                  config.readerThreads(),
                  r -> {
                    Thread t = new Thread(r, "event-feed-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                  });
        }
        pool = readers;
      }
    }
    return pool;
  }
}
