package no.bygdevekst.funding.disbursement;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.bygdevekst.funding.grant.GrantStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded payout and where the grant stands after it. */
public record DisbursementResult(
    UUID disbursementId,
    UUID grantId,
    long grantVersion,
    @JsonProperty("final") boolean finalDisbursement,
    long amountOre,
    List<DisbursementRequest.Line> lines,
    GrantStatus grantStatus,
    @Schema(description = "Paid out under the grant in all, after this payout") long disbursedOre,
    @Schema(
            description =
                "After the final payout: granted and not paid out, to be returned or withheld")
        Long notPaidOutOre,
    Instant recordedAt,
    String recordedBy) {}
