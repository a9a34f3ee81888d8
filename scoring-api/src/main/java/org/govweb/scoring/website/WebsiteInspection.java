package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.govweb.scoring.Inspection;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One website inspection (政府网站检查): the evidence an inspector or a monitoring platform gathered
 * about one site at one monitoring point. Evidence, not verdicts: the rules judge.
 *
 * @param id this inspection's id
 * @param site the site and its unit
 * @param monitoringDate the monitoring point (监测时间点); every window ends on it, both ends included
 * @param samplingSeed seed of the library's own sample draws; default derived from site.id and monitoringDate (optional)
 * @param incidents serious incidents (VW1)
 * @param probes availability probes (VW2)
 * @param homepage the homepage (VW3)
 * @param columns every column
 * @param findings inspector's findings (D1.1–D1.3)
 * @param policyDocuments policy documents
 * @param interpretations interpretations
 * @param services 办事服务
 * @param interaction 互动交流
 * @param design 功能设计
 * @param dataRelease data release (B1.1)
 * @param userSpace registered users see their own history (B4.2)
 * @param innovationEndorsed an outstanding practice endorsed in writing by superior leaders (B5.1)
 */
public record WebsiteInspection(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "site", required = true) Site site,
        @JsonProperty(value = "monitoringDate", required = true) LocalDate monitoringDate,
        @JsonProperty("samplingSeed") Long samplingSeed,
        @JsonProperty(value = "incidents", required = true) List<Incident> incidents,
        @JsonProperty(value = "probes", required = true) List<Probe> probes,
        @JsonProperty(value = "homepage", required = true) Homepage homepage,
        @JsonProperty(value = "columns", required = true) List<Column> columns,
        @JsonProperty(value = "findings", required = true) List<Finding> findings,
        @JsonProperty(value = "policyDocuments", required = true) List<PolicyDocument> policyDocuments,
        @JsonProperty(value = "interpretations", required = true) List<Interpretation> interpretations,
        @JsonProperty(value = "services", required = true) Services services,
        @JsonProperty(value = "interaction", required = true) Interaction interaction,
        @JsonProperty(value = "design", required = true) Design design,
        @JsonProperty(value = "dataRelease", required = true) DataRelease dataRelease,
        @JsonProperty(value = "userSpace", required = true) boolean userSpace,
        @JsonProperty(value = "innovationEndorsed", required = true) boolean innovationEndorsed) implements Inspection {
    /** Checks required components and copies lists (immutable). */
    public WebsiteInspection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(monitoringDate, "monitoringDate");
        incidents = List.copyOf(Objects.requireNonNull(incidents, "incidents"));
        probes = List.copyOf(Objects.requireNonNull(probes, "probes"));
        Objects.requireNonNull(homepage, "homepage");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        policyDocuments = List.copyOf(Objects.requireNonNull(policyDocuments, "policyDocuments"));
        interpretations = List.copyOf(Objects.requireNonNull(interpretations, "interpretations"));
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(interaction, "interaction");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(dataRelease, "dataRelease");
    }

    /** @return the id of the inspected site */
    @Override
    public String subjectId() { return site.id(); }

    /** @return a builder with every component unset (lists empty, booleans false) */
    public static Builder builder() { return new Builder(); }

    /** @return a builder holding this record's components, to derive a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.site = site;
        b.monitoringDate = monitoringDate;
        b.samplingSeed = samplingSeed;
        b.incidents = incidents;
        b.probes = probes;
        b.homepage = homepage;
        b.columns = columns;
        b.findings = findings;
        b.policyDocuments = policyDocuments;
        b.interpretations = interpretations;
        b.services = services;
        b.interaction = interaction;
        b.design = design;
        b.dataRelease = dataRelease;
        b.userSpace = userSpace;
        b.innovationEndorsed = innovationEndorsed;
        return b;
    }

    /** Builder of {@link WebsiteInspection}; {@link #build()} applies the record's checks. */
    public static final class Builder {
        private String id;
        private Site site;
        private LocalDate monitoringDate;
        private Long samplingSeed;
        private List<Incident> incidents = List.of();
        private List<Probe> probes = List.of();
        private Homepage homepage;
        private List<Column> columns = List.of();
        private List<Finding> findings = List.of();
        private List<PolicyDocument> policyDocuments = List.of();
        private List<Interpretation> interpretations = List.of();
        private Services services;
        private Interaction interaction;
        private Design design;
        private DataRelease dataRelease;
        private boolean userSpace;
        private boolean innovationEndorsed;

        private Builder() { }

        /** @param id this inspection's id @return this builder */
        public Builder id(String id) { this.id = id; return this; }

        /** @param site the site and its unit @return this builder */
        public Builder site(Site site) { this.site = site; return this; }

        /** @param monitoringDate the monitoring point (监测时间点); every window ends on it, both ends included @return this builder */
        public Builder monitoringDate(LocalDate monitoringDate) { this.monitoringDate = monitoringDate; return this; }

        /** @param samplingSeed seed of the library's own sample draws; default derived from site.id and monitoringDate @return this builder */
        public Builder samplingSeed(Long samplingSeed) { this.samplingSeed = samplingSeed; return this; }

        /** @param incidents serious incidents (VW1) @return this builder */
        public Builder incidents(List<Incident> incidents) { this.incidents = incidents; return this; }

        /** @param probes availability probes (VW2) @return this builder */
        public Builder probes(List<Probe> probes) { this.probes = probes; return this; }

        /** @param homepage the homepage (VW3) @return this builder */
        public Builder homepage(Homepage homepage) { this.homepage = homepage; return this; }

        /** @param columns every column @return this builder */
        public Builder columns(List<Column> columns) { this.columns = columns; return this; }

        /** @param findings inspector's findings (D1.1–D1.3) @return this builder */
        public Builder findings(List<Finding> findings) { this.findings = findings; return this; }

        /** @param policyDocuments policy documents @return this builder */
        public Builder policyDocuments(List<PolicyDocument> policyDocuments) { this.policyDocuments = policyDocuments; return this; }

        /** @param interpretations interpretations @return this builder */
        public Builder interpretations(List<Interpretation> interpretations) { this.interpretations = interpretations; return this; }

        /** @param services 办事服务 @return this builder */
        public Builder services(Services services) { this.services = services; return this; }

        /** @param interaction 互动交流 @return this builder */
        public Builder interaction(Interaction interaction) { this.interaction = interaction; return this; }

        /** @param design 功能设计 @return this builder */
        public Builder design(Design design) { this.design = design; return this; }

        /** @param dataRelease data release (B1.1) @return this builder */
        public Builder dataRelease(DataRelease dataRelease) { this.dataRelease = dataRelease; return this; }

        /** @param userSpace registered users see their own history (B4.2) @return this builder */
        public Builder userSpace(boolean userSpace) { this.userSpace = userSpace; return this; }

        /** @param innovationEndorsed an outstanding practice endorsed in writing by superior leaders (B5.1) @return this builder */
        public Builder innovationEndorsed(boolean innovationEndorsed) { this.innovationEndorsed = innovationEndorsed; return this; }

        /** @return the record */
        public WebsiteInspection build() { return new WebsiteInspection(id, site, monitoringDate, samplingSeed, incidents, probes, homepage, columns, findings, policyDocuments, interpretations, services, interaction, design, dataRelease, userSpace, innovationEndorsed); }
    }
}
