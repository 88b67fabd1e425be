package org.kakehashi;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.kakehashi.cli.ImportCommand;
import org.kakehashi.scheduling.ScheduleCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Kakehashi starts as a web application, or, with a subcommand of operations.md
 * ({@code schedule}, {@code import}), runs that command without a web server and exits
 * with its code.
 */
// Modules may each have an internal Reminders or AttachmentStore: bean names are fully
// qualified.
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@Modulithic(sharedModules = "shared")
// Scheduled jobs (reminders, digests, index commits) are idempotent per run, so several
// instances may run them.
@EnableScheduling
public class KakehashiApplication {

	public static void main(String[] args) {
		if (args.length > 0 && !args[0].startsWith("-")) {
			System.exit(command(args, System.out, System.err));
		}
		SpringApplication.run(KakehashiApplication.class, args);
	}

	static int command(String[] args, PrintStream out, PrintStream err) {
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		return switch (args[0]) {
			case "schedule" -> ScheduleCommand.run(rest, out, err);
			case "import" -> ImportCommand.run(KakehashiApplication.class, rest, out, err);
			default -> {
				err.println(
						"unknown command '" + args[0] + "'; commands: schedule, import (or none to start the server)");
				yield 2;
			}
		};
	}

}
