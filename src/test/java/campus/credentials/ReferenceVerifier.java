package campus.credentials;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the reference JavaScript verifier (src/test/node/reference-verifier: @digitalbazaar/vc with
 * the eddsa-rdfc-2022 cryptosuite, and Ajv with the 1EdTech OB 3.0 schema) on credentials the
 * platform issued. Needs Node.js and the npm registry (npm ci on first use) and the schema from
 * ../shared/standards; with CI=true a missing one fails the test, elsewhere it is skipped with a
 * message that says what to install.
 */
public final class ReferenceVerifier {

    static final Path DIR = Path.of("src/test/node/reference-verifier");
    static final Path STANDARDS = Path.of("../shared/standards");
    static final Path SCHEMA = STANDARDS.resolve("ob_v3p0_achievementcredential_schema.json");
    static final Path CONTEXTS = Path.of("src/main/resources/jsonld");

    private ReferenceVerifier() {
    }

    /** Skips (or, in CI, fails) when Node.js or the OB 3.0 schema is missing; installs the packages once. */
    public static void require() throws IOException, InterruptedException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        String missing = null;
        if (!onPath("node") || !onPath("npm")) {
            missing = "Node.js and npm (apt-get install -y nodejs npm) for the reference credential verifier";
        } else if (!Files.isRegularFile(SCHEMA)) {
            missing = "the OB 3.0 JSON Schema at " + SCHEMA.toAbsolutePath() + " (the shared standards folder)";
        }
        if (missing != null) {
            if (ci) {
                throw new AssertionError("CI=true and missing: " + missing);
            }
            assumeThat(missing).as("skipped: install " + missing).isNull();
        }
        if (!Files.isDirectory(DIR.resolve("node_modules/@digitalbazaar/vc"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
        }
    }

    /** The verifier's JSON output for the input document (credentials, documents, optional sign count). */
    public static String verify(String inputJson) throws IOException, InterruptedException {
        Path input = Files.createTempFile("credentials", ".json");
        try {
            Files.writeString(input, inputJson, StandardCharsets.UTF_8);
            return run(List.of("node", "verify.mjs", input.toAbsolutePath().toString(), SCHEMA.toAbsolutePath().toString(),
                    CONTEXTS.toAbsolutePath().toString()), 600);
        } finally {
            Files.deleteIfExists(input);
        }
    }

    private static String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path output = Files.createTempFile("verifier", ".out");
        try {
            Process process = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s");
            }
            String out = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError(command + " failed (" + process.exitValue() + "):\n" + out);
            }
            return out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse(out);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
