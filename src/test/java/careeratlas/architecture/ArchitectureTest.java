package careeratlas.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The allowed directions between packages. Each feature may use the packages listed for it and nothing else;
 * {@code platform} (layout, errors, CSRF, flash, Markdown, caching, dates, URLs) uses no feature; nothing uses
 * {@code admin}. A wrong import fails the build with the rule's name.
 */
class ArchitectureTest {

    static final String ROOT = "careeratlas";

    /** Package: the packages it may depend on (besides itself, the JDK and libraries). */
    static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("platform", List.of()),
            Map.entry("mail", List.of("platform")),
            Map.entry("catalog", List.of("platform")),
            Map.entry("sidebar", List.of("catalog", "platform")),
            Map.entry("jobs", List.of("catalog", "sidebar", "platform")),
            Map.entry("salaries", List.of("catalog", "sidebar", "platform")),
            Map.entry("compare", List.of("catalog", "jobs", "salaries", "sidebar", "platform")),
            Map.entry("roles", List.of("catalog", "jobs", "salaries", "sidebar", "platform")),
            Map.entry("home", List.of("catalog", "sidebar", "platform")),
            Map.entry("skills", List.of("catalog", "jobs", "sidebar", "platform")),
            Map.entry("paths", List.of("catalog", "jobs", "salaries", "sidebar", "platform")),
            Map.entry("seo", List.of("platform")),
            Map.entry("about", List.of("platform")),
            Map.entry("employers", List.of("catalog", "jobs", "mail", "platform")),
            Map.entry("alerts", List.of("catalog", "jobs", "mail", "sidebar", "platform")),
            Map.entry("admin", List.of("catalog", "jobs", "salaries", "employers", "alerts", "mail", "platform")),
            Map.entry("embedded", List.of()));

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void eachPackageUsesOnlyThePackagesAllowedForIt() {
        for (Map.Entry<String, List<String>> e : ALLOWED.entrySet()) {
            String[] forbidden = ALLOWED.keySet().stream()
                    .filter(p -> !p.equals(e.getKey()) && !e.getValue().contains(p))
                    .map(p -> ROOT + "." + p + "..").toArray(String[]::new);
            ArchRule rule = noClasses().that().resideInAPackage(ROOT + "." + e.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .as("'" + e.getKey() + "' may use only " + (e.getValue().isEmpty() ? "no other package"
                            : String.join(", ", e.getValue())));
            rule.check(classes);
        }
    }

    @Test
    void everyPackageIsNamedInTheRules() {
        classes().should().resideInAnyPackage(ALLOWED.keySet().stream().map(p -> ROOT + "." + p + "..")
                        .toArray(String[]::new))
                .as("every package is listed in ArchitectureTest.ALLOWED, so a new one gets its rule")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().as("packages are acyclic").check(classes);
    }

    @Test
    void nothingImportsAdmin() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".admin..").should().dependOnClassesThat()
                .resideInAPackage(ROOT + ".admin..").as("nothing imports admin").check(classes);
    }

    @Test
    void noStaticContainerLookups() {
        noClasses().should().callMethod(io.quarkus.arc.Arc.class, "container")
                .as("beans are injected, never looked up with Arc.container()").check(classes);
    }

    @Test
    void resourcesAreHttpOnly() {
        noClasses().that().haveSimpleNameEndingWith("Resource").should().dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.quarkus.hibernate.orm.panache.Panache")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .as("resources leave queries and transactions to their feature's service or queries bean")
                .check(classes);
    }

    @Test
    void oneClock() {
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .as("time comes from the injected java.time.Clock").check(classes);
    }
}
