package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The guide (办事指南) of a service item.
 *
 * @param elements the key elements the guide states
 * @param materialsFormatClear the materials' format is stated (original/copy, paper/electronic, number of copies)
 * @param vagueWording the guide uses vague wording such as 根据有关法律法规规定应提交的其他材料
 * @param policyNamedOnly the guide names a policy document without saying what it requires
 * @param requiresForms the guide asks for an application form or letter
 * @param formsObtainable a standard way to obtain those forms is offered
 * @param accuracyErrors each wrong piece of information the inspector found; never copied into a report
 * @param policyBasisLinked every policy document the item rests on links correctly into this site's policy library (B2.3)
 */
public record ServiceGuide(
        @JsonProperty(value = "elements", required = true) List<GuideElement> elements,
        @JsonProperty(value = "materialsFormatClear", required = true) boolean materialsFormatClear,
        @JsonProperty(value = "vagueWording", required = true) boolean vagueWording,
        @JsonProperty(value = "policyNamedOnly", required = true) boolean policyNamedOnly,
        @JsonProperty(value = "requiresForms", required = true) boolean requiresForms,
        @JsonProperty(value = "formsObtainable", required = true) boolean formsObtainable,
        @JsonProperty(value = "accuracyErrors", required = true) List<String> accuracyErrors,
        @JsonProperty(value = "policyBasisLinked", required = true) boolean policyBasisLinked) {
    /** Checks required components and copies lists (immutable). */
    public ServiceGuide {
        elements = List.copyOf(Objects.requireNonNull(elements, "elements"));
        accuracyErrors = List.copyOf(Objects.requireNonNull(accuracyErrors, "accuracyErrors"));
    }

    /** @return the key elements the guide lacks, in the checklist's order */
    public List<GuideElement> missingElements() {
        return java.util.Arrays.stream(GuideElement.values()).filter(e -> !elements.contains(e)).toList();
    }

    /** @return a builder with every component unset (lists empty, booleans false) */
    public static Builder builder() { return new Builder(); }

    /** @return a builder holding this record's components, to derive a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.elements = elements;
        b.materialsFormatClear = materialsFormatClear;
        b.vagueWording = vagueWording;
        b.policyNamedOnly = policyNamedOnly;
        b.requiresForms = requiresForms;
        b.formsObtainable = formsObtainable;
        b.accuracyErrors = accuracyErrors;
        b.policyBasisLinked = policyBasisLinked;
        return b;
    }

    /** Builder of {@link ServiceGuide}; {@link #build()} applies the record's checks. */
    public static final class Builder {
        private List<GuideElement> elements = List.of();
        private boolean materialsFormatClear;
        private boolean vagueWording;
        private boolean policyNamedOnly;
        private boolean requiresForms;
        private boolean formsObtainable;
        private List<String> accuracyErrors = List.of();
        private boolean policyBasisLinked;

        private Builder() { }

        /** @param elements the key elements the guide states @return this builder */
        public Builder elements(List<GuideElement> elements) { this.elements = elements; return this; }

        /** @param materialsFormatClear the materials' format is stated (original/copy, paper/electronic, number of copies) @return this builder */
        public Builder materialsFormatClear(boolean materialsFormatClear) { this.materialsFormatClear = materialsFormatClear; return this; }

        /** @param vagueWording the guide uses vague wording such as 根据有关法律法规规定应提交的其他材料 @return this builder */
        public Builder vagueWording(boolean vagueWording) { this.vagueWording = vagueWording; return this; }

        /** @param policyNamedOnly the guide names a policy document without saying what it requires @return this builder */
        public Builder policyNamedOnly(boolean policyNamedOnly) { this.policyNamedOnly = policyNamedOnly; return this; }

        /** @param requiresForms the guide asks for an application form or letter @return this builder */
        public Builder requiresForms(boolean requiresForms) { this.requiresForms = requiresForms; return this; }

        /** @param formsObtainable a standard way to obtain those forms is offered @return this builder */
        public Builder formsObtainable(boolean formsObtainable) { this.formsObtainable = formsObtainable; return this; }

        /** @param accuracyErrors each wrong piece of information the inspector found; never copied into a report @return this builder */
        public Builder accuracyErrors(List<String> accuracyErrors) { this.accuracyErrors = accuracyErrors; return this; }

        /** @param policyBasisLinked every policy document the item rests on links correctly into this site's policy library (B2.3) @return this builder */
        public Builder policyBasisLinked(boolean policyBasisLinked) { this.policyBasisLinked = policyBasisLinked; return this; }

        /** @return the record */
        public ServiceGuide build() { return new ServiceGuide(elements, materialsFormatClear, vagueWording, policyNamedOnly, requiresForms, formsObtainable, accuracyErrors, policyBasisLinked); }
    }
}
