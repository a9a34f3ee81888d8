package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * 互动交流: the site's interactive functions and what users left there.
 *
 * @param submission whether users can submit
 * @param unifiedLogin the interactive columns share one registration and login (D3.2)
 * @param messageStatisticsPublished statistics of message handling are published (D3.3)
 * @param messages users' messages
 * @param errorReports reports filed through 我为政府网站找错 (D4.5)
 * @param liveTest the simulated question (B3.1); null = not tested
 * @param smartQaAccurate a real-time intelligent Q&A answers correctly (B3.1)
 * @param surveys 调查征集 activities (B3.2)
 */
public record Interaction(
        @JsonProperty(value = "submission", required = true) Submission submission,
        @JsonProperty(value = "unifiedLogin", required = true) boolean unifiedLogin,
        @JsonProperty(value = "messageStatisticsPublished", required = true) boolean messageStatisticsPublished,
        @JsonProperty(value = "messages", required = true) List<Message> messages,
        @JsonProperty(value = "errorReports", required = true) List<ErrorReport> errorReports,
        @JsonProperty(value = "liveTest", required = true) LiveTest liveTest,
        @JsonProperty(value = "smartQaAccurate", required = true) boolean smartQaAccurate,
        @JsonProperty(value = "surveys", required = true) List<Survey> surveys) {
    /** Checks required components and copies lists (immutable). */
    public Interaction {
        Objects.requireNonNull(submission, "submission");
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        errorReports = List.copyOf(Objects.requireNonNull(errorReports, "errorReports"));
        surveys = List.copyOf(Objects.requireNonNull(surveys, "surveys"));
    }

    /** @return a builder with every component unset (lists empty, booleans false) */
    public static Builder builder() { return new Builder(); }

    /** @return a builder holding this record's components, to derive a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.submission = submission;
        b.unifiedLogin = unifiedLogin;
        b.messageStatisticsPublished = messageStatisticsPublished;
        b.messages = messages;
        b.errorReports = errorReports;
        b.liveTest = liveTest;
        b.smartQaAccurate = smartQaAccurate;
        b.surveys = surveys;
        return b;
    }

    /** Builder of {@link Interaction}; {@link #build()} applies the record's checks. */
    public static final class Builder {
        private Submission submission;
        private boolean unifiedLogin;
        private boolean messageStatisticsPublished;
        private List<Message> messages = List.of();
        private List<ErrorReport> errorReports = List.of();
        private LiveTest liveTest;
        private boolean smartQaAccurate;
        private List<Survey> surveys = List.of();

        private Builder() { }

        /** @param submission whether users can submit @return this builder */
        public Builder submission(Submission submission) { this.submission = submission; return this; }

        /** @param unifiedLogin the interactive columns share one registration and login (D3.2) @return this builder */
        public Builder unifiedLogin(boolean unifiedLogin) { this.unifiedLogin = unifiedLogin; return this; }

        /** @param messageStatisticsPublished statistics of message handling are published (D3.3) @return this builder */
        public Builder messageStatisticsPublished(boolean messageStatisticsPublished) { this.messageStatisticsPublished = messageStatisticsPublished; return this; }

        /** @param messages users' messages @return this builder */
        public Builder messages(List<Message> messages) { this.messages = messages; return this; }

        /** @param errorReports reports filed through 我为政府网站找错 (D4.5) @return this builder */
        public Builder errorReports(List<ErrorReport> errorReports) { this.errorReports = errorReports; return this; }

        /** @param liveTest the simulated question (B3.1); null = not tested @return this builder */
        public Builder liveTest(LiveTest liveTest) { this.liveTest = liveTest; return this; }

        /** @param smartQaAccurate a real-time intelligent Q&A answers correctly (B3.1) @return this builder */
        public Builder smartQaAccurate(boolean smartQaAccurate) { this.smartQaAccurate = smartQaAccurate; return this; }

        /** @param surveys 调查征集 activities (B3.2) @return this builder */
        public Builder surveys(List<Survey> surveys) { this.surveys = surveys; return this; }

        /** @return the record */
        public Interaction build() { return new Interaction(submission, unifiedLogin, messageStatisticsPublished, messages, errorReports, liveTest, smartQaAccurate, surveys); }
    }
}
