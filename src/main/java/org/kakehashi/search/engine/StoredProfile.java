package org.kakehashi.search.engine;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;

/** What a result needs from the stored fields of one indexed organisation. */
record StoredProfile(String id, String kind, String cluster, Map<String, String> names,
		Map<String, String> descriptions, Set<String> core, Set<String> concepts, Set<String> broader,
		Set<String> interests) {

	static StoredProfile load(StoredFields fields, int doc) throws IOException {
		Document d = fields.document(doc);
		Map<String, String> names = new HashMap<>();
		Map<String, String> descriptions = new HashMap<>();
		for (var f : d.getFields()) {
			if (f.name().startsWith("name_")) {
				names.put(f.name().substring(5), f.stringValue());
			}
			else if (f.name().startsWith("description_")) {
				descriptions.put(f.name().substring(12), f.stringValue());
			}
		}
		String cluster = d.get(IndexFields.CLUSTER);
		return new StoredProfile(d.get(IndexFields.ID), d.get(IndexFields.KIND), cluster == null ? "" : cluster, names,
				descriptions, values(d, IndexFields.CORE_CONCEPT), values(d, IndexFields.CONCEPT),
				values(d, IndexFields.BROADER_CONCEPT), values(d, IndexFields.INTEREST));
	}

	private static Set<String> values(Document d, String field) {
		return new LinkedHashSet<>(Arrays.asList(d.getValues(field)));
	}

	String displayName(String lang) {
		return Languages.pick(names, lang);
	}

}
