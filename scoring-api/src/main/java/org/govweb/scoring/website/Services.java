package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * 办事服务: what the site offers to do business online. Not applicable when the unit has no public-
 * service function.
 *
 * @param items every service item; empty = no services offered (VW6)
 * @param categorisedCatalogue items are presented in one categorised catalogue (D2.1)
 * @param registrationWorks users, non-local users included, can register online (D2.2)
 * @param registeredUsersCanApply registered users can apply online (D2.2)
 * @param statistics 办事统计 (D2.3)
 * @param evaluationOffered service evaluation is offered (B2.1)
 * @param evaluationResultsPublished evaluation results are published (B2.1)
 * @param thematicServices names of topical or integrated services (专题或集成服务, B2.2)
 */
public record Services(
        @JsonProperty(value = "items", required = true) List<ServiceItem> items,
        @JsonProperty(value = "categorisedCatalogue", required = true) boolean categorisedCatalogue,
        @JsonProperty(value = "registrationWorks", required = true) boolean registrationWorks,
        @JsonProperty(value = "registeredUsersCanApply", required = true) boolean registeredUsersCanApply,
        @JsonProperty(value = "statistics", required = true) ServiceStatistics statistics,
        @JsonProperty(value = "evaluationOffered", required = true) boolean evaluationOffered,
        @JsonProperty(value = "evaluationResultsPublished", required = true) boolean evaluationResultsPublished,
        @JsonProperty(value = "thematicServices", required = true) List<String> thematicServices) {
    /** Checks required components and copies lists (immutable). */
    public Services {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Objects.requireNonNull(statistics, "statistics");
        thematicServices = List.copyOf(Objects.requireNonNull(thematicServices, "thematicServices"));
    }

    /** @return a builder with every component unset (lists empty, booleans false) */
    public static Builder builder() { return new Builder(); }

    /** @return a builder holding this record's components, to derive a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.items = items;
        b.categorisedCatalogue = categorisedCatalogue;
        b.registrationWorks = registrationWorks;
        b.registeredUsersCanApply = registeredUsersCanApply;
        b.statistics = statistics;
        b.evaluationOffered = evaluationOffered;
        b.evaluationResultsPublished = evaluationResultsPublished;
        b.thematicServices = thematicServices;
        return b;
    }

    /** Builder of {@link Services}; {@link #build()} applies the record's checks. */
    public static final class Builder {
        private List<ServiceItem> items = List.of();
        private boolean categorisedCatalogue;
        private boolean registrationWorks;
        private boolean registeredUsersCanApply;
        private ServiceStatistics statistics;
        private boolean evaluationOffered;
        private boolean evaluationResultsPublished;
        private List<String> thematicServices = List.of();

        private Builder() { }

        /** @param items every service item; empty = no services offered (VW6) @return this builder */
        public Builder items(List<ServiceItem> items) { this.items = items; return this; }

        /** @param categorisedCatalogue items are presented in one categorised catalogue (D2.1) @return this builder */
        public Builder categorisedCatalogue(boolean categorisedCatalogue) { this.categorisedCatalogue = categorisedCatalogue; return this; }

        /** @param registrationWorks users, non-local users included, can register online (D2.2) @return this builder */
        public Builder registrationWorks(boolean registrationWorks) { this.registrationWorks = registrationWorks; return this; }

        /** @param registeredUsersCanApply registered users can apply online (D2.2) @return this builder */
        public Builder registeredUsersCanApply(boolean registeredUsersCanApply) { this.registeredUsersCanApply = registeredUsersCanApply; return this; }

        /** @param statistics 办事统计 (D2.3) @return this builder */
        public Builder statistics(ServiceStatistics statistics) { this.statistics = statistics; return this; }

        /** @param evaluationOffered service evaluation is offered (B2.1) @return this builder */
        public Builder evaluationOffered(boolean evaluationOffered) { this.evaluationOffered = evaluationOffered; return this; }

        /** @param evaluationResultsPublished evaluation results are published (B2.1) @return this builder */
        public Builder evaluationResultsPublished(boolean evaluationResultsPublished) { this.evaluationResultsPublished = evaluationResultsPublished; return this; }

        /** @param thematicServices names of topical or integrated services (专题或集成服务, B2.2) @return this builder */
        public Builder thematicServices(List<String> thematicServices) { this.thematicServices = thematicServices; return this; }

        /** @return the record */
        public Services build() { return new Services(items, categorisedCatalogue, registrationWorks, registeredUsersCanApply, statistics, evaluationOffered, evaluationResultsPublished, thematicServices); }
    }
}
