package tongxing;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TongxingApplication.class);

    @Test
    void modules_only_use_each_others_public_api() {
        modules.verify();
    }

    @Test
    void the_registry_and_the_shared_kernel_are_modules() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("platform", "enterprise", "demo");
    }

    @Test
    void writes_module_diagrams() {
        new Documenter(modules, "docs/modules").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
