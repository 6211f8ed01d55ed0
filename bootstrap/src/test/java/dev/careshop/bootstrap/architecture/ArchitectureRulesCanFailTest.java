package dev.careshop.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that every rule of {@link ArchitectureTest} can fail: the test sources hold, in {@code ..archfixture..}
 * packages, one small class that breaks each rule, and each rule must report exactly that class. A rule that
 * passed here would be a rule that guards nothing.
 */
class ArchitectureRulesCanFailTest {

    private static JavaClasses productionAndFixtures;

    @BeforeAll
    static void importClasses() {
        ImportOption productionOrFixture = location ->
                (new ImportOption.DoNotIncludeTests().includes(location) || location.contains("/archfixture/"))
                        && new DoNotIncludeAotGenerated().includes(location);
        productionAndFixtures = new ClassFileImporter().withImportOption(productionOrFixture).importPackages("dev.careshop");
    }

    static Stream<Arguments> rulesAndTheFixtureThatBreaksThem() {
        return Stream.of(
                Arguments.of(ArchitectureTest.DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_THE_JDK, "DomainClassUsingSpring"),
                Arguments.of(ArchitectureTest.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_THE_JDK, "ApplicationClassUsingJpa"),
                Arguments.of(ArchitectureTest.ONION, "WebClassUsingPersistence"),
                Arguments.of(ArchitectureTest.WEB_USES_ONLY_IN_PORTS, "WebClassUsingOutPort"),
                Arguments.of(ArchitectureTest.ADAPTERS_NEVER_USE_SERVICES, "WebClassUsingService"),
                Arguments.of(ArchitectureTest.USE_CASES_ARE_IN_PORT_INTERFACES, "ConcreteUseCase"),
                Arguments.of(ArchitectureTest.SERVICES_IMPLEMENT_ONE_USE_CASE, "LonelyService"),
                Arguments.of(ArchitectureTest.ENTITIES_LIVE_IN_PERSISTENCE, "EntityInTheWebLayer"),
                Arguments.of(ArchitectureTest.NOBODY_ELSE_SEES_ENTITIES, "WebClassUsingEntity"),
                Arguments.of(ArchitectureTest.TRANSACTIONAL_ONLY_IN_PERSISTENCE, "TransactionalHelper"),
                Arguments.of(ArchitectureTest.CONTROLLERS_ARE_NAMED_AND_PLACED, "PatientEndpoint"),
                Arguments.of(ArchitectureTest.REPOSITORY_PORTS_ARE_IMPLEMENTED_BY_PERSISTENCE_ADAPTERS, "PatientStore"),
                Arguments.of(ArchitectureTest.NO_CYCLES_BETWEEN_AGGREGATES, "archfixture.alpha.Alpha"),
                Arguments.of(ArchitectureTest.NO_FIELD_INJECTION, "FieldInjected"),
                Arguments.of(ArchitectureTest.SHARED_CODE_KNOWS_NO_FEATURE, "SharedAdviceKnowingAFeature"),
                Arguments.of(ArchitectureTest.OUT_PORTS_ARE_NAMED_BY_ROLE, "PatientLoader"));
    }

    @ParameterizedTest(name = "{1} breaks: {0}")
    @MethodSource("rulesAndTheFixtureThatBreaksThem")
    void ruleReportsTheClassThatBreaksIt(ArchRule rule, String fixture) {
        EvaluationResult result = rule.evaluate(productionAndFixtures);

        assertThat(result.hasViolation()).as("rule should fail on the fixture").isTrue();
        assertThat(result.getFailureReport().getDetails())
                .as("every violation comes from a fixture, none from production code")
                .allMatch(line -> line.contains("archfixture"))
                .anyMatch(line -> line.contains(fixture));
        assertThat(rule.getDescription()).as("the failure says which house rule it is and where it is explained")
                .containsPattern("house rule \\d+, docs/architecture.md");
    }
}
