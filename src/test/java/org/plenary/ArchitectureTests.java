package org.plenary;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules of the code's structure, as tests: modules free of cycles, the pure algorithms free of Spring
 * and JPA, controllers and repositories hidden inside their module, no EAGER fetching.
 */
class ArchitectureTests {

    private static final JavaClasses PLENARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.plenary");

    @Test
    void modules_have_no_dependency_cycles() {
        slices().matching("org.plenary.(*)..").should().beFreeOfCycles().check(PLENARY);
    }

    /** Every package on its own, sub-packages too: drafts and drafts.importing may not need each other. */
    @Test
    void packages_and_their_sub_packages_have_no_dependency_cycles() {
        slices().matching("org.plenary.(**)").should().beFreeOfCycles().check(PLENARY);
    }

    @Test
    void the_diff_algorithms_use_neither_spring_nor_jpa() {
        noClasses()
                .that()
                .resideInAPackage("org.plenary.diff..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..")
                .check(PLENARY);
    }

    @Test
    void controllers_are_not_public() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should()
                .notBePublic()
                .check(PLENARY);
    }

    @Test
    void repositories_are_not_public() {
        classes()
                .that()
                .areAssignableTo(org.springframework.data.repository.Repository.class)
                .should()
                .notBePublic()
                .check(PLENARY);
    }

    @Test
    void no_association_is_fetched_eagerly() {
        // @ManyToOne and @OneToOne fetch eagerly unless told otherwise: every one must say LAZY.
        fields().that()
                .areAnnotatedWith(jakarta.persistence.ManyToOne.class)
                .should(fetchLazily(jakarta.persistence.ManyToOne.class))
                .allowEmptyShould(true)
                .check(PLENARY);
        fields().that()
                .areAnnotatedWith(jakarta.persistence.OneToOne.class)
                .should(fetchLazily(jakarta.persistence.OneToOne.class))
                .allowEmptyShould(true)
                .check(PLENARY);
        noClasses()
                .should()
                .accessField(jakarta.persistence.FetchType.class, "EAGER")
                .check(PLENARY);
    }

    private static ArchCondition<JavaField> fetchLazily(Class<? extends java.lang.annotation.Annotation> type) {
        return new ArchCondition<>("fetch lazily") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                Object fetch =
                        field.getAnnotationOfType(type.getName()).get("fetch").orElse(null);
                if (fetch == null || !fetch.toString().endsWith("LAZY")) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is not LAZY"));
                }
            }
        };
    }

    @Test
    void the_web_module_knows_no_feature() {
        noClasses()
                .that()
                .resideInAPackage("org.plenary.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.plenary.process..",
                        "org.plenary.actors..",
                        "org.plenary.positions..",
                        "org.plenary.drafts..",
                        "org.plenary.security..")
                .check(PLENARY);
    }
}
