package dev.careshop.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The house rules of ARCHITECTURE.md, checked on the production classes of every module. Each rule is a public
 * constant so that {@link ArchitectureRulesCanFailTest} can show it fails on a class that breaks it.
 */
@AnalyzeClasses(packages = "dev.careshop",
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeAotGenerated.class})
public class ArchitectureTest {

    private static final String DOMAIN = "dev.careshop.domain..";
    private static final String APPLICATION = "dev.careshop.application..";
    private static final String PERSISTENCE = "dev.careshop.adapter.persistence..";
    private static final String WEB = "dev.careshop.adapter.web..";

    /** The layers' roots; the package under one is a feature (clinic.patient, shop.order ...) or shared. */
    private static final List<String> FEATURE_ROOTS = List.of("dev.careshop.domain.", "dev.careshop.application.",
            "dev.careshop.adapter.web.", "dev.careshop.adapter.persistence.");

    /** 1. The domain is plain Java. */
    @ArchTest
    public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_THE_JDK = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because(explained(1,
                    "the domain is plain Java (no Spring, JPA, Jackson or Lombok), so move that code to an " +
                    "adapter or bootstrap"));

    /** 2. The application knows the domain and nothing technical. */
    @ArchTest
    public static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_THE_JDK = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
            .because(explained(2,
                    "use cases stay free of frameworks (bootstrap adds transactions from outside), so put the " +
                    "technical part behind a port"));

    /** 3. Dependencies point inwards, and the adapters never know each other. */
    @ArchTest
    public static final ArchRule ONION = onionArchitecture()
            .domainModels(DOMAIN)
            .applicationServices(APPLICATION)
            .adapter("persistence", PERSISTENCE)
            .adapter("web", WEB)
            .withOptionalLayers(true)
            // bootstrap is the composition root: wiring every layer is its one job.
            .ignoreDependency(resideInAPackage("dev.careshop.bootstrap.."), DescribedPredicate.alwaysTrue())
            .because(explained(3,
                    "dependencies point inwards (adapters -> application -> domain) and the two adapters never " +
                    "know each other"));

    /** 4. Adapters drive the application through its in-ports, never through a service class. */
    @ArchTest
    public static final ArchRule WEB_USES_ONLY_IN_PORTS = noClasses()
            .that().resideInAPackage(WEB)
            .should().dependOnClassesThat(resideInApplicationOutsideInPorts())
            .because(explained(4,
                    "the web adapter calls use cases through their port.in interfaces, never an out-port or a " +
                    "service"));

    @ArchTest
    public static final ArchRule ADAPTERS_NEVER_USE_SERVICES = noClasses()
            .that().resideInAnyPackage(PERSISTENCE, WEB)
            .should().dependOnClassesThat().resideInAPackage("dev.careshop.application..service..")
            .because(explained(4, "a service is reached only through the use-case interface it implements"));

    /** 5a. Use cases are interfaces in port.in. */
    @ArchTest
    public static final ArchRule USE_CASES_ARE_IN_PORT_INTERFACES = classes()
            .that().haveSimpleNameEndingWith("UseCase").and().areNotAnnotations()
            .should().beInterfaces()
            .andShould().resideInAPackage("dev.careshop.application..port.in..")
            .because(explained(5,
                    "a use case is an interface in its feature's port.in package; its implementation is a " +
                    "*Service"));

    /** 5b. Each service implements one use case. */
    @ArchTest
    public static final ArchRule SERVICES_IMPLEMENT_ONE_USE_CASE = classes()
            .that().haveSimpleNameEndingWith("Service").and().resideInAPackage(APPLICATION)
            .should(implementExactlyOneUseCase())
            .andShould().resideInAPackage("dev.careshop.application..service..")
            .because(explained(5,
                    "each *Service in a service package implements exactly one *UseCase, so the wiring and the " +
                    "transaction match"));

    /** 6. JPA entities stay inside the persistence adapter. */
    @ArchTest
    public static final ArchRule ENTITIES_LIVE_IN_PERSISTENCE = classes()
            .that().areAnnotatedWith("jakarta.persistence.Entity")
            .should().resideInAPackage(PERSISTENCE)
            .because(explained(6, "JPA entities are a storage detail of adapters-persistence"));

    @ArchTest
    public static final ArchRule NOBODY_ELSE_SEES_ENTITIES = noClasses()
            .that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
            .because(explained(6,
                    "entities are a storage detail; the rest of the service speaks in aggregates and DTOs"));

    /** 7. Transactions are declared by use case (bootstrap) and required by persistence adapters, nowhere else. */
    @ArchTest
    public static final ArchRule TRANSACTIONAL_ONLY_IN_PERSISTENCE = noClasses()
            .that().resideOutsideOfPackage(PERSISTENCE)
            .should().beAnnotatedWith("org.springframework.transaction.annotation.Transactional")
            .orShould().beAnnotatedWith("jakarta.transaction.Transactional")
            .orShould(haveMethodAnnotatedWith("org.springframework.transaction.annotation.Transactional"))
            .orShould(haveMethodAnnotatedWith("jakarta.transaction.Transactional"))
            .because(explained(7,
                    "a use case is the transaction boundary, applied from bootstrap to @UseCase classes; only " +
                    "persistence adapters require one"));

