package org.govweb.scoring.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The sample inspections bundled with the tool, on the class path under {@code /samples/}. */
final class BundledSamples {

    /** Where the samples lie on the class path. */
    static final String ROOT = "samples/";
    /** The samples' expected outcomes, not a sample. */
    static final String EXPECTED = "expected.json";

    private BundledSamples() {
    }

    /**
     * @param name a sample's name, with or without {@code .json}
     * @return its content, or null when there is no such sample
     */
    static InputStream open(String name) {
        String file = name.endsWith(".json") ? name : name + ".json";
        if (file.contains("/") || file.contains("\\") || file.startsWith(".") || file.equals(EXPECTED)) {
            return null;
        }
        return BundledSamples.class.getClassLoader().getResourceAsStream(ROOT + file);
    }

    /** @return the names of every bundled sample (without {@code .json}), sorted */
    static List<String> names() {
        URL url = BundledSamples.class.getClassLoader().getResource(ROOT + EXPECTED);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            Path dir;
            if ("jar".equals(uri.getScheme())) {
                dir = jarFileSystem(uri).getPath("/" + ROOT);
            } else {
                dir = Path.of(uri).getParent();
            }
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(p -> p.getFileName().toString())
                        .filter(f -> f.endsWith(".json") && !f.equals(EXPECTED))
                        .map(f -> f.substring(0, f.length() - ".json".length()))
                        .sorted()
                        .toList();
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled samples: " + e.getMessage(), e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            try {
                return FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException race) {
                return FileSystems.getFileSystem(uri);
            }
        }
    }
}
