package org.govweb.scoring.drools.fact;

import java.math.BigDecimal;
import org.govweb.scoring.report.IndicatorInfo;
import org.govweb.scoring.report.IndicatorKind;

/**
 * Builds catalogue entries in the rule files' catalogue rules, e.g.
 * {@code insert(Catalogue.indicator("D2.4", "D2", "办事指南", "Service guides", "8"));}. An indicator
 * takes its kind and service flag from its group, so each is written once, in the group's entry.
 */
public final class Catalogue {
    private Catalogue() {
    }

    /**
     * @param id group ID, e.g. {@code D2}
     * @param nameZh the checklist's Chinese name
     * @param nameEn English name
     * @param kind VETO, DEDUCTION, BONUS, ANNUAL or PROCEDURE
     * @param points the group's points as written in the checklist, or null
     * @param service belongs to 办事服务 (not checked for units with no public-service function)
     * @return the group's entry
     */
    public static IndicatorInfo group(String id, String nameZh, String nameEn, IndicatorKind kind, String points,
            boolean service) {
        return new IndicatorInfo(id, null, nameZh, nameEn, kind, points == null ? null : new BigDecimal(points), service,
                false);
    }

    /**
     * @param id indicator ID, e.g. {@code D2.4}
     * @param group the group entry it belongs to
     * @param nameZh the checklist's Chinese name
     * @param nameEn English name
     * @param points its points (分值), or null for vetoes and procedure steps
     * @return the indicator's entry
     */
    public static IndicatorInfo indicator(String id, IndicatorInfo group, String nameZh, String nameEn, String points) {
        return new IndicatorInfo(id, group.id(), nameZh, nameEn, group.kind(), points == null ? null : new BigDecimal(points),
                group.service(), false);
    }

    /**
     * An indicator whose name is not in the source and was inferred (D4.5).
     *
     * @param id indicator ID
     * @param group the group entry it belongs to
     * @param nameZh the inferred Chinese name
     * @param nameEn English name
     * @param points its points
     * @return the indicator's entry, marked as inferred
     */
    public static IndicatorInfo inferred(String id, IndicatorInfo group, String nameZh, String nameEn, String points) {
        return new IndicatorInfo(id, group.id(), nameZh, nameEn, group.kind(), points == null ? null : new BigDecimal(points),
                group.service(), true);
    }
}
