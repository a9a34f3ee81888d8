package org.govweb.scoring.annual;

/**
 * What was checked.
 */
public enum CheckTarget {
    /** a website */
    WEBSITE,
    /** a new-media account */
    NEW_MEDIA
}
