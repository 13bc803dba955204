package dk.trappen.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Core stays free of any UI and of the app; its feature packages do not depend in a circle. */
class ArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.trappen.core");

    @Test
    void coreUsesNoUi() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.chart.fx..", "java.awt..", "javax.swing..",
                        "dk.trappen.app..")
                .check(core);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("dk.trappen.core.(*)..").should().beFreeOfCycles().check(core);
    }

    /** Only the typed stores of {@code store} know the schema and speak SQL (issue 14). */
    @Test
    void onlyStoreSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("dk.trappen.core.store..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(core);
    }
}
