package org.govweb.scoring.drools.fact;

import java.util.Collection;
import org.govweb.scoring.report.IndicatorStatus;

/** Summarises the statuses of a group's indicators into the group's status. */
public final class GroupStatus {
    private GroupStatus() {
    }

    /**
     * @param statuses the statuses of the group's indicators
     * @return NOT_APPLICABLE or NOT_SCORED when any indicator is so, else HIT when any is hit, else CLEAN
     */
    public static IndicatorStatus of(Collection<?> statuses) {
        if (statuses.contains(IndicatorStatus.NOT_APPLICABLE)) {
            return IndicatorStatus.NOT_APPLICABLE;
        }
        if (statuses.contains(IndicatorStatus.NOT_SCORED)) {
            return IndicatorStatus.NOT_SCORED;
        }
        return statuses.contains(IndicatorStatus.HIT) ? IndicatorStatus.HIT : IndicatorStatus.CLEAN;
    }
}
