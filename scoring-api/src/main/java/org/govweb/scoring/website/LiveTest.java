package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The inspector's simulated simple common question (B3.1).
 *
 * @param askedOn when it was asked
 * @param answeredOn when it was answered; null = no answer
 * @param answerAccurate the answer was correct
 */
public record LiveTest(
        @JsonProperty(value = "askedOn", required = true) LocalDate askedOn,
        @JsonProperty(value = "answeredOn", required = true) LocalDate answeredOn,
        @JsonProperty(value = "answerAccurate", required = true) boolean answerAccurate) {
    /** Checks required components and copies lists (immutable). */
    public LiveTest {
        Objects.requireNonNull(askedOn, "askedOn");
    }
}
