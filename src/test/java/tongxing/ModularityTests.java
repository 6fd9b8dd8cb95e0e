package tongxing;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    /** Production code only: test fixtures (tongxing.support, browser journeys) may use any module. */
    private final ApplicationModules modules = ApplicationModules.of(TongxingApplication.class,
            JavaClass.Predicates.resideInAnyPackage("tongxing.support..", "tongxing.browser..", "tongxing.bench..")
                    .or(JavaClass.Predicates.simpleNameEndingWith("Test"))
                    .or(JavaClass.Predicates.simpleNameEndingWith("Tests")));

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
