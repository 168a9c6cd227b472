package no.bygdevekst.platform.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a service knows of who acts for which party, from its own data: the seam through which every
 * caller's rights are worked out ({@link Caller}). Each service implements it from its read models
 * (agreement-service from its own tables): which municipality an organisation number belongs to,
 * and which agreements a person represents which party in, in which role and when.
 *
 * <p>A service without an implementation gets {@link NoPartyDirectory}: organisation numbers name
 * no municipality and no person represents anyone, so a person has no roles.
 *
 * <p>It is called while a request is authenticated, on a worker thread, outside the request's
 * transaction: an implementation opens its own (read-only) transaction, for example with
 * {@code @Transactional}.
 */
public interface PartyDirectory {
  /**
   * The kommunenumre recorded with this organisation number, usually one (a municipality's number
   * can change with a county reform while its organisation number stays); empty when it names no
   * municipality the service knows.
   */
  Set<String> municipalitiesOf(String organisationNumber);

  /**
   * The person's representations that hold on {@code day}, in every agreement the service knows.
   */
  List<Representation> representationsOf(Person person, LocalDate day);
}
