package org.govweb.scoring;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.govweb.scoring.annual.AnnualAssessment;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.website.WebsiteInspection;

/**
 * One document of the interchange format: a website inspection, a new-media account inspection or
 * a unit's annual assessment. Its JSON form names its type in the property {@code type}
 * ({@code website}, {@code newMedia}, {@code annualAssessment}); no class name is ever read from input.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = WebsiteInspection.class, name = "website"),
    @JsonSubTypes.Type(value = NewMediaInspection.class, name = "newMedia"),
    @JsonSubTypes.Type(value = AnnualAssessment.class, name = "annualAssessment")
})
public interface Inspection {
    /** @return this inspection's id */
    String id();

    /** @return the id of what was inspected: the site, the account or the unit */
    String subjectId();
}
