package org.kakehashi.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * {@code backup FILE} and {@code restore FILE} for the embedded database and the uploaded
 * documents (docs/operations.md). Options such as {@code --kakehashi.data-dir=DIR} work
 * as for the server. Exit 0 on success, 2 on bad usage or a refused restore, 1 on any
 * other failure.
 */
public final class BackupCommands {

	private static final String NOT_EMBEDDED = "%s: the configured database is not the embedded H2 database; "
			+ "for PostgreSQL use pg_dump/pg_restore and copy the data directory's documents (docs/operations.md)";

	private BackupCommands() {
	}

	public static int backup(List<String> args, PrintStream out, PrintStream err) {
		List<String> positional = positional(args);
		if (positional.size() != 1) {
			err.println("usage: backup FILE.zip [--kakehashi.data-dir=DIR]");
			return 2;
		}
		Optional<EmbeddedDatabase> db = EmbeddedDatabase.configured(options(args));
		if (db.isEmpty()) {
			err.println(NOT_EMBEDDED.formatted("backup"));
			return 2;
		}
		Path target = Path.of(positional.getFirst());
		if (!Files.exists(db.get().file())) {
			err.println("backup: there is no database at " + db.get().file());
			return 2;
		}
		try {
			Backups.Summary summary = Backups.backup(db.get(), target);
			out.printf("backup written to %s: database %,d bytes, %d files (%,d bytes)%n", target,
					summary.databaseBytes(), summary.files(), summary.fileBytes());
			return 0;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			err.println("backup failed: " + ex.getMessage());
			return 1;
		}
	}

	public static int restore(List<String> args, PrintStream out, PrintStream err) {
		List<String> positional = positional(args);
		if (positional.size() != 1) {
			err.println("usage: restore FILE.zip [--kakehashi.data-dir=DIR]");
			return 2;
		}
		Path archive = Path.of(positional.getFirst());
		if (!Files.isReadable(archive)) {
			err.println("restore: cannot read " + archive);
			return 2;
		}
		Optional<EmbeddedDatabase> db = EmbeddedDatabase.configured(options(args));
		if (db.isEmpty()) {
			err.println(NOT_EMBEDDED.formatted("restore"));
			return 2;
		}
		try {
			Backups.Summary summary = Backups.restore(archive, db.get());
			out.printf(
					"restored %s into %s: database %,d bytes, %d files (%,d bytes); "
							+ "the search index is rebuilt at the next start%n",
					archive, db.get().dataDir(), summary.databaseBytes(), summary.files(), summary.fileBytes());
			return 0;
		}
		catch (Backups.RestoreRefusedException ex) {
			err.println("restore refused: " + ex.getMessage());
			return 2;
		}
		catch (IOException | RuntimeException ex) {
			err.println("restore failed: " + ex.getMessage());
			return 1;
		}
	}

	private static List<String> positional(List<String> args) {
		return args.stream().filter(a -> !a.startsWith("--")).toList();
	}

	private static List<String> options(List<String> args) {
		return args.stream().filter(a -> a.startsWith("--")).toList();
	}

}
