package org.govweb.scoring.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.govweb.scoring.drools.RuleFiles;
import org.govweb.scoring.report.RuleSetIdentity;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the tool's version, the bundled rule set's identity and the Java runtime. */
final class VersionProvider implements IVersionProvider {

    /** The build writes the project's version into this class-path resource. */
    static final String VERSION_RESOURCE = "org/govweb/scoring/cli/version.properties";

    @Override
    public String[] getVersion() {
        RuleSetIdentity rules = RuleFiles.bundled().identity();
        return new String[] {
            "scoring-cli " + toolVersion(),
            "bundled rules: " + rules.name() + " v" + rules.version() + " sha256:" + rules.sha256(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"};
    }

    /** @return the project's version, or {@code development build} when the build did not write it */
    static String toolVersion() {
        try (InputStream in = VersionProvider.class.getClassLoader().getResourceAsStream(VERSION_RESOURCE)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through: the version is informative only
        }
        return "development build";
    }
}
