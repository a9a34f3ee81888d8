package org.govweb.scoring.annual;

/**
 * Who ran a check.
 */
public enum CheckLevel {
    /** 国务院办公厅 State Council General Office */
    STATE_COUNCIL,
    /** 市政府办公厅 municipal government office */
    MUNICIPAL,
    /** 县政府办公室 county government office */
    COUNTY
}
