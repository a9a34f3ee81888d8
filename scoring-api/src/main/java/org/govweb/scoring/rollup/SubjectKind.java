package org.govweb.scoring.rollup;

/**
 * What a registered subject is: a government website (政府网站) or a government new-media account
 * (政务新媒体). Matches the {@code type} of a {@link org.govweb.scoring.report.ScoreReport}.
 */
public enum SubjectKind {
    /** a government website; its inspections are reports of type {@code website} */
    WEBSITE("website"),
    /** a government new-media account; its inspections are reports of type {@code newMedia} */
    NEW_MEDIA("newMedia");

    private final String reportType;

    SubjectKind(String reportType) {
        this.reportType = reportType;
    }

    /** @return the {@code type} a score report of this kind of subject carries */
    public String reportType() {
        return reportType;
    }

    /**
     * @param reportType the {@code type} of a score report
     * @return the kind of subject it scores, or null when the type is neither
     */
    public static SubjectKind ofReportType(String reportType) {
        for (SubjectKind k : values()) {
            if (k.reportType.equals(reportType)) {
                return k;
            }
        }
        return null;
    }
}
