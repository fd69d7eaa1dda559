package org.twir.archive;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of ARCHITECTURE.md: no package cycle, and every arrow points down the pipeline
 * {@code model <- parse <- index <- search <- web/cli/app}. Checked on the main classes only; tests may reach
 * across (an index test searches what it indexed).
 */
class ArchitectureTest {

    private static final String BASE = "org.twir.archive";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Spring AOT's generated bean definitions (Type__BeanDefinitions) are not our code.
                .withImportOption(location -> !location.contains("__"))
                .importPackages(BASE);
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().assignedFrom(TOP_LEVEL_PACKAGES).should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyPackageImportsOnlyThePackagesBelowIt() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("model")
                .definedBy(BASE + ".model..")
                .layer("config")
                .definedBy(BASE + ".config..")
                .layer("parse")
                .definedBy(BASE + ".parse..")
                .layer("index")
                .definedBy(BASE + ".index..")
                .layer("search")
                .definedBy(BASE + ".search..")
                .layer("duplicates")
                .definedBy(BASE + ".duplicates..")
                .layer("cotw")
                .definedBy(BASE + ".cotw..")
                .layer("sync")
                .definedBy(BASE + ".sync..")
                .layer("web")
                .definedBy(BASE + ".web..")
                .layer("app")
                .definedBy(BASE + ".app..")
                .layer("cli")
                .definedBy(BASE + ".cli..")
                .whereLayer("model")
                .mayNotAccessAnyLayer()
                .whereLayer("config")
                .mayNotAccessAnyLayer()
                .whereLayer("parse")
                .mayOnlyAccessLayers("model")
                .whereLayer("index")
                .mayOnlyAccessLayers("model", "parse")
                .whereLayer("search")
                .mayOnlyAccessLayers("model", "index")
                .whereLayer("duplicates")
                .mayOnlyAccessLayers("model", "parse")
                .whereLayer("cotw")
                .mayOnlyAccessLayers("model")
                .whereLayer("sync")
                .mayOnlyAccessLayers("model", "parse", "index", "config")
                .whereLayer("web")
                .mayOnlyAccessLayers("model", "parse", "index", "search", "duplicates", "cotw", "sync", "config")
                .whereLayer("app")
                .mayOnlyAccessLayers("model", "parse", "index", "search", "duplicates", "cotw", "sync", "config")
                .whereLayer("cli")
                .mayOnlyAccessLayers("model", "parse", "index", "search", "duplicates", "cotw", "sync", "config", "app")
                .check(classes);
    }

    /** One slice per package directly under the base package, and one for the base package itself. */
    private static final SliceAssignment TOP_LEVEL_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (pkg.equals(BASE)) {
                return SliceIdentifier.of("(root)");
            }
            if (!pkg.startsWith(BASE + ".")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(pkg.substring(BASE.length() + 1).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "the packages under " + BASE + " and the base package itself";
        }
    };
}
