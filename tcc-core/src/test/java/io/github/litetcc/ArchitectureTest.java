package io.github.litetcc;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** tcc-core stays plain Java: it depends on nothing above it, and its packages have no cycles. */
class ArchitectureTest {
    /** The packages of the modules above tcc-core: tcc-spring, tcc-dubbo, tcc-repository-jdbc and tcc-repository-redis. */
    private static final String[] UPPER_MODULES = {
        "io.github.litetcc.spring..", "io.github.litetcc.dubbo..",
        "io.github.litetcc.repository.jdbc..", "io.github.litetcc.fence.jdbc..", "io.github.litetcc.jdbc..",
        "io.github.litetcc.repository.redis..", "io.github.litetcc.fence.redis..", "io.github.litetcc.redis.."};
    private static final String[] FRAMEWORKS_AND_DRIVERS = {
        "org.springframework..", "org.apache.dubbo..", "io.lettuce..", "io.netty..", "org.quartz..", "java.sql..", "javax.sql..",
        "org.h2..", "org.mariadb..", "com.mysql..", "org.postgresql..", "com.zaxxer.."};
    private final JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.litetcc");

    @Test
    void coreDependsOnNoFrameworkOrDriver() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS_AND_DRIVERS).check(core);
    }

    @Test
    void coreDependsOnNoUpperModule() {
        noClasses().that().resideOutsideOfPackages(UPPER_MODULES)
                .should().dependOnClassesThat().resideInAnyPackage(UPPER_MODULES)
                .because("every arrow points at tcc-core").check(core);
    }

    @Test
    void theUpperModulePatternsCoverThoseModulesPackagesAndNoneOfCores() {
        List<String> upperPackages = List.of("io.github.litetcc.spring", "io.github.litetcc.spring.boot", "io.github.litetcc.spring.fence",
                "io.github.litetcc.dubbo", "io.github.litetcc.repository.jdbc", "io.github.litetcc.fence.jdbc", "io.github.litetcc.jdbc",
                "io.github.litetcc.repository.redis", "io.github.litetcc.fence.redis", "io.github.litetcc.redis");
        Set<String> corePackages = core.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());

        assertThat(upperPackages).allMatch(ArchitectureTest::isUpperModule);
        assertThat(corePackages).contains("io.github.litetcc.repository.memory", "io.github.litetcc.fence.memory")
                .noneMatch(ArchitectureTest::isUpperModule);
    }

    private static boolean isUpperModule(String packageName) {
        return Arrays.stream(UPPER_MODULES).anyMatch(pattern -> PackageMatcher.of(pattern).matches(packageName));
    }

    @Test
    void theSpisDependOnNothingButTheModelAndTheExceptions() {
        noClasses().that().resideInAPackage("io.github.litetcc.spi..").should().dependOnClassesThat()
                .resideInAnyPackage("io.github.litetcc.coordinator..", "io.github.litetcc.recovery..", "io.github.litetcc.participant..",
                        "io.github.litetcc.serialization..", "io.github.litetcc.repository..")
                .check(core);
    }

    @Test
    void theModelDependsOnNoOtherPartOfLiteTcc() {
        noClasses().that().resideInAPackage("io.github.litetcc.model..").should().dependOnClassesThat()
                .resideInAnyPackage("io.github.litetcc.spi..", "io.github.litetcc.coordinator..", "io.github.litetcc.recovery..",
                        "io.github.litetcc.participant..", "io.github.litetcc.context..")
                .check(core);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("io.github.litetcc.(*)..").should().beFreeOfCycles().check(core);
    }
}
