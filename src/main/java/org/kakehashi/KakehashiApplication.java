package org.kakehashi;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.kakehashi.cli.ImportCommand;
import org.kakehashi.operations.BackupCommands;
import org.kakehashi.scheduling.ScheduleCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Kakehashi starts as a web application, or, with a subcommand of docs/interfaces.md
 * ({@code schedule}, {@code import}, {@code backup}, {@code restore}), runs that command
 * without a web server and exits with its code.
 */
// Bean names are the classes' simple names, unique across the application
// (UniqueClassNamesTests).
@SpringBootApplication
@Modulithic(sharedModules = "shared")
// Scheduled jobs (reminders, digests, index commits) are idempotent per run, so several
// instances may run them.
@EnableScheduling
public class KakehashiApplication {

	public static void main(String[] args) {
		// The embedded database's automatic server (AUTO_SERVER, for the backup command)
		// is
		// reachable from this machine only.
		if (System.getProperty("h2.bindAddress") == null) {
			System.setProperty("h2.bindAddress", "127.0.0.1");
		}
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
			case "backup" -> BackupCommands.backup(rest, out, err);
			case "restore" -> BackupCommands.restore(rest, out, err);
			default -> {
				err.println("unknown command '" + args[0]
						+ "'; commands: schedule, import, backup, restore (or none to start the server)");
				yield 2;
			}
		};
	}

}
