package org.govweb.scoring.diff;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;

/**
 * The verdict before and after, with why each was unqualified.
 *
 * @param was the earlier verdict
 * @param wasReason why the earlier one was unqualified; null when qualified
 * @param now the later verdict
 * @param nowReason why the later one is unqualified; null when qualified
 */
@JsonPropertyOrder({"was", "wasReason", "now", "nowReason"})
public record VerdictChange(
        @JsonProperty(value = "was", required = true) Verdict was,
        @JsonProperty(value = "wasReason", required = true) VerdictReason wasReason,
        @JsonProperty(value = "now", required = true) Verdict now,
        @JsonProperty(value = "nowReason", required = true) VerdictReason nowReason) {

    /** Checks required components. */
    public VerdictChange {
        Objects.requireNonNull(was, "was");
        Objects.requireNonNull(now, "now");
    }

    /** @return whether the verdict or its reason differs */
    public boolean changed() {
        return was != now || wasReason != nowReason;
    }
}
