package campus;

import campus.shared.CommandFailure;
import java.util.Arrays;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The command-line verbs of the same jar (import, export, report). They work on the database the
 * platform uses, without starting the web server; logs go to standard error so that standard
 * output carries only what the verb writes.
 */
final class Commands {

    static final Set<String> VERBS = Set.of("import", "export", "report");

    private Commands() {
    }

    static int run(String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            new SpringApplicationBuilder(CampusApplication.class).web(WebApplicationType.NONE).profiles("cli")
                    .properties("campus.command=" + args[0], "spring.main.banner-mode=off",
                            "logging.level.org.springframework.boot.SpringApplication=off")
                    .run(rest).close();
            return 0;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof CommandFailure)) {
                cause = cause.getCause();
            }
            System.err.println(args[0] + ": " + (cause != null ? cause.getMessage() : e));
            return cause != null ? 1 : 2;
        }
    }
}
