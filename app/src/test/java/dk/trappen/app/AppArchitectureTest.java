package dk.trappen.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** View models hold state and actions only: no scene-graph nodes, so they test without a screen. */
class AppArchitectureTest {

    private final JavaClasses app = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.trappen.app");

    @Test
    void viewModelsTouchNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(app);
    }

    @Test
    void theCommandLineDoesNotReachIntoTheUi() {
        noClasses().that().resideInAPackage("dk.trappen.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.trappen.app.ui..", "javafx..")
                .check(app);
    }
}
