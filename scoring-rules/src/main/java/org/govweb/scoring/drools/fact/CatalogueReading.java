package org.govweb.scoring.drools.fact;

/**
 * Present only in the session that reads the catalogue when the rules are loaded: each catalogue rule
 * starts with {@code CatalogueReading()}, so that no scoring session evaluates it (a rule with no
 * pattern is matched, and queued in its agenda group, in every session).
 */
public record CatalogueReading() {
}
