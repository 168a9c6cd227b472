package no.bygdevekst.platform.inbox;

import java.util.UUID;

/**
 * The data of an event about one agreement, as every event of the system is: the record key and the
 * CloudEvents subject are that agreement's id. A payload record with an {@code agreementId}
 * component implements it as it stands. The inbox dead-letters an event whose data names another
 * agreement than its subject, before any handler sees it.
 */
public interface AboutAgreement {
  UUID agreementId();
}
