package org.govweb.scoring.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.govweb.scoring.engine.InputProblem;
import org.govweb.scoring.engine.InvalidInspectionException;
import org.govweb.scoring.json.ScoringJson;
import org.junit.jupiter.api.Test;

class RegisterTest {

    private static final String VALID = """
            {
              "county": "丰都县",
              "quarter": "2019Q4",
              "subjects": [
                {"id": "cqfd", "name": "丰都县人民政府", "unit": "丰都县人民政府办公室", "kind": "WEBSITE"},
                {"id": "wx-fengdu", "name": "丰都发布", "unit": "丰都县融媒体中心", "kind": "NEW_MEDIA"}
              ]
            }
            """;

    @Test
    void readsARegister() {
        Register r = Register.read(VALID);
        assertThat(r.county()).isEqualTo("丰都县");
        assertThat(r.quarter()).isEqualTo(new Quarter(2019, 4));
        assertThat(r.quarter().firstDay()).isEqualTo(LocalDate.of(2019, 10, 1));
        assertThat(r.quarter().lastDay()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(r.subjects(SubjectKind.WEBSITE)).extracting(RegisteredSubject::id).containsExactly("cqfd");
        assertThat(r.subjects(SubjectKind.NEW_MEDIA)).extracting(RegisteredSubject::unit)
                .containsExactly("丰都县融媒体中心");
        assertThat(r.subject("wx-fengdu")).map(RegisteredSubject::kind).contains(SubjectKind.NEW_MEDIA);
        assertThat(r.subject("nope")).isEmpty();
    }

    @Test
    void writesWhatItReads() {
        Register r = Register.read(VALID);
        assertThat(Register.read(ScoringJson.writePretty(r))).isEqualTo(r);
        assertThat(ScoringJson.write(r)).contains("\"quarter\":\"2019Q4\"");
    }

    @Test
    void quarterBounds() {
        assertThat(Quarter.parse("2024Q1").lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Quarter.parse("2024Q2").contains(LocalDate.of(2024, 4, 1))).isTrue();
        assertThat(Quarter.parse("2024Q2").contains(LocalDate.of(2024, 3, 31))).isFalse();
        assertThat(Quarter.parse("2024Q2").contains(LocalDate.of(2024, 6, 30))).isTrue();
        assertThat(Quarter.parse("2024Q2").contains(LocalDate.of(2024, 7, 1))).isFalse();
    }

    @Test
    void unknownFieldIsAnErrorNamingItsPath() {
        InputProblem p = single(VALID.replace("\"kind\": \"NEW_MEDIA\"", "\"kind\": \"NEW_MEDIA\", \"colour\": \"red\""));
        assertThat(p.path()).isEqualTo("$.subjects[1].colour");
        assertThat(p.message()).startsWith("unknown field 'colour'");
    }

    @Test
    void unknownTopLevelField() {
        InputProblem p = single(VALID.replace("\"county\": \"丰都县\",", "\"county\": \"丰都县\", \"year\": 2019,"));
        assertThat(p.path()).isEqualTo("$.year");
    }

    @Test
    void badQuarter() {
        InputProblem p = single(VALID.replace("2019Q4", "2019Q5"));
        assertThat(p.path()).isEqualTo("$.quarter");
        assertThat(p.message()).contains("yyyyQn");
    }

    @Test
    void missingKind() {
        InputProblem p = single(VALID.replace(", \"kind\": \"WEBSITE\"", ""));
        assertThat(p.path()).isEqualTo("$.subjects[0].kind");
        assertThat(p.message()).isEqualTo("missing required field");
    }

    @Test
    void unknownKind() {
        InputProblem p = single(VALID.replace("\"WEBSITE\"", "\"SITE\""));
        assertThat(p.path()).isEqualTo("$.subjects[0].kind");
        assertThat(p.message()).contains("WEBSITE").contains("NEW_MEDIA");
    }

    @Test
    void duplicateIdAndBlankUnit() {
        String json = VALID.replace("\"wx-fengdu\"", "\"cqfd\"").replace("\"丰都县人民政府办公室\"", "\" \"");
        InvalidInspectionException e = catchThrowableOfType(InvalidInspectionException.class, () -> Register.read(json));
        assertThat(e.problems()).containsExactly(
                new InputProblem("$.subjects[0].unit", "must not be blank"),
                new InputProblem("$.subjects[1].id", "duplicate id 'cqfd' (first at $.subjects[0].id)"));
    }

    @Test
    void duplicateKeyIsAnError() {
        InputProblem p = single(VALID.replace("\"county\": \"丰都县\",", "\"county\": \"丰都县\", \"county\": \"x\","));
        assertThat(p.message()).contains("duplicate field 'county'");
    }

    private static InputProblem single(String json) {
        InvalidInspectionException e = catchThrowableOfType(InvalidInspectionException.class, () -> Register.read(json));
        assertThat(e).as("expected an error for %s", json).isNotNull();
        List<InputProblem> problems = e.problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
