package org.govweb.scoring.rollup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The websites of a unit or of the whole county in one quarter. Every website of the register is to
 * be checked each quarter (每季度对全县政府网站进行全面检查).
 *
 * @param registered websites in the register
 * @param checked registered websites with a report this quarter
 * @param unchecked registered websites without one ({@code registered − checked})
 * @param qualified checked websites judged QUALIFIED
 * @param unqualified checked websites judged UNQUALIFIED, whatever the reason
 * @param unqualifiedVeto of those, unqualified by a veto (reason VETO)
 * @param unqualifiedBelow60 of those, unqualified by their Part 2 score (reason BELOW_60)
 * @param scored checked websites with a score (every one not vetoed): the ones averaged and banded
 * @param scoreSum the sum of their scores, exact
 * @param meanScore {@code scoreSum ÷ scored}: exact when that decimal ends, else rounded half-up to 10
 *     decimals; null when nothing was scored
 * @param meanScoreDisplay the mean rounded half-up to 2 decimals (from the exact quotient); null when
 *     nothing was scored
 * @param distribution how many scored websites fall in each band, lowest band first
 */
@JsonPropertyOrder({"registered", "checked", "unchecked", "qualified", "unqualified", "unqualifiedVeto",
    "unqualifiedBelow60", "scored", "scoreSum", "meanScore", "meanScoreDisplay", "distribution"})
public record WebsiteFigures(
        @JsonProperty(value = "registered", required = true) int registered,
        @JsonProperty(value = "checked", required = true) int checked,
        @JsonProperty(value = "unchecked", required = true) int unchecked,
        @JsonProperty(value = "qualified", required = true) int qualified,
        @JsonProperty(value = "unqualified", required = true) int unqualified,
        @JsonProperty(value = "unqualifiedVeto", required = true) int unqualifiedVeto,
        @JsonProperty(value = "unqualifiedBelow60", required = true) int unqualifiedBelow60,
        @JsonProperty(value = "scored", required = true) int scored,
        @JsonProperty(value = "scoreSum", required = true) BigDecimal scoreSum,
        @JsonProperty(value = "meanScore", required = true) BigDecimal meanScore,
        @JsonProperty(value = "meanScoreDisplay", required = true) String meanScoreDisplay,
        @JsonProperty(value = "distribution", required = true) List<BandCount> distribution) {

    /** Checks required components and copies the list (immutable). */
    public WebsiteFigures {
        Objects.requireNonNull(scoreSum, "scoreSum");
        distribution = List.copyOf(Objects.requireNonNull(distribution, "distribution"));
    }
}
