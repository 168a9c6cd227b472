package no.bygdevekst.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every read model the service declares (the beans that implement {@link ReadModel.Source}). */
@ApplicationScoped
public class ReadModels {
  private final Instance<ReadModel.Source> sources;
  private volatile List<ReadModel> all;

  @Inject
  public ReadModels(Instance<ReadModel.Source> sources) {
    this.sources = sources;
  }

  /** The read models, each declared once; two with one name or one consumer name are refused. */
  public List<ReadModel> all() {
    List<ReadModel> known = all;
    if (known == null) {
      known = collect();
      all = known;
    }
    return known;
  }

  public Optional<ReadModel> named(String name) {
    return all().stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** The read models of each topic, in the order of their topics' first declaration. */
  public Map<String, List<ReadModel>> byTopic() {
    Map<String, List<ReadModel>> byTopic = new LinkedHashMap<>();
    for (ReadModel model : all()) {
      byTopic.computeIfAbsent(model.topic(), t -> new ArrayList<>()).add(model);
    }
    return byTopic;
  }

  private List<ReadModel> collect() {
    List<ReadModel> models = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> consumers = new HashSet<>();
    for (ReadModel.Source source : sources) {
      ReadModel model = source.readModel();
      if (!names.add(model.name())) {
        throw new IllegalStateException("Two read models are named " + model.name());
      }
      if (!consumers.add(model.consumer())) {
        throw new IllegalStateException("Two read models use the consumer " + model.consumer());
      }
      models.add(model);
    }
    return List.copyOf(models);
  }
}
