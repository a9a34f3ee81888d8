package org.govweb.scoring.rollup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.govweb.scoring.engine.InputProblem;
import org.govweb.scoring.engine.InvalidInspectionException;
import org.govweb.scoring.json.ScoringJson;

/**
 * A county's register of government websites and new-media accounts for one quarter: what the
 * quarterly roll-up (季度检查通报) counts against. Every registered website is to be checked each
 * quarter; new-media accounts are spot-checked.
 *
 * <p>JSON form (documented with an example in {@code scoring-samples/src/main/resources/rollup/REGISTER.md}):
 *
 * <pre>{@code
 * {
 *   "county": "丰都县",
 *   "quarter": "2019Q4",
 *   "subjects": [
 *     {"id": "cqfd", "name": "丰都县人民政府", "unit": "丰都县人民政府办公室", "kind": "WEBSITE"},
 *     {"id": "wx-fengdu", "name": "丰都发布", "unit": "丰都县融媒体中心", "kind": "NEW_MEDIA"}
 *   ]
 * }
 * }</pre>
 *
 * <p>Every field is required. {@code quarter} is {@code yyyyQn}; {@code kind} is {@code WEBSITE} or
 * {@code NEW_MEDIA}; {@code id} is the {@code site.id} or {@code account.id} the inspections carry and is
 * unique in the register; strings are not blank. Reading is as strict as for inspections (the rules of
 * {@link ScoringJson#mapper()}): an unknown field, a missing one, a value of the wrong JSON type or a
 * duplicate key is an error naming its JSON path.
 *
 * @param county the county (县) whose register it is
 * @param quarter the quarter of the roll-up, e.g. {@code 2019Q4}
 * @param subjects every registered website and new-media account
 */
@JsonPropertyOrder({"county", "quarter", "subjects"})
public record Register(
        @JsonProperty(value = "county", required = true) String county,
        @JsonProperty(value = "quarter", required = true) Quarter quarter,
        @JsonProperty(value = "subjects", required = true) List<RegisteredSubject> subjects) {

    /** Checks that every component is present and copies the list (immutable). */
    public Register {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(quarter, "quarter");
        subjects = List.copyOf(Objects.requireNonNull(subjects, "subjects"));
    }

    /**
     * Reads and checks a register file (UTF-8).
     *
     * @param file the register's JSON file
     * @return the register
     * @throws InvalidInspectionException naming the JSON path of every problem
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Register read(Path file) {
        Objects.requireNonNull(file, "file");
        String json;
        try {
            json = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return read(json);
    }

    /**
     * Reads and checks a register.
     *
     * @param json the register's JSON
     * @return the register
     * @throws InvalidInspectionException naming the JSON path of every problem
     */
    public static Register read(String json) {
        Register register = ScoringJson.read(json, Register.class);
        List<InputProblem> problems = register.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInspectionException(problems);
        }
        return register;
    }

    /**
     * The checks beyond the JSON structure: no blank string, ids unique.
     *
     * @return every problem, each with its JSON path; empty when the register is sound
     */
    public List<InputProblem> problems() {
        List<InputProblem> problems = new ArrayList<>();
        if (county.isBlank()) {
            problems.add(new InputProblem("$.county", "must not be blank"));
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < subjects.size(); i++) {
            RegisteredSubject s = subjects.get(i);
            String at = "$.subjects[" + i + "]";
            if (s.id().isBlank()) {
                problems.add(new InputProblem(at + ".id", "must not be blank"));
            } else {
                Integer first = firstIndex.putIfAbsent(s.id(), i);
                if (first != null) {
                    problems.add(new InputProblem(at + ".id", "duplicate id '" + s.id() + "' (first at $.subjects["
                            + first + "].id)"));
                }
            }
            if (s.name().isBlank()) {
                problems.add(new InputProblem(at + ".name", "must not be blank"));
            }
            if (s.unit().isBlank()) {
                problems.add(new InputProblem(at + ".unit", "must not be blank"));
            }
        }
        return List.copyOf(problems);
    }

    /**
     * @param id a site or account id
     * @return the registered subject with that id, if any
     */
    public Optional<RegisteredSubject> subject(String id) {
        return subjects.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * @param kind websites or new-media accounts
     * @return the registered subjects of that kind, in register order
     */
    public List<RegisteredSubject> subjects(SubjectKind kind) {
        return subjects.stream().filter(s -> s.kind() == kind).toList();
    }
}
