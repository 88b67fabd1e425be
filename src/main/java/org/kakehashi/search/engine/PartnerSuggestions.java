package org.kakehashi.search.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * "Suggested partners": organisations sharing an organisation's concepts, rarer shared
 * concepts counting more (BM25 idf), with a bonus where cooperation interests complement
 * each other.
 */
final class PartnerSuggestions {

	/** Which interest on the other side meets an interest on this side. */
	static final Map<String, List<String>> COMPLEMENTS = Map.of("licensing", List.of("licensing"), "co-development",
			List.of("co-development", "contract-services"), "research-collaboration",
			List.of("research-collaboration", "co-development"), "contract-services",
			List.of("co-development", "research-collaboration"), "distribution", List.of("market-entry"),
			"market-entry", List.of("distribution", "market-entry"), "investment", List.of("investment"));

	private static final float INTEREST_BONUS = 1.5f;

	private final PartnerSearcher labels;

	PartnerSuggestions(PartnerSearcher labels) {
		this.labels = labels;
	}

	List<SuggestedPartner> similarTo(IndexSearcher searcher, String orgId, Set<String> clusters, int limit, String lang)
			throws IOException {
		Optional<StoredProfile> self = find(searcher, orgId);
		if (self.isEmpty()) {
			return List.of();
		}
		StoredProfile me = self.get();
		BooleanQuery.Builder shared = new BooleanQuery.Builder();
		for (String c : me.concepts()) {
			float boost = me.core().contains(c) ? 2f : 1f;
			shared.add(new BoostQuery(new TermQuery(new Term(IndexFields.CONCEPT, c)), boost), Occur.SHOULD);
			shared.add(new TermQuery(new Term(IndexFields.CORE_CONCEPT, c)), Occur.SHOULD);
		}
		if (me.concepts().isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder q = new BooleanQuery.Builder().add(shared.build(), Occur.MUST)
			.add(KeywordField.newExactQuery(IndexFields.ID, orgId), Occur.MUST_NOT);
		for (String wanted : wantedInterests(me.interests())) {
			q.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(IndexFields.INTEREST, wanted))),
					INTEREST_BONUS), Occur.SHOULD);
		}
		if (!clusters.isEmpty()) {
			q.add(KeywordField.newSetQuery(IndexFields.CLUSTER, clusters.stream().map(BytesRef::new).toList()),
					Occur.FILTER);
		}
		TopDocs top = searcher.search(q.build(), limit);
		StoredFields stored = searcher.storedFields();
		List<SuggestedPartner> out = new ArrayList<>();
		for (ScoreDoc sd : top.scoreDocs) {
			StoredProfile other = StoredProfile.load(stored, sd.doc);
			Set<String> common = new LinkedHashSet<>(me.concepts());
			common.retainAll(other.concepts());
			out.add(new SuggestedPartner(other.id(), sd.score, other.displayName(lang), labels.labelled(common, lang),
					complementary(me.interests(), other.interests())));
		}
		return out;
	}

	private static Set<String> wantedInterests(Set<String> mine) {
		Set<String> wanted = new LinkedHashSet<>();
		mine.forEach(i -> wanted.addAll(COMPLEMENTS.getOrDefault(i, List.of())));
		return wanted;
	}

	static List<String> complementary(Set<String> mine, Set<String> theirs) {
		List<String> pairs = new ArrayList<>();
		for (String i : mine) {
			for (String j : COMPLEMENTS.getOrDefault(i, List.of())) {
				if (theirs.contains(j)) {
					pairs.add(i + " ↔ " + j);
				}
			}
		}
		return pairs;
	}

	static Optional<StoredProfile> find(IndexSearcher searcher, String id) throws IOException {
		TopDocs top = searcher.search(KeywordField.newExactQuery(IndexFields.ID, id), 1);
		if (top.scoreDocs.length == 0) {
			return Optional.empty();
		}
		return Optional.of(StoredProfile.load(searcher.storedFields(), top.scoreDocs[0].doc));
	}

}
