package no.bygdevekst.evaluation.access;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.bygdevekst.platform.inbox.RepresentativeRow;

/** A registration of an agreement's register of representatives, as its events tell it. */
@Entity
@Table(name = "representative_view")
public class Representative extends RepresentativeRow {}
