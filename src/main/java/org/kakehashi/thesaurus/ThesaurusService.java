package org.kakehashi.thesaurus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.thesaurus.internal.AdditionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The vocabulary in use: the built-in file with administrators' additions from the
 * database merged over it. {@link #current()} is an immutable snapshot; each change
 * replaces it and publishes {@link ThesaurusChanged} so that indexes built with the old
 * vocabulary can be rebuilt.
 */
@Service
public class ThesaurusService {

	private final Thesaurus builtIn = Thesaurus.loadDefault();

	private final AdditionRepository additions;

	private final ApplicationEventPublisher events;

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private volatile Thesaurus current;

	/** The additions {@link #current} was built from. */
	private List<Concept> loaded;

	ThesaurusService(AdditionRepository additions, ApplicationEventPublisher events) {
		this.additions = additions;
		this.events = events;
		this.loaded = additions.additions();
		this.current = builtIn.withConcepts(loaded);
	}

	public Thesaurus current() {
		return current;
	}

	/**
	 * Reads the administrators' additions again, for changes made through another
	 * instance on the same database; {@link #current()} stays the same object when
	 * nothing changed.
	 * @return the vocabulary in use now
	 */
	public synchronized Thesaurus refresh() {
		reload();
		return current;
	}

	private void reload() {
		List<Concept> fresh = additions.additions();
		if (!fresh.equals(loaded)) {
			loaded = fresh;
			current = builtIn.withConcepts(fresh);
		}
	}

	public Concept concept(String id) {
		return current.concept(id).orElseThrow(() -> new NotFoundException("concept", id));
	}

	/**
	 * Whether the concept ships with Kakehashi (administrators can only add to those).
	 */
	public boolean isBuiltIn(String id) {
		return builtIn.concept(id).isPresent();
	}

	public List<String> groups() {
		return current.concepts().stream().map(Concept::group).distinct().sorted().toList();
	}

	/** Concepts narrower than {@code id}: those naming it as broader. */
	public List<Concept> narrower(String id) {
		return current.concepts().stream().filter(c -> c.broader().contains(id)).toList();
	}

	/**
	 * Concepts of {@code group} (all when null) with a label in any language, or the id,
	 * containing {@code text} (all when blank), ordered by their label in {@code lang}.
	 */
	public List<Concept> find(@Nullable String text, @Nullable String group, String lang) {
		String q = text == null ? "" : Thesaurus.normalize(text);
		return current.concepts()
			.stream()
			.filter(c -> group == null || group.isBlank() || c.group().equals(group))
			.filter(c -> q.isEmpty() || matches(c, q))
			.sorted(Comparator.comparing((Concept c) -> c.preferredLabel(lang).toLowerCase()))
			.toList();
	}

	private static boolean matches(Concept c, String q) {
		return c.id().contains(q.replace(' ', '-'))
				|| c.labels().values().stream().flatMap(List::stream).anyMatch(l -> Thesaurus.normalize(l).contains(q));
	}

	/**
	 * Adds a concept, or labels and broader links to an existing one. Administrators
	 * only.
	 * @throws InvalidConceptException with every problem found
	 */
	@Transactional
	public synchronized Concept add(CurrentUser user, Concept addition) {
		requireAdmin(user);
		List<ConceptProblem> problems = ConceptRules.check(addition, current);
		if (!problems.isEmpty()) {
			throw new InvalidConceptException(problems);
		}
		store(user, addition);
		changed(user, "thesaurus.concept-added", addition.id());
		return concept(addition.id());
	}

	@Transactional
	public synchronized Concept addSynonym(CurrentUser user, String conceptId, String lang, String label) {
		concept(conceptId);
		return add(user, new Concept(conceptId, "", Map.of(lang, List.of(label.strip())), List.of()));
	}

	/**
	 * Imports additions in the format of concepts.jsonl, line by line: good lines are
	 * merged, bad ones reported with their number and reason. A line may name concepts
	 * added by earlier lines.
	 */
	@Transactional
	public synchronized ThesaurusImportReport importAdditions(CurrentUser user, InputStream in) throws IOException {
		requireAdmin(user);
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		List<ThesaurusImportReport.LineProblem> problems = new ArrayList<>();
		long lines = 0;
		long added = 0;
		String line;
		while ((line = reader.readLine()) != null) {
			lines++;
			if (line.isBlank()) {
				continue;
			}
			String reason = importLine(user, line);
			if (reason == null) {
				added++;
			}
			else {
				problems.add(new ThesaurusImportReport.LineProblem(lines, reason));
			}
		}
		if (added > 0) {
			changed(user, "thesaurus.imported", added + " concepts");
		}
		return new ThesaurusImportReport(lines, added, problems.size(), List.copyOf(problems));
	}

	private @Nullable String importLine(CurrentUser user, String line) {
		Concept c;
		try {
			ConceptLine l = json.readValue(line, ConceptLine.class);
			if (l.id() == null) {
				return "id: is required";
			}
			c = new Concept(l.id(), l.group() == null ? "" : l.group(), l.labels(), l.broader());
		}
		catch (RuntimeException ex) {
			return "invalid JSON: " + String.valueOf(ex.getMessage()).lines().findFirst().orElse("");
		}
		List<ConceptProblem> problems = ConceptRules.check(c, current);
		if (!problems.isEmpty()) {
			return new InvalidConceptException(problems).getMessage();
		}
		store(user, c);
		reload();
		return null;
	}

	/** A concepts.jsonl line before checking: every field may be missing. */
	record ConceptLine(@Nullable String id, @Nullable String group, @Nullable Map<String, List<String>> labels,
			@Nullable List<String> broader) {
	}

	private void store(CurrentUser user, Concept c) {
		var existing = current.concept(c.id());
		Set<String> known = new LinkedHashSet<>();
		existing.ifPresent(e -> e.labels().values().forEach(ls -> ls.forEach(l -> known.add(Thesaurus.normalize(l)))));
		Map<String, List<String>> fresh = new LinkedHashMap<>();
		c.labels()
			.forEach((lang, ls) -> ls.stream()
				.map(String::strip)
				.filter(l -> known.add(Thesaurus.normalize(l)))
				.forEach(l -> fresh.computeIfAbsent(lang, k -> new ArrayList<>()).add(l)));
		Set<String> broader = new LinkedHashSet<>(additions.broaderOf(c.id()).orElse(List.of()));
		boolean newBroader = !existing.map(e -> e.broader().containsAll(c.broader())).orElse(false);
		broader.addAll(c.broader());
		if (existing.isEmpty() || newBroader) {
			additions.saveConcept(c.id(), existing.map(Concept::group).orElse(c.group()), List.copyOf(broader),
					user.username());
		}
		fresh.forEach((lang, ls) -> ls.forEach(l -> additions.addLabel(c.id(), lang, l, user.username())));
	}

	private void changed(CurrentUser user, String action, String target) {
		reload();
		events.publishEvent(AuditEntry.by(user, action, "thesaurus", target, null));
		events.publishEvent(new ThesaurusChanged(current.size()));
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.isAdmin()) {
			throw new ForbiddenException("only administrators change the thesaurus");
		}
	}

}
