package campus;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module rules of docs/architecture.md hold: no module reaches into another's internals, no cycles. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(CampusApplication.class);

    @Test
    void modulesKeepToTheirPublicSurface() {
        MODULES.verify();
    }
}
