package org.govweb.scoring.drools.fact;

/**
 * A group or indicator not checked for this unit (no public-service function).
 *
 * @param id the group's or indicator's ID
 */
public record NotApplicable(String id) {
}