    /** 8a. Controllers are named so and live in the web adapter. */
    @ArchTest
    public static final ArchRule CONTROLLERS_ARE_NAMED_AND_PLACED = classes()
            .that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should().haveSimpleNameEndingWith("Controller")
            .andShould().resideInAPackage(WEB)
            .because(explained(8, "a REST controller is a *Controller in adapters-web"));

    /** 8b. Whatever implements a domain repository port is a persistence adapter, named so. */
    @ArchTest
    public static final ArchRule REPOSITORY_PORTS_ARE_IMPLEMENTED_BY_PERSISTENCE_ADAPTERS = classes()
            .that(implementARepositoryPort())
            .should().haveSimpleNameEndingWith("PersistenceAdapter")
            .andShould().resideInAPackage(PERSISTENCE)
            .because(explained(8,
                    "a domain repository port is implemented by a *PersistenceAdapter in adapters-persistence"));

    /** 9a. Aggregates may refer to each other (by id) one way, never in a cycle: checked per layer. */
    @ArchTest
    public static final ArchRule NO_CYCLES_BETWEEN_AGGREGATES = CompositeArchRule
            .of(slices().matching("dev.careshop.domain.*.(*)..").should().beFreeOfCycles())
            .and(slices().matching("dev.careshop.application.*.(*)..").should().beFreeOfCycles())
            .and(slices().matching("dev.careshop.adapter.*.*.(*)..").should().beFreeOfCycles())
            .because(explained(9,
                    "aggregates refer to each other by id one way only; break the cycle with an id or an event"));

    /** 9b. Constructor injection only: dependencies are visible and final. */
    @ArchTest
    public static final ArchRule NO_FIELD_INJECTION = NO_CLASSES_SHOULD_USE_FIELD_INJECTION
            .because(explained(9, "dependencies come through the constructor, visible and final"));

    /** 10. Shared code knows no feature: a feature brings its own pieces (e.g. its error mapping) instead. */
    @ArchTest
    public static final ArchRule SHARED_CODE_KNOWS_NO_FEATURE = noClasses()
            .that().resideInAPackage("dev.careshop..shared..")
            .should().dependOnClassesThat(resideInAFeature())
            .because(explained(10,
                    "a feature adds its own classes (such as its problems advice) instead of teaching a shared " +
                    "one about itself"));

    /** 11. An out-port says what it is: a *Port the application drives, or a *Query that reads a read model. */
    @ArchTest
    public static final ArchRule OUT_PORTS_ARE_NAMED_BY_ROLE = classes()
            .that().resideInAPackage("dev.careshop.application..port.out..").and().areInterfaces().and().areTopLevelClasses()
            .should().haveSimpleNameEndingWith("Port").orShould().haveSimpleNameEndingWith("Query")
            .because(explained(11,
                    "an out-port interface is named *Port (or *Query when it reads a read model), so its role shows " +
                    "in every class that uses it"));

    /** Every failure names the rule's number and where it is explained, so a newcomer knows what to read. */
    private static String explained(int rule, String why) {
        return why + " (house rule " + rule + ", docs/architecture.md \"House rules\")";
    }

    private static DescribedPredicate<JavaClass> resideInAFeature() {
        return DescribedPredicate.describe("reside in a feature's package (anything under a layer but shared)",
                javaClass -> FEATURE_ROOTS.stream()
                        .filter(root -> javaClass.getPackageName().startsWith(root))
                        .anyMatch(root -> !javaClass.getPackageName().substring(root.length()).startsWith("shared")));
    }

    private static DescribedPredicate<JavaClass> resideInApplicationOutsideInPorts() {
        return DescribedPredicate.describe("reside in the application outside port.in",
                javaClass -> javaClass.getPackageName().startsWith("dev.careshop.application.")
                        && !javaClass.getPackageName().contains(".port.in"));
    }

    private static DescribedPredicate<JavaClass> implementARepositoryPort() {
        return DescribedPredicate.describe("implement a domain repository port",
                javaClass -> !javaClass.isInterface() && javaClass.getAllRawInterfaces().stream().anyMatch(port ->
                        port.getPackageName().startsWith("dev.careshop.domain.") && port.getSimpleName().endsWith("Repository")));
    }

    private static ArchCondition<JavaClass> implementExactlyOneUseCase() {
        return new ArchCondition<>("implement exactly one use case") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                long useCases = service.getRawInterfaces().stream()
                        .filter(port -> port.getSimpleName().endsWith("UseCase"))
                        .count();
                if (useCases != 1) {
                    events.add(SimpleConditionEvent.violated(service,
                            service.getName() + " implements " + useCases + " use cases"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> haveMethodAnnotatedWith(String annotation) {
        return new ArchCondition<>("have a method annotated with @" + annotation) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                javaClass.getMethods().stream()
                        .filter(method -> method.isAnnotatedWith(annotation))
                        .forEach(method -> events.add(SimpleConditionEvent.satisfied(method,
                                method.getFullName() + " is annotated with @" + annotation)));
            }
        };
    }
}
