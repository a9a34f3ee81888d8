package org.govweb.scoring.rollup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The new-media accounts of a unit or of the whole county in one quarter. Accounts are spot-checked;
 * the county notice asks for a ratio above 50 % (抽查比例大于50%), a parameter of the roll-up
 * ({@link RollupOptions#requiredSpotCheckRatio()}).
 *
 * @param registered accounts in the register
 * @param checked registered accounts with a report this quarter
 * @param qualified checked accounts judged QUALIFIED
 * @param unqualified checked accounts judged UNQUALIFIED
 * @param unqualifiedVeto of those, unqualified by a veto (reason VETO)
 * @param spotCheckRatio {@code checked ÷ registered}: exact when that decimal ends, else rounded half-up
 *     to 10 decimals; null when no account is registered
 * @param spotCheckPercent the ratio in per cent rounded half-up to 2 decimals, e.g. {@code 57.14}; null
 *     when no account is registered
 * @param requiredSpotCheckRatio the ratio to exceed (default 0.5)
 * @param aboveRequiredRatio whether {@code checked ÷ registered} is strictly greater than the required
 *     ratio, compared exactly (exactly 50 % is not above 50 %); null when no account is registered
 */
@JsonPropertyOrder({"registered", "checked", "qualified", "unqualified", "unqualifiedVeto", "spotCheckRatio",
    "spotCheckPercent", "requiredSpotCheckRatio", "aboveRequiredRatio"})
public record NewMediaFigures(
        @JsonProperty(value = "registered", required = true) int registered,
        @JsonProperty(value = "checked", required = true) int checked,
        @JsonProperty(value = "qualified", required = true) int qualified,
        @JsonProperty(value = "unqualified", required = true) int unqualified,
        @JsonProperty(value = "unqualifiedVeto", required = true) int unqualifiedVeto,
        @JsonProperty(value = "spotCheckRatio", required = true) BigDecimal spotCheckRatio,
        @JsonProperty(value = "spotCheckPercent", required = true) String spotCheckPercent,
        @JsonProperty(value = "requiredSpotCheckRatio", required = true) BigDecimal requiredSpotCheckRatio,
        @JsonProperty(value = "aboveRequiredRatio", required = true) Boolean aboveRequiredRatio) {

    /** Checks required components. */
    public NewMediaFigures {
        Objects.requireNonNull(requiredSpotCheckRatio, "requiredSpotCheckRatio");
    }
}
