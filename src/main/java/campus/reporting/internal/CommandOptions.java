package campus.reporting.internal;

import campus.shared.CommandFailure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads "--name value" and "--name=value" options, refusing unknown ones by name. */
final class CommandOptions {

    private CommandOptions() {
    }

    static Map<String, String> parse(String[] args, List<String> known) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new CommandFailure("unexpected argument '" + arg + "'; options are --" + String.join(", --", known));
            }
            String name = arg.substring(2);
            String value;
            if (name.contains("=")) {
                value = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new CommandFailure("--" + name + " needs a value");
            }
            if (!known.contains(name)) {
                throw new CommandFailure("unknown option --" + name + "; options are --" + String.join(", --", known));
            }
            options.put(name, value);
        }
        return options;
    }
}
