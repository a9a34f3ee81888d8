package org.govweb.scoring.drools;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;
import java.util.Properties;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * The bundled rules compiled when the library is built, so that loading them takes a fraction of a
 * second instead of compiling the DRL (seconds on a cold JVM). The build writes the compiled packages
 * with the SHA-256 of the rule files they came from and the Drools version; {@link #read(String)}
 * uses them only for rule files with that very SHA-256 under that very Drools version, and only from this
 * library's own class path (never from a rule directory). Any other rule files, or a resource that cannot
 * be read, are compiled as usual. System property {@value #DISABLE_PROPERTY}{@code =false} turns it off.
 */
final class PrecompiledRules {

    /** Class-path resource of the compiled bundled rules. */
    static final String RESOURCE = "org/govweb/scoring/drools/bundled-rules.kbase";
    /** System property: {@code false} compiles the bundled rules like any others. */
    static final String DISABLE_PROPERTY = "org.govweb.scoring.precompiledRules";
    private static final String MAGIC = "govweb-scoring compiled rules 1";

    private PrecompiledRules() {
    }

    /**
     * @param sha256 the SHA-256 of rule files ({@link RuleFiles#identity()})
     * @return their KieBase, when this library was built with exactly those files and runs on the Drools
     *     version it was built with; empty otherwise (compile them)
     */
    static Optional<KieBase> read(String sha256) {
        if ("false".equalsIgnoreCase(System.getProperty(DISABLE_PROPERTY))) {
            return Optional.empty();
        }
        ClassLoader loader = PrecompiledRules.class.getClassLoader();
        try (InputStream raw = loader.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                return Optional.empty();
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
            if (!MAGIC.equals(in.readUTF()) || !droolsVersion().equals(in.readUTF())
                    || !sha256.equals(in.readUTF())) {
                return Optional.empty();
            }
            Collection<KiePackage> packages;
            try (ObjectInputStream objects = new DroolsObjectInputStream(in, loader)) {
                @SuppressWarnings("unchecked")
                Collection<KiePackage> read = (Collection<KiePackage>) objects.readObject();
                packages = read;
            }
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            kieBase.addPackages(packages);
            return Optional.of(kieBase);
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            return Optional.empty(); // compile instead: slower, never wrong
        }
    }

    /**
     * Writes the compiled bundled rules (the build runs this after compiling the classes).
     *
     * @param args the file to write
     * @throws IOException when it cannot be written
     */
    public static void main(String[] args) throws IOException {
        RuleFiles files = RuleFiles.bundled();
        String sha256 = files.identity().sha256(); // hashes the files: once
        KieBase kieBase = RuleSetLoader.compile(files);
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            DataOutputStream header = new DataOutputStream(raw);
            header.writeUTF(MAGIC);
            header.writeUTF(droolsVersion());
            header.writeUTF(sha256);
            header.flush();
            try (ObjectOutputStream objects = new DroolsObjectOutputStream(raw)) {
                objects.writeObject(new ArrayList<>(kieBase.getKiePackages()));
            }
        }
        System.out.println("compiled " + files.drlFiles().size() + " rule files (" + sha256 + ") into " + out + ", "
                + Files.size(out) + " bytes");
    }

    /** @return the version of drools-core on the class path, or "unknown" */
    static String droolsVersion() {
        try (InputStream in = InternalKnowledgeBase.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.drools/drools-core/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
