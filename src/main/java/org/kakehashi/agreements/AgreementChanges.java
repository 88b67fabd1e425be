package org.kakehashi.agreements;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Names the fields an edit changed, for the audit history ("changed: ends, commitments").
 */
final class AgreementChanges {

	private static final List<Field> FIELDS = List.of(new Field("kind", Agreement::kind),
			new Field("title", Agreement::titles), new Field("summary", Agreement::summaries),
			new Field("fullText", Agreement::fullTexts), new Field("signed", Agreement::signedOn),
			new Field("signedPrecision", Agreement::signedPrecision), new Field("signedPlace", Agreement::signedPlace),
			new Field("occasion", Agreement::occasion), new Field("starts", Agreement::startsOn),
			new Field("ends", Agreement::endsOn), new Field("programme", Agreement::programme),
			new Field("parties", Agreement::parties), new Field("signatories", Agreement::signatories),
			new Field("commitments", Agreement::commitments));

	private record Field(String name, Function<Agreement, Object> value) {
	}

	private AgreementChanges() {
	}

	static String between(Agreement before, Agreement after) {
		List<String> changed = new ArrayList<>();
		for (Field f : FIELDS) {
			if (!Objects.equals(f.value().apply(before), f.value().apply(after))) {
				changed.add(f.name());
			}
		}
		return changed.isEmpty() ? "no field changed" : "changed: " + String.join(", ", changed);
	}

}
