package campus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Campus learning platform: one service, one module per capability. */
@SpringBootApplication
@EnableScheduling
public class CampusApplication {

    public static void main(String[] args) {
        if (args.length > 0 && Commands.VERBS.contains(args[0])) {
            System.exit(Commands.run(args));
        }
        SpringApplication.run(CampusApplication.class, args);
    }
}
