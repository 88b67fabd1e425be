package org.kakehashi.search.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.kakehashi.thesaurus.Concept;
import org.kakehashi.thesaurus.Thesaurus;

/**
 * Runs a planned query on one searcher and dresses the hits with names, reasons and
 * highlights.
 */
final class PartnerSearcher {

	private final Thesaurus thesaurus;

	private final PartnerQueryPlanner planner;

	private final MatchHighlighter highlighter;

	private final FacetCounting facets = new FacetCounting(IndexFields.FACETS);

	PartnerSearcher(Thesaurus thesaurus, PartnerQueryPlanner planner, MatchHighlighter highlighter) {
		this.thesaurus = thesaurus;
		this.planner = planner;
		this.highlighter = highlighter;
	}

	SearchResults search(IndexSearcher searcher, SearchQuery q) throws IOException {
		PartnerQueryPlanner.Plan plan = planner.plan(q, searcher.getIndexReader());
		// Two cheap passes beat one expensive one: the top hits with score-based skipping
		// (block-max WAND needs an inexact total), then an unscored pass over all matches
		// for
		// the exact total the contract promises and, if asked, the facet counts.
		Query query = searcher.rewrite(plan.query()); // once: fuzzy terms are costly to
														// expand
		TopDocs topDocs = searcher.search(query, new TopScoreDocCollectorManager(q.offset() + q.limit(), 0));
		Map<String, Map<String, Integer>> facetCounts = Map.of();
		long total;
		if (q.facets()) {
			FacetCounting.Counts counted = searcher.search(query, facets);
			facetCounts = counted.byField();
			total = counted.total();
		}
		else {
			total = searcher.count(query);
		}
		StoredFields stored = searcher.storedFields();
		List<SearchResults.Hit> hits = new ArrayList<>();
		ScoreDoc[] docs = topDocs.scoreDocs;
		for (int i = q.offset(); i < docs.length; i++) {
			StoredProfile p = StoredProfile.load(stored, docs[i].doc);
			Set<String> why = why(plan.concepts(), p);
			List<SearchResults.MatchedConcept> reasons = new ArrayList<>(labelled(why, plan.lang()));
			if (reasons.isEmpty()) {
				matchedWords(searcher.getIndexReader(), docs[i].doc, plan)
					.forEach(w -> reasons.add(SearchResults.MatchedConcept.word(w)));
			}
			hits.add(new SearchResults.Hit(p.id(), docs[i].score, p.displayName(plan.lang()), reasons, highlighter
				.highlight(p.descriptions(), plan.lang(), markable(plan.concepts(), why, p), plan.termsByField())));
		}
		return new SearchResults(q.text(), plan.lang(), total, hits, facetCounts);
	}

	/**
	 * The words of the query, as the asker typed them, whose terms the organisation's
	 * texts hold: the reason shown for a hit that no concept explains. Checked per term
	 * on the hit's segment, a handful of lookups per hit; if none holds, the hit matched
	 * by similarity (a typo, a loanword inside a compound) and those words are the
	 * reason.
	 */
	static Set<String> matchedWords(IndexReader reader, int doc, PartnerQueryPlanner.Plan plan) throws IOException {
		List<LeafReaderContext> leaves = reader.leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		int local = doc - leaf.docBase;
		Set<String> words = new LinkedHashSet<>();
		for (Map.Entry<String, Map<String, String>> field : plan.wordsByField().entrySet()) {
			for (Map.Entry<String, String> term : field.getValue().entrySet()) {
				if (!words.contains(term.getValue()) && holds(leaf, field.getKey(), term.getKey(), local)) {
					words.add(term.getValue());
				}
			}
		}
		if (words.isEmpty()) {
			words.addAll(plan.looseWords());
		}
		return words;
	}

	private static boolean holds(LeafReaderContext leaf, String field, String term, int doc) throws IOException {
		PostingsEnum postings = leaf.reader().postings(new Term(field, term), PostingsEnum.NONE);
		return postings != null && postings.advance(doc) == doc;
	}

	/**
	 * Query concepts the profile has, directly or through a narrower concept, else their
	 * broader ones it has.
	 */
	private Set<String> why(Set<String> queryConcepts, StoredProfile p) {
		Set<String> why = new LinkedHashSet<>();
		for (String c : queryConcepts) {
			if (p.concepts().contains(c) || p.broader().contains(c)) {
				why.add(c);
			}
			else {
				thesaurus.concept(c)
					.map(Concept::broader)
					.ifPresent(parents -> parents.stream().filter(p.concepts()::contains).forEach(why::add));
			}
		}
		return why;
	}

	/**
	 * The profile's own concepts that stand for a matched one, so that their mentions get
	 * marked.
	 */
	private Set<String> markable(Set<String> queryConcepts, Set<String> why, StoredProfile p) {
		Set<String> mark = new LinkedHashSet<>(why);
		for (String own : p.concepts()) {
			if (thesaurus.concept(own).map(c -> c.broader().stream().anyMatch(queryConcepts::contains)).orElse(false)) {
				mark.add(own);
			}
		}
		return mark;
	}

	List<SearchResults.MatchedConcept> labelled(Set<String> ids, String lang) {
		Map<String, String> labels = new LinkedHashMap<>();
		ids.forEach(id -> labels.put(id, thesaurus.concept(id).map(c -> c.preferredLabel(lang)).orElse(id)));
		return labels.entrySet().stream().map(e -> new SearchResults.MatchedConcept(e.getKey(), e.getValue())).toList();
	}

}
