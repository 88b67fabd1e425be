package org.kakehashi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * Every class has a simple name of its own: people, logs, stack traces, pages and
 * Spring's bean names know a class by its simple name, and two modules each with a
 * {@code RequestRepository} or {@code Reminders} meant two meanings behind one word and a
 * bean-name workaround. Nested types are named through their outer class
 * ({@code RequestController.Row}) and are left out.
 */
class UniqueClassNamesTests {

	@Test
	void noTwoApplicationClassesShareASimpleName() {
		JavaClasses application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.kakehashi");

		uniqueSimpleNames().check(application);
	}

	@Test
	void noTestClassSharesASimpleNameWithAnotherClass() {
		JavaClasses applicationAndTests = new ClassFileImporter().importPackages("org.kakehashi");

		uniqueSimpleNames().check(applicationAndTests);
	}

	@Test
	void theRuleCatchesTwoClassesOfOneSimpleName() {
		JavaClasses twoDates = new ClassFileImporter().importClasses(java.util.Date.class, java.sql.Date.class);

		assertThat(uniqueSimpleNames().evaluate(twoDates).hasViolation()).isTrue();
	}

	static ArchRule uniqueSimpleNames() {
		return classes().that()
			.areTopLevelClasses()
			.and()
			.doNotHaveSimpleName("package-info")
			.should(haveASimpleNameNoOtherClassHas())
			.because("one concept has one name, and one name one concept (issue 13)");
	}

	private static ArchCondition<JavaClass> haveASimpleNameNoOtherClassHas() {
		return new ArchCondition<>("have a simple name no other class has") {

			private final Map<String, List<String>> namesakes = new HashMap<>();

			@Override
			public void init(Collection<JavaClass> allObjectsToTest) {
				namesakes.clear();
				for (JavaClass c : allObjectsToTest) {
					if (c.isTopLevelClass() && !c.getSimpleName().equals("package-info")) {
						namesakes.computeIfAbsent(c.getSimpleName(), name -> new ArrayList<>()).add(c.getName());
					}
				}
			}

			@Override
			public void check(JavaClass item, ConditionEvents events) {
				List<String> same = namesakes.getOrDefault(item.getSimpleName(), List.of());
				if (same.size() > 1) {
					List<String> others = same.stream().filter(name -> !name.equals(item.getName())).sorted().toList();
					events.add(SimpleConditionEvent.violated(item,
							item.getName() + " shares its simple name with " + String.join(", ", others)));
				}
			}

		};
	}

}
