package dk.trappen.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.trappen.core.reference.Figure;
import java.util.Set;
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

    @Test
    void theWindowAndTheCommandLineNameFiguresThroughTheCatalogue() {
        Set<String> titleColumns = Set.of("titleDa", "titleEn", "shortTitleDa", "shortTitleEn");
        noClasses().should().accessTargetWhere(DescribedPredicate.describe("a title column of Figure",
                        (JavaAccess<?> a) -> a.getTargetOwner().isEquivalentTo(Figure.class)
                                && titleColumns.contains(a.getTarget().getName())))
                .because("core's FigureCatalogue names a figure (NT12.1's title follows a setting)")
                .check(app);
    }
}
