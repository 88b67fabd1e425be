package org.kakehashi.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A backup is one zip: the embedded database as H2's online {@code BACKUP TO} wrote it (a
 * consistent snapshot, taken while the application runs), then every uploaded file of the
 * data directory. Files are copied after the snapshot: a file is written before the row
 * that names it is committed, so every file the snapshot names is there. The search index
 * and the logs are left out; the index is rebuilt from the database on the first start.
 */
final class Backups {

	static final String MANIFEST = "kakehashi-backup.properties";

	private static final String DATABASE_ENTRY = "database/";

	private static final String FILES_ENTRY = "files/";

	/** Not uploaded content: rebuilt, written anew, or the database itself. */
	private static final Set<String> SKIPPED_DIRECTORIES = Set.of("index", "logs");

	private Backups() {
	}

	record Summary(long databaseBytes, int files, long fileBytes) {
	}

	/**
	 * Writes the backup to {@code target} (via a temporary file, so it is whole or
	 * absent).
	 */
	static Summary backup(EmbeddedDatabase db, Path target) throws IOException, SQLException {
		Path parent = target.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path snapshot = Files.createTempFile(parent, ".kakehashi-db-", ".zip");
		Path partial = Files.createTempFile(parent, ".kakehashi-backup-", ".part");
		try {
			// AUTO_SERVER in the URL: while the application runs, this connects to it and
			// the snapshot is taken inside it.
			try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
					Statement statement = connection.createStatement()) {
				statement.execute("BACKUP TO '" + snapshot.toString().replace("'", "''") + "'");
			}
			long databaseBytes = 0;
			int files = 0;
			long fileBytes = 0;
			try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial));
					ZipFile database = new ZipFile(snapshot.toFile())) {
				var entries = database.entries();
				while (entries.hasMoreElements()) {
					ZipEntry entry = entries.nextElement();
					zip.putNextEntry(new ZipEntry(DATABASE_ENTRY + Path.of(entry.getName()).getFileName()));
					try (InputStream in = database.getInputStream(entry)) {
						databaseBytes += in.transferTo(zip);
					}
					zip.closeEntry();
				}
				for (Path file : uploadedFiles(db)) {
					String name = FILES_ENTRY + db.dataDir().relativize(file).toString().replace('\\', '/');
					zip.putNextEntry(new ZipEntry(name));
					fileBytes += Files.copy(file, zip);
					zip.closeEntry();
					files++;
				}
				Properties manifest = new Properties();
				manifest.setProperty("created", Instant.now().toString());
				manifest.setProperty("database", db.file().getFileName().toString());
				manifest.setProperty("files", Integer.toString(files));
				zip.putNextEntry(new ZipEntry(MANIFEST));
				manifest.store(zip, "Kakehashi backup: java -jar kakehashi.jar restore FILE");
				zip.closeEntry();
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return new Summary(databaseBytes, files, fileBytes);
		}
		finally {
			Files.deleteIfExists(snapshot);
			Files.deleteIfExists(partial);
		}
	}

	/**
	 * Restores into a data directory without a database; refuses to overwrite one (the
	 * operator moves it away first, so nothing is lost by mistake).
	 */
	static Summary restore(Path archive, EmbeddedDatabase db) throws IOException {
		if (Files.exists(db.file())) {
			throw new RestoreRefusedException("a database already exists at " + db.file()
					+ "; stop Kakehashi and move it away, or restore into an empty data directory");
		}
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			if (zip.getEntry(MANIFEST) == null) {
				throw new RestoreRefusedException(archive + " is not a Kakehashi backup (no " + MANIFEST + ")");
			}
		}
		catch (ZipException ex) {
			throw new RestoreRefusedException(archive + " is not a Kakehashi backup (" + ex.getMessage() + ")");
		}
		Files.createDirectories(db.dataDir());
		Files.createDirectories(db.file().getParent());
		long databaseBytes = 0;
		int files = 0;
		long fileBytes = 0;
		List<Path> written = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				String name = entry.getName();
				if (entry.isDirectory() || name.equals(MANIFEST)) {
					continue;
				}
				if (name.startsWith(DATABASE_ENTRY) && name.endsWith(".mv.db")) {
					databaseBytes += copy(in, db.file(), written);
				}
				else if (name.startsWith(FILES_ENTRY)) {
					Path target = db.dataDir().resolve(name.substring(FILES_ENTRY.length())).normalize();
					if (!target.startsWith(db.dataDir())) {
						throw new RestoreRefusedException(
								"backup entry " + name + " points outside the data directory");
					}
					fileBytes += copy(in, target, written);
					files++;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			for (Path path : written) {
				Files.deleteIfExists(path);
			}
			throw ex;
		}
		if (databaseBytes == 0) {
			for (Path path : written) {
				Files.deleteIfExists(path);
			}
			throw new RestoreRefusedException(archive + " holds no database");
		}
		return new Summary(databaseBytes, files, fileBytes);
	}

	private static long copy(InputStream in, Path target, List<Path> written) throws IOException {
		Files.createDirectories(target.getParent());
		written.add(target);
		try (OutputStream out = Files.newOutputStream(target)) {
			return in.transferTo(out);
		}
	}

	private static List<Path> uploadedFiles(EmbeddedDatabase db) throws IOException {
		List<Path> files = new ArrayList<>();
		if (!Files.isDirectory(db.dataDir())) {
			return files;
		}
		String databaseName = db.file().getFileName().toString().replace(".mv.db", "");
		Files.walkFileTree(db.dataDir(), new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				return dir.getParent() != null && dir.getParent().equals(db.dataDir())
						&& SKIPPED_DIRECTORIES.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE
								: FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				String name = file.getFileName().toString();
				boolean database = file.getParent().equals(db.dataDir()) && name.startsWith(databaseName + ".");
				if (!database && !name.startsWith(".") && attrs.isRegularFile()) {
					files.add(file);
				}
				return FileVisitResult.CONTINUE;
			}
		});
		return files;
	}

	/** The restore would overwrite or corrupt something; the message says what. */
	static final class RestoreRefusedException extends RuntimeException {

		RestoreRefusedException(String message) {
			super(message);
		}

	}

}
