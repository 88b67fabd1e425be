package org.kakehashi.exchange.web;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.kakehashi.shared.AbsoluteLinks;
import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.exchange.Post;
import org.kakehashi.exchange.PostService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public Atom feed of a cluster ({@code /feeds/clusters/{id}.atom},
 * docs/interfaces.md): its public posts only, for anyone. Texts are in the reader's
 * language ({@code ?lang=} or Accept-Language) where written in it, and every entry says
 * in {@code xml:lang} which language it is in.
 */
@Controller
class ClusterFeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final PostService posts;

	private final DirectoryService directory;

	private final AbsoluteLinks links;

	ClusterFeedController(PostService posts, DirectoryService directory, AbsoluteLinks links) {
		this.posts = posts;
		this.directory = directory;
		this.links = links;
	}

	@GetMapping("/feeds/clusters/{id}.atom")
	ResponseEntity<String> feed(@PathVariable String id, Locale locale) throws FeedException {
		Cluster cluster = directory.cluster(id);
		List<Post> entries = posts.publicPosts(cluster.id());
		Feed feed = new Feed("atom_1.0");
		String self = links.forRequest("/feeds/clusters/" + cluster.id() + ".atom");
		feed.setId(self);
		feed.setTitle(cluster.names().in(locale) + " – Kakehashi");
		feed.setUpdated(Date.from(entries.stream().map(Post::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH)));
		feed.setOtherLinks(List.of(link("self", self, "application/atom+xml")));
		feed.setAlternateLinks(List.of(link("alternate", links.forRequest("/clusters/" + cluster.id()), "text/html")));
		Person author = new Person();
		author.setName(cluster.names().in(locale));
		feed.setAuthors(List.of(author));
		feed.setEntries(entries.stream().map(p -> entry(p, locale)).toList());
		Document xml = new WireFeedOutput().outputJDom(feed);
		xml.getRootElement().setAttribute("lang", cluster.names().languageFor(locale), Namespace.XML_NAMESPACE);
		tagLanguages(xml, entries, locale);
		return ResponseEntity.ok().contentType(ATOM).body(new XMLOutputter(Format.getPrettyFormat()).outputString(xml));
	}

	private Entry entry(Post p, Locale locale) {
		Entry e = new Entry();
		e.setId(links.forRequest("/posts/" + p.id()));
		Content title = new Content();
		title.setType("text");
		title.setValue(p.titles().in(locale));
		e.setTitleEx(title);
		e.setPublished(Date.from(p.createdAt()));
		e.setUpdated(Date.from(p.updatedAt()));
		e.setAlternateLinks(List.of(link("alternate", links.forRequest("/posts/" + p.id()), "text/html")));
		Content body = new Content();
		body.setType("text");
		body.setValue(p.bodies().in(locale));
		e.setContents(List.of(body));
		Category kind = new Category();
		kind.setTerm(p.kind().code());
		e.setCategories(List.of(kind));
		Person author = new Person();
		author.setName(p.authorName());
		e.setAuthors(List.of(author));
		return e;
	}

	/**
	 * Rome writes no xml:lang; the feed gets the title's language and each entry the
	 * language its text is in.
	 */
	private static void tagLanguages(Document xml, List<Post> entries, Locale locale) {
		Element root = xml.getRootElement();
		List<Element> elements = root.getChildren("entry", root.getNamespace());
		for (int i = 0; i < elements.size() && i < entries.size(); i++) {
			Post p = entries.get(i);
			elements.get(i).setAttribute("lang", p.bodies().languageFor(locale), Namespace.XML_NAMESPACE);
			Element title = elements.get(i).getChild("title", root.getNamespace());
			if (title != null) {
				title.setAttribute("lang", p.titles().languageFor(locale), Namespace.XML_NAMESPACE);
			}
		}
	}

	private static Link link(String rel, String href, String type) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

}
