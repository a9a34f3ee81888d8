package org.govweb.scoring.invariants;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The inspections the adversarial tests start from: the sample inspections of scoring-samples
 * ({@code src/main/resources/samples/*.json}, read as files: scoring-rules cannot depend on that module)
 * and the spec's examples bundled with this module's tests ({@code /examples/*.json}).
 */
final class SampleCorpus {

    private static final List<String> EXAMPLES = List.of("/examples/website-county-portal.json",
            "/examples/newmedia-wechat.json", "/examples/annual-unit.json");
    /** Files of the samples folder that are not inspections. */
    private static final List<String> NOT_INSPECTIONS = List.of("expected.json");

    private SampleCorpus() {
    }

    /** @return the samples folder of scoring-samples, found from this module's base directory */
    static Path samplesDirectory() {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        for (Path candidate : List.of(base.resolve("../scoring-samples/src/main/resources/samples"),
                base.resolve("scoring-samples/src/main/resources/samples"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("scoring-samples/src/main/resources/samples not found from " + base);
    }

    /** @return every document of the corpus by name ({@code samples/…} or {@code examples/…}), sorted */
    static Map<String, String> documents() {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(samplesDirectory())) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".json") && !NOT_INSPECTIONS.contains(name)) {
                    out.put("samples/" + name, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String resource : EXAMPLES) {
            try (InputStream in = SampleCorpus.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource " + resource);
                }
                out.put(resource.substring(1), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** @return the names of the corpus's documents, sorted */
    static List<String> names() {
        return new ArrayList<>(documents().keySet());
    }
}
