package org.kakehashi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The suite's short fuzzing run (ADR 0017): a fuzz test's inputs (seeds and earlier
 * findings, in {@code <Class>Inputs/<method>}) mutated at random, with a fixed seed so a
 * failure repeats. Not coverage-guided like Jazzer's run in the benchmark, but it needs
 * no agent and takes a second, so every build tries a few hundred inputs nobody wrote.
 */
public final class FuzzInputs {

	private static final byte[][] TOKENS = { "\"".getBytes(), ";".getBytes(), ",".getBytes(), "\n".getBytes(),
			"\r\n".getBytes(), "\t".getBytes(), { 0 }, { (byte) 0xFF }, { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
			"{".getBytes(), "}".getBytes(), "[".getBytes(), "]".getBytes(), "null".getBytes(), "\\u0000".getBytes(),
			"/".getBytes(), "\\".getBytes(), "..".getBytes(), "%PDF-".getBytes(), { 'P', 'K', 3, 4 }, "'=".getBytes(),
			"1e999".getBytes(), "日本".getBytes(StandardCharsets.UTF_8) };

	/** A fuzz test's method. */
	public interface Target {

		void run(byte[] data) throws Exception;

	}

	private FuzzInputs() {
	}

	/**
	 * Runs {@code target} on {@code count} mutants of its inputs; a failure names the
	 * input, in Base64, to be added to the inputs once fixed.
	 */
	public static void run(Class<?> test, String method, int count, Target target) {
		for (byte[] data : mutated(test, method, count)) {
			try {
				target.run(data);
			}
			catch (Exception | AssertionError ex) {
				throw new AssertionError(test.getSimpleName() + "." + method + " failed on the input (Base64) "
						+ Base64.getEncoder().encodeToString(data), ex);
			}
		}
	}

	/**
	 * {@code count} mutants of the inputs of {@code test}'s {@code method}, each one to
	 * four random edits of an input (or of two spliced).
	 */
	public static List<byte[]> mutated(Class<?> test, String method, int count) {
		List<byte[]> inputs = inputs(test, method);
		Random random = new Random(15);
		List<byte[]> mutants = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			byte[] data = inputs.get(random.nextInt(inputs.size()));
			for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
				data = edit(data, inputs.get(random.nextInt(inputs.size())), random);
			}
			mutants.add(data);
		}
		return mutants;
	}

	private static byte[] edit(byte[] data, byte[] other, Random random) {
		int at = data.length == 0 ? 0 : random.nextInt(data.length + 1);
		return switch (random.nextInt(6)) {
			case 0 -> { // flip a byte
				byte[] copy = data.clone();
				if (copy.length > 0) {
					copy[Math.min(at, copy.length - 1)] ^= (byte) (1 << random.nextInt(8));
				}
				yield copy;
			}
			case 1 -> insert(data, at, TOKENS[random.nextInt(TOKENS.length)]);
			case 2 -> { // cut a piece
				int length = Math.min(data.length - at, random.nextInt(64) + 1);
				yield concat(Arrays.copyOfRange(data, 0, at), Arrays.copyOfRange(data, at + length, data.length));
			}
			case 3 -> { // repeat a piece
				int length = Math.min(data.length - at, random.nextInt(64) + 1);
				yield insert(data, at, Arrays.copyOfRange(data, at, at + length));
			}
			case 4 -> Arrays.copyOf(data, at); // truncated, as an interrupted upload
			default -> { // the head of one input, the tail of another
				int from = other.length == 0 ? 0 : random.nextInt(other.length);
				yield concat(Arrays.copyOf(data, at), Arrays.copyOfRange(other, from, other.length));
			}
		};
	}

	private static byte[] insert(byte[] data, int at, byte[] piece) {
		return concat(concat(Arrays.copyOf(data, at), piece), Arrays.copyOfRange(data, at, data.length));
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	private static List<byte[]> inputs(Class<?> test, String method) {
		URL url = test.getResource(test.getSimpleName() + "Inputs/" + method);
		if (url == null) {
			throw new IllegalStateException("no inputs for " + test.getSimpleName() + "." + method);
		}
		try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
			List<byte[]> inputs = new ArrayList<>();
			for (Path file : files.sorted().toList()) {
				inputs.add(Files.readAllBytes(file));
			}
			return inputs;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
