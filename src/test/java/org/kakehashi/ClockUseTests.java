package org.kakehashi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * "Now" comes from the application's one clock (UTC, movable in tests), never from the
 * system clock: code that reads the system clock directly is out of reach of tests and
 * follows whatever zone the server runs in.
 */
class ClockUseTests {

	/**
	 * The clock's own definition, and the backup command, which stamps an archive with
	 * the wall time without an application context.
	 */
	private static final String[] ALLOWED = { "org.kakehashi.shared.web.ClockConfig",
			"org.kakehashi.operations.Backups" };

	@Test
	void nothingReadsTheSystemClockAroundTheApplicationClock() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.kakehashi");
		ArchRule rule = noClasses().that()
			.doNotHaveFullyQualifiedName(ALLOWED[0])
			.and()
			.doNotHaveFullyQualifiedName(ALLOWED[1])
			.should()
			.callMethod(Instant.class, "now")
			.orShould()
			.callMethod(LocalDate.class, "now")
			.orShould()
			.callMethod(LocalDate.class, "now", ZoneId.class)
			.orShould()
			.callMethod(LocalDateTime.class, "now")
			.orShould()
			.callMethod(LocalDateTime.class, "now", ZoneId.class)
			.orShould()
			.callMethod(LocalTime.class, "now")
			.orShould()
			.callMethod(OffsetDateTime.class, "now")
			.orShould()
			.callMethod(OffsetDateTime.class, "now", ZoneId.class)
			.orShould()
			.callMethod(ZonedDateTime.class, "now")
			.orShould()
			.callMethod(ZonedDateTime.class, "now", ZoneId.class)
			.orShould()
			.callMethod(System.class, "currentTimeMillis")
			.orShould()
			.callMethod(Clock.class, "systemUTC")
			.orShould()
			.callMethod(Clock.class, "systemDefaultZone")
			.because("the application's Clock bean is the one source of now (issue 13)");
		rule.check(classes);
	}

}
