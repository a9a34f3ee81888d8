package org.govweb.scoring.rollup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;

/**
 * One registered website or new-media account and the report counted for it this quarter, copied
 * from that report (the roll-up judges nothing itself).
 *
 * @param id the site's or account's id
 * @param name its registered name
 * @param unit its registered unit
 * @param kind website or new-media account
 * @param checked whether a report was counted for it this quarter; when false every field below is null
 * @param inspectionId the counted report's inspection id
 * @param monitoringDate the counted report's monitoring date
 * @param verdict the counted report's verdict
 * @param reason the counted report's reason (VETO, BELOW_60), null when qualified
 * @param score websites: the report's final score (its Part 2 when it gives no final score); null for a
 *     vetoed website and for new media
 * @param scoreDisplay the score rounded half-up to 2 decimals; null with the score
 * @param band the label of the score's band; null with the score
 */
@JsonPropertyOrder({"id", "name", "unit", "kind", "checked", "inspectionId", "monitoringDate", "verdict", "reason",
    "score", "scoreDisplay", "band"})
public record SubjectResult(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "unit", required = true) String unit,
        @JsonProperty(value = "kind", required = true) SubjectKind kind,
        @JsonProperty(value = "checked", required = true) boolean checked,
        @JsonProperty(value = "inspectionId", required = true) String inspectionId,
        @JsonProperty(value = "monitoringDate", required = true) LocalDate monitoringDate,
        @JsonProperty(value = "verdict", required = true) Verdict verdict,
        @JsonProperty(value = "reason", required = true) VerdictReason reason,
        @JsonProperty(value = "score", required = true) BigDecimal score,
        @JsonProperty(value = "scoreDisplay", required = true) String scoreDisplay,
        @JsonProperty(value = "band", required = true) String band) {

    /** Checks required components. */
    public SubjectResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
    }
}
