package org.govweb.scoring.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Which rule files scored a report.
 *
 * @param name the rule set's name
 * @param version its version
 * @param sha256 SHA-256 over the rule files (path and content, in path order)
 * @param source where the files came from: bundled, or a directory
 */
public record RuleSetIdentity(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "version", required = true) String version,
        @JsonProperty(value = "sha256", required = true) String sha256,
        @JsonProperty(value = "source", required = true) String source) {
    /** Checks required components and copies lists (immutable). */
    public RuleSetIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(source, "source");
    }
}
