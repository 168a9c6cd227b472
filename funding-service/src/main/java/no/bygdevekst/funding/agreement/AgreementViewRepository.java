package no.bygdevekst.funding.agreement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class AgreementViewRepository implements PanacheRepositoryBase<AgreementView, UUID> {}
