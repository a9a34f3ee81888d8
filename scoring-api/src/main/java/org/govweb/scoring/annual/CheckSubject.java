package org.govweb.scoring.annual;

/**
 * Whose site or account was checked.
 */
public enum CheckSubject {
    /** the unit's own */
    OWN,
    /** one of a unit under it */
    SUBORDINATE
}
