package vn.ocop.api.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, checked on the compiled classes: feature packages form no cycle,
 * security depends on common only, resources reach data through services (never a repository), and the scoring
 * engine is plain Java (no framework).
 */
class ArchitectureTest {

    private static JavaClasses api;
    private static JavaClasses engine;

    @BeforeAll
    static void importClasses() {
        ClassFileImporter importer = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
        api = importer.importPackages("vn.ocop.api");
        engine = importer.importPackages("vn.ocop.scoring");
    }

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching("vn.ocop.api.(*)..").should().beFreeOfCycles()
                .because("a feature builds on the ones below it (docs/architecture.md); a cycle makes two features one")
                .check(api);
    }

    @Test
    void securityDependsOnCommonOnly() {
        noClasses().that().resideInAPackage("vn.ocop.api.security..")
                .should().dependOnClassesThat(resideInAPackage("vn.ocop.api..")
                        .and(not(resideInAnyPackage("vn.ocop.api.security..", "vn.ocop.api.common.."))))
                .because("security is the base every feature builds on (docs/architecture.md)")
                .check(api);
    }

    @Test
    void resourcesImportNoRepository() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().areAssignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")
                .because("a resource maps HTTP to a service and back; data is the service's")
                .check(api);
    }

    @Test
    void theEngineImportsNoFramework() {
        noClasses().that().resideInAPackage("vn.ocop.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.inject..", "io.quarkus..",
                        "org.hibernate..", "io.smallrye..", "org.eclipse..", "vn.ocop.api..")
                .because("the scoring engine is a plain Java library (Jackson only to read its rule data)")
                .check(engine);
    }
}
