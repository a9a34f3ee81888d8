package org.govweb.scoring.newmedia;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.govweb.scoring.Inspection;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One government new-media account inspection (政务新媒体检查).
 *
 * @param id this inspection's id
 * @param account the account
 * @param monitoringDate the monitoring point
 * @param incidents serious incidents (VM1)
 * @param posts the account's posts (VM2)
 * @param appUsable for an APP: it can be downloaded and used; null for other platforms (VM2)
 * @param interactive the account offers an effective interactive function (VM3)
 * @param falsification bought followers, forced likes and the like (VM3)
 */
public record NewMediaInspection(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "account", required = true) Account account,
        @JsonProperty(value = "monitoringDate", required = true) LocalDate monitoringDate,
        @JsonProperty(value = "incidents", required = true) List<NewMediaIncident> incidents,
        @JsonProperty(value = "posts", required = true) List<Post> posts,
        @JsonProperty(value = "appUsable", required = true) Boolean appUsable,
        @JsonProperty(value = "interactive", required = true) boolean interactive,
        @JsonProperty(value = "falsification", required = true) List<Falsification> falsification) implements Inspection {
    /** Checks required components and copies lists (immutable). */
    public NewMediaInspection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(monitoringDate, "monitoringDate");
        incidents = List.copyOf(Objects.requireNonNull(incidents, "incidents"));
        posts = List.copyOf(Objects.requireNonNull(posts, "posts"));
        falsification = List.copyOf(Objects.requireNonNull(falsification, "falsification"));
    }

    /** @return the id of the inspected account */
    @Override
    public String subjectId() { return account.id(); }

    /** @return a builder with every component unset (lists empty, booleans false) */
    public static Builder builder() { return new Builder(); }

    /** @return a builder holding this record's components, to derive a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.account = account;
        b.monitoringDate = monitoringDate;
        b.incidents = incidents;
        b.posts = posts;
        b.appUsable = appUsable;
        b.interactive = interactive;
        b.falsification = falsification;
        return b;
    }

    /** Builder of {@link NewMediaInspection}; {@link #build()} applies the record's checks. */
    public static final class Builder {
        private String id;
        private Account account;
        private LocalDate monitoringDate;
        private List<NewMediaIncident> incidents = List.of();
        private List<Post> posts = List.of();
        private Boolean appUsable;
        private boolean interactive;
        private List<Falsification> falsification = List.of();

        private Builder() { }

        /** @param id this inspection's id @return this builder */
        public Builder id(String id) { this.id = id; return this; }

        /** @param account the account @return this builder */
        public Builder account(Account account) { this.account = account; return this; }

        /** @param monitoringDate the monitoring point @return this builder */
        public Builder monitoringDate(LocalDate monitoringDate) { this.monitoringDate = monitoringDate; return this; }

        /** @param incidents serious incidents (VM1) @return this builder */
        public Builder incidents(List<NewMediaIncident> incidents) { this.incidents = incidents; return this; }

        /** @param posts the account's posts (VM2) @return this builder */
        public Builder posts(List<Post> posts) { this.posts = posts; return this; }

        /** @param appUsable for an APP: it can be downloaded and used; null for other platforms (VM2) @return this builder */
        public Builder appUsable(Boolean appUsable) { this.appUsable = appUsable; return this; }

        /** @param interactive the account offers an effective interactive function (VM3) @return this builder */
        public Builder interactive(boolean interactive) { this.interactive = interactive; return this; }

        /** @param falsification bought followers, forced likes and the like (VM3) @return this builder */
        public Builder falsification(List<Falsification> falsification) { this.falsification = falsification; return this; }

        /** @return the record */
        public NewMediaInspection build() { return new NewMediaInspection(id, account, monitoringDate, incidents, posts, appUsable, interactive, falsification); }
    }
}
