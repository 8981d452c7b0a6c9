package io.github.litetcc;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** tcc-core stays plain Java: it depends on nothing above it, and its packages have no cycles. */
class ArchitectureTest {
    private final JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.litetcc");

    @Test
    void coreDependsOnNoFrameworkDriverOrUpperModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.apache.dubbo..", "io.lettuce..", "org.quartz..", "java.sql..", "javax.sql..",
                        "org.h2..", "org.mariadb..", "com.mysql..", "org.postgresql..", "com.zaxxer..",
                        "io.github.litetcc.spring..", "io.github.litetcc.dubbo..", "io.github.litetcc.jdbc..", "io.github.litetcc.redis..")
                .check(core);
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
