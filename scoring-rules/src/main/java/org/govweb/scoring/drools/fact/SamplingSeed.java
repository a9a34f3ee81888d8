package org.govweb.scoring.drools.fact;

/**
 * The seed of this inspection's sample draws: the input's {@code samplingSeed}, or one derived from the
 * site's id and the monitoring date.
 *
 * @param value the seed
 */
public record SamplingSeed(long value) {
}
