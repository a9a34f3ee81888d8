package org.govweb.scoring.drools;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.govweb.scoring.engine.RuleProblem;
import org.govweb.scoring.engine.RuleSetException;
import org.govweb.scoring.report.RuleSetIdentity;

/**
 * The text of a rule set: every {@code .drl} file by its path relative to the rule directory, plus the
 * optional {@code ruleset.properties} ({@code name}, {@code version}). Rule files are code: load them
 * only from trusted places.
 *
 * @param files relative path (with '/') to content, sorted by path
 * @param source where they came from: {@code bundled} or the directory
 */
public record RuleFiles(SortedMap<String, String> files, String source) {

    /** Where the bundled rule files lie on the class path. */
    public static final String BUNDLED_ROOT = "org/govweb/scoring/rules/";
    /** The optional file naming a rule set. */
    public static final String PROPERTIES = "ruleset.properties";

    /** Copies the map. */
    public RuleFiles {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** @return the bundled rule files */
    public static RuleFiles bundled() {
        URL url = RuleFiles.class.getClassLoader().getResource(BUNDLED_ROOT + PROPERTIES);
        if (url == null) {
            throw new IllegalStateException("bundled rules missing from the class path: " + BUNDLED_ROOT + PROPERTIES);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    try {
                        fs = FileSystems.newFileSystem(uri, Map.of());
                    } catch (java.nio.file.FileSystemAlreadyExistsException race) {
                        fs = FileSystems.getFileSystem(uri);
                    }
                }
                return read(fs.getPath("/" + BUNDLED_ROOT), "bundled");
            }
            return read(Path.of(uri).getParent(), "bundled");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the bundled rules: " + e.getMessage(), e);
        }
    }

    /**
     * @param directory a trusted directory of rule files
     * @return its rule files
     * @throws RuleSetException when it cannot be read or holds no rule file
     */
    public static RuleFiles fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RuleSetException(java.util.List.of(new RuleProblem(directory.toString(), 0, 0,
                    "not a directory of rule files")));
        }
        return read(directory, directory.toAbsolutePath().normalize().toString());
    }

    private static RuleFiles read(Path root, String source) {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                String name = p.getFileName() == null ? "" : p.getFileName().toString();
                if (Files.isRegularFile(p) && (name.endsWith(".drl") || name.equals(PROPERTIES))) {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    try (InputStream in = Files.newInputStream(p)) {
                        files.put(rel, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule files in " + root + ": " + e.getMessage(), e);
        }
        if (files.keySet().stream().noneMatch(f -> f.endsWith(".drl"))) {
            throw new RuleSetException(java.util.List.of(new RuleProblem(source, 0, 0, "no .drl rule file found")));
        }
        return new RuleFiles(files, source);
    }

    /**
     * Writes the files into a directory (for analysts who start from the bundled rules).
     *
     * @param directory the target; created when missing
     */
    public void copyTo(Path directory) {
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path target = directory.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the DRL files only */
    public SortedMap<String, String> drlFiles() {
        SortedMap<String, String> drl = new TreeMap<>();
        files.forEach((k, v) -> {
            if (k.endsWith(".drl")) {
                drl.put(k, v);
            }
        });
        return drl;
    }

    /** @return name, version, SHA-256 over every file (path and content, in path order) and source */
    public RuleSetIdentity identity() {
        Properties props = new Properties();
        String text = files.get(PROPERTIES);
        if (text != null) {
            try {
                props.load(new StringReader(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RuleSetIdentity(props.getProperty("name", "unnamed rule set"),
                props.getProperty("version", "unversioned"), sha256(), source);
    }

    private String sha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : files.entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
