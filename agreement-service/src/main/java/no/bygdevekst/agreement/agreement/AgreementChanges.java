package no.bygdevekst.agreement.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.bygdevekst.agreement.api.AgreementView;
import no.bygdevekst.agreement.events.AgreementEvent;
import no.bygdevekst.agreement.events.AgreementState;
import no.bygdevekst.agreement.history.AgreementVersion;
import no.bygdevekst.agreement.history.AgreementVersions;
import no.bygdevekst.agreement.history.ChangeKind;
import no.bygdevekst.agreement.history.SystemAuditTrail;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.outbox.Outbox;

/**
 * Makes a change to an agreement a new version: in the change's transaction it writes the version
 * (to get its number), keeps the whole agreement in the history, publishes one event through the
 * outbox and audits who did it. Every command ends here, once per version it makes.
 */
@ApplicationScoped
public class AgreementChanges {
  static final String AUDIT_TYPE = "agreement";

  /** The top-level fields compared between versions, in the order the API shows them. */
  private static final List<String> CONTENT_FIELDS =
      List.of(
          "status",
          "title",
          "pilotArea",
          "period",
          "principalParties",
          "partners",
          "subGoals",
          "commitments",
          "anchoring",
          "signatures",
          "activatedOn",
          "concludedOn",
          "conclusionReason");

  private final EntityManager em;
  private final ObjectMapper mapper;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final SystemAuditTrail systemAudit;
  private final AgreementVersions versions;

  public AgreementChanges(
      EntityManager em,
      ObjectMapper mapper,
      Outbox outbox,
      AuditTrail audit,
      SystemAuditTrail systemAudit,
      AgreementVersions versions) {
    this.em = em;
    this.mapper = mapper;
    this.outbox = outbox;
    this.audit = audit;
    this.systemAudit = systemAudit;
    this.versions = versions;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void registered(Agreement a, boolean replaced) {
    record(
        a,
        replaced ? ChangeKind.REPLACED : ChangeKind.REGISTERED,
        null,
        false,
        Map.of(),
        AgreementEvent.AgreementRegistered::new);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void signed(Agreement a, String partyId) {
    record(
        a,
        ChangeKind.SIGNED,
        null,
        false,
        Map.of("partyId", partyId),
        state -> new AgreementEvent.AgreementSigned(state, partyId));
  }

  /** Activation is the service's own doing, whoever's request or job noticed the start date. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void activated(Agreement a) {
    record(a, ChangeKind.ACTIVATED, null, true, Map.of(), AgreementEvent.AgreementActivated::new);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void amended(Agreement a, String reason) {
    record(
        a,
        ChangeKind.AMENDED,
        reason,
        false,
        Map.of(),
        state -> new AgreementEvent.AgreementAmended(state, reason));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void concluded(Agreement a, String reason, LocalDate on) {
    record(
        a,
        ChangeKind.CONCLUDED,
        reason,
        false,
        Map.of("concludedOn", on.toString()),
        state -> new AgreementEvent.AgreementConcluded(state, reason, on));
  }

  private void record(
      Agreement a,
      ChangeKind kind,
      String reason,
      boolean bySystem,
      Map<String, Object> extra,
      Function<AgreementState, AgreementEvent> event) {
    em.flush(); // writes the change and gives it its version number
    AgreementView view = AgreementMapper.toView(a);
    JsonNode state = mapper.valueToTree(view);
    List<String> changed =
        versions
            .latest(a.id)
            .map(previous -> changedFields(read(previous.state), state))
            .orElseGet(() -> presentFields(state));

    AgreementVersion version = new AgreementVersion();
    version.agreementId = a.id;
    version.version = a.version;
    version.change = kind;
    version.reason = reason;
    version.changedAt = a.changedAt;
    version.changedBy = a.changedBy;
    version.changedFields = changed;
    version.state = state.toString();
    em.persist(version);

    AgreementEvent published = event.apply(AgreementStates.of(a));
    outbox.record(a.id, published.name(), AgreementEvent.SCHEMA_VERSION, published);

    Map<String, Object> details = new LinkedHashMap<>();
    details.put("version", a.version);
    details.put("status", a.status.name());
    details.put("changedFields", changed);
    if (reason != null) {
      details.put("reason", reason);
    }
    details.putAll(extra);
    String action = "agreement." + kind.name().toLowerCase();
    if (bySystem) {
      systemAudit.record(action, AUDIT_TYPE, a.id, details);
    } else {
      audit.record(action, AUDIT_TYPE, a.id, details);
    }
  }

  private static List<String> changedFields(JsonNode before, JsonNode after) {
    List<String> changed = new ArrayList<>();
    for (String field : CONTENT_FIELDS) {
      JsonNode was = before.path(field);
      JsonNode is = after.path(field);
      if (!normalise(was).equals(normalise(is))) {
        changed.add(field);
      }
    }
    return changed;
  }

  private static List<String> presentFields(JsonNode state) {
    return CONTENT_FIELDS.stream()
        .filter(f -> !normalise(state.path(f)).isNull())
        .filter(f -> !(state.path(f).isArray() && state.path(f).isEmpty()))
        .toList();
  }

  private static JsonNode normalise(JsonNode node) {
    return node.isMissingNode() ? NullNode.getInstance() : node;
  }

  private JsonNode read(String json) {
    try {
      return mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored agreement version is not JSON", e);
    }
  }
}
