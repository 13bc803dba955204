package dk.trappen.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.reference.Figure;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.ReferenceLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    /** Only the typed stores of {@code store} know the schema and speak SQL (issue 14). */
    @Test
    void onlyStoreSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("dk.trappen.core.store..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(core);
    }

    /** The title columns of a figure's reference row, read through {@link FigureCatalogue} only. */
    static final Set<String> TITLE_COLUMNS = Set.of("titleDa", "titleEn", "shortTitleDa", "shortTitleEn");

    /** A key naming a figure's title: a segment title, shortTitle or short followed by a figure id. */
    static final Pattern FIGURE_TITLE_KEY = Pattern.compile("(^|.*\\.)(title|shortTitle|short|titel)\\.(NT|M\\d|DOED|SKIFT).*");

    /** The resource folders of every module whose bundles the outputs read (tests run in core/). */
    private static final List<Path> BUNDLE_FOLDERS = List.of(Path.of("src", "main", "resources"),
            Path.of("..", "app", "src", "main", "resources"));

    @Test
    void onlyTheCatalogueReadsAFiguresTitles() {
        noClasses().that().doNotBelongToAnyOf(FigureCatalogue.class, Figure.class)
                .should().accessTargetWhere(DescribedPredicate.describe("a title column of " + Figure.class.getSimpleName(),
                        (JavaAccess<?> a) -> a.getTargetOwner().isEquivalentTo(Figure.class)
                                && TITLE_COLUMNS.contains(a.getTarget().getName())))
                .because("a figure's titles are the reference data's, and NT12.1's follows a setting (FigureCatalogue)")
                .check(core);
    }

    @Test
    void noResourceBundleHoldsAFigureTitle() throws IOException {
        ReferenceData reference = ReferenceLoader.fromDirectory(Path.of("..", "resources"));
        Set<String> titles = new HashSet<>();
        for (Figure f : allFigures(reference)) {
            for (String t : List.of(f.titleDa(), f.titleEn(), f.shortTitleDa(), f.shortTitleEn())) {
                if (t.split(" ").length >= 3) { // one- and two-word titles ("Trivsel") also name areas and screens
                    titles.add(t);
                }
            }
        }
        List<String> found = new ArrayList<>();
        for (Path bundle : bundles()) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            for (String key : p.stringPropertyNames()) {
                if (FIGURE_TITLE_KEY.matcher(key).matches() || titles.contains(p.getProperty(key).trim())) {
                    found.add(bundle.getFileName() + ": " + key + "=" + p.getProperty(key));
                }
            }
        }
        assertEquals(List.of(), found, "figure titles belong in resources/noegletal.csv or ekstra_figurer.csv");
    }

    /** The catalogue's rows and the extra rows (NT12.1's variant too), by the ids the tables give. */
    private static List<Figure> allFigures(ReferenceData reference) throws IOException {
        List<Figure> out = new ArrayList<>(reference.figures());
        try (Stream<String> lines = Files.lines(Path.of("..", "resources", "ekstra_figurer.csv"), StandardCharsets.UTF_8)) {
            for (String id : lines.skip(1).map(l -> l.split(";")[0]).collect(Collectors.toList())) {
                reference.figure(id.replace("{fra}", "2").replace("{til}", "1")).ifPresent(out::add);
            }
        }
        return out;
    }

    private static List<Path> bundles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path folder : BUNDLE_FOLDERS) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(f -> f.toString().endsWith(".properties")).forEach(out::add);
            }
        }
        return out;
    }
}
