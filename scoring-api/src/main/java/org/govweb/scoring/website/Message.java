package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A user's message in an interactive column. Never its text or the user's details.
 *
 * @param id the message's id
 * @param columnId the column it was left in (an id in columns)
 * @param submittedOn when the user left it
 * @param valid a valid message (有效留言), as judged by the inspector
 * @param consultation a consultation question (咨询类问题), for D3.4
 * @param repliedOn when it was answered; null = unanswered
 * @param replyQuality the inspector's judgement of the reply; OK for unanswered ones
 * @param reviewFollowed the reply went through 三审三校; true for unanswered ones
 * @param published the message is published on the site
 * @param publishedFields what the published message shows; empty when not published
 * @param publishedOn when it was published; null when not published
 * @param sampledFor indicators (e.g. "D2.4") for whose random check (随机抽查) the inspector sampled this item; when any item of a population names an indicator, exactly those are checked (optional)
 */
public record Message(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "columnId", required = true) String columnId,
        @JsonProperty(value = "submittedOn", required = true) LocalDate submittedOn,
        @JsonProperty(value = "valid", required = true) boolean valid,
        @JsonProperty(value = "consultation", required = true) boolean consultation,
        @JsonProperty(value = "repliedOn", required = true) LocalDate repliedOn,
        @JsonProperty(value = "replyQuality", required = true) ReplyQuality replyQuality,
        @JsonProperty(value = "reviewFollowed", required = true) boolean reviewFollowed,
        @JsonProperty(value = "published", required = true) boolean published,
        @JsonProperty(value = "publishedFields", required = true) List<PublishedField> publishedFields,
        @JsonProperty(value = "publishedOn", required = true) LocalDate publishedOn,
        @JsonProperty("sampledFor") List<String> sampledFor) implements SampledItem {
    /** Checks required components and copies lists (immutable). */
    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(columnId, "columnId");
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(replyQuality, "replyQuality");
        publishedFields = List.copyOf(Objects.requireNonNull(publishedFields, "publishedFields"));
        sampledFor = sampledFor == null ? List.of() : List.copyOf(sampledFor);
    }

    /** @return the id this item is sampled and reported by */
    @Override
    public String sampleId() { return id; }

    /** @return a builder with every component unset (lists empty, booleans false) */
    public static Builder builder() { return new Builder(); }

    /** @return a builder holding this record's components, to derive a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.columnId = columnId;
        b.submittedOn = submittedOn;
        b.valid = valid;
        b.consultation = consultation;
        b.repliedOn = repliedOn;
        b.replyQuality = replyQuality;
        b.reviewFollowed = reviewFollowed;
        b.published = published;
        b.publishedFields = publishedFields;
        b.publishedOn = publishedOn;
        b.sampledFor = sampledFor;
        return b;
    }

    /** Builder of {@link Message}; {@link #build()} applies the record's checks. */
    public static final class Builder {
        private String id;
        private String columnId;
        private LocalDate submittedOn;
        private boolean valid;
        private boolean consultation;
        private LocalDate repliedOn;
        private ReplyQuality replyQuality;
        private boolean reviewFollowed;
        private boolean published;
        private List<PublishedField> publishedFields = List.of();
        private LocalDate publishedOn;
        private List<String> sampledFor = List.of();

        private Builder() { }

        /** @param id the message's id @return this builder */
        public Builder id(String id) { this.id = id; return this; }

        /** @param columnId the column it was left in (an id in columns) @return this builder */
        public Builder columnId(String columnId) { this.columnId = columnId; return this; }

        /** @param submittedOn when the user left it @return this builder */
        public Builder submittedOn(LocalDate submittedOn) { this.submittedOn = submittedOn; return this; }

        /** @param valid a valid message (有效留言), as judged by the inspector @return this builder */
        public Builder valid(boolean valid) { this.valid = valid; return this; }

        /** @param consultation a consultation question (咨询类问题), for D3.4 @return this builder */
        public Builder consultation(boolean consultation) { this.consultation = consultation; return this; }

        /** @param repliedOn when it was answered; null = unanswered @return this builder */
        public Builder repliedOn(LocalDate repliedOn) { this.repliedOn = repliedOn; return this; }

        /** @param replyQuality the inspector's judgement of the reply; OK for unanswered ones @return this builder */
        public Builder replyQuality(ReplyQuality replyQuality) { this.replyQuality = replyQuality; return this; }

        /** @param reviewFollowed the reply went through 三审三校; true for unanswered ones @return this builder */
        public Builder reviewFollowed(boolean reviewFollowed) { this.reviewFollowed = reviewFollowed; return this; }

        /** @param published the message is published on the site @return this builder */
        public Builder published(boolean published) { this.published = published; return this; }

        /** @param publishedFields what the published message shows; empty when not published @return this builder */
        public Builder publishedFields(List<PublishedField> publishedFields) { this.publishedFields = publishedFields; return this; }

        /** @param publishedOn when it was published; null when not published @return this builder */
        public Builder publishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; return this; }

        /** @param sampledFor indicators (e.g. "D2.4") for whose random check (随机抽查) the inspector sampled this item; when any item of a population names an indicator, exactly those are checked @return this builder */
        public Builder sampledFor(List<String> sampledFor) { this.sampledFor = sampledFor; return this; }

        /** @return the record */
        public Message build() { return new Message(id, columnId, submittedOn, valid, consultation, repliedOn, replyQuality, reviewFollowed, published, publishedFields, publishedOn, sampledFor); }
    }
}
