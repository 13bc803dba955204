package dk.trappen.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
                .resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.chart.fx..", "javax.swing..",
                        "dk.trappen.app..")
                .check(core);
        // AWT is a UI toolkit too; only its off-screen images, which PDFBox's page renderer draws
        // into, are allowed, and only where the fact sheet's pages are rendered.
        noClasses().that().resideOutsideOfPackage("dk.trappen.core.factsheet..")
                .should().dependOnClassesThat().resideInAPackage("java.awt..")
                .check(core);
        noClasses().that().resideInAPackage("dk.trappen.core.factsheet..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("java.awt..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("java.awt.image.."))))
                .check(core);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("dk.trappen.core.(*)..").should().beFreeOfCycles().check(core);
    }
}
