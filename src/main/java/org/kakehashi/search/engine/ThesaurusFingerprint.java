package org.kakehashi.search.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kakehashi.thesaurus.Concept;
import org.kakehashi.thesaurus.Thesaurus;

/**
 * A short digest of a thesaurus' content, stored with every index commit: an index whose
 * documents were analysed with another vocabulary (a crash before a rebuild ended, an
 * upgrade that ships new concepts) is rebuilt. Equal content gives equal fingerprints on
 * every instance.
 */
public final class ThesaurusFingerprint {

	private ThesaurusFingerprint() {
	}

	public static String of(Thesaurus thesaurus) {
		MessageDigest digest = sha256();
		for (Concept c : thesaurus.concepts().stream().sorted(Comparator.comparing(Concept::id)).toList()) {
			update(digest, c.id());
			update(digest, c.group());
			for (Map.Entry<String, List<String>> labels : new TreeMap<>(c.labels()).entrySet()) {
				update(digest, labels.getKey());
				labels.getValue().forEach(l -> update(digest, l));
			}
			update(digest, "^");
			c.broader().forEach(b -> update(digest, b));
			update(digest, "$");
		}
		return HexFormat.of().formatHex(digest.digest(), 0, 16);
	}

	private static void update(MessageDigest digest, String value) {
		digest.update(value.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
