package org.kakehashi.exchange.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kakehashi.exchange.Post;
import org.kakehashi.exchange.PostDraft;
import org.kakehashi.exchange.PostKind;
import org.kakehashi.shared.LocalizedText;

/**
 * The post form: title and text per UI language, and who reads it: {@code public} or
 * {@code partners} with the chosen partner clusters.
 */
record PostForm(@Nullable String kind, @Nullable String titleDe, @Nullable String titleEn, @Nullable String titleJa,
		@Nullable String bodyDe, @Nullable String bodyEn, @Nullable String bodyJa, @Nullable String audience,
		@Nullable List<String> sharedWith, @Nullable Long version) {

	static PostForm empty() {
		return new PostForm(PostKind.REGIONAL_UPDATE.code(), "", "", "", "", "", "", "partners", List.of(), 0L);
	}

	static PostForm of(Post p) {
		return new PostForm(p.kind().code(), p.titles().exactly("de"), p.titles().exactly("en"),
				p.titles().exactly("ja"), p.bodies().exactly("de"), p.bodies().exactly("en"), p.bodies().exactly("ja"),
				p.isPublic() ? "public" : "partners", p.sharedWith(), p.version());
	}

	PostDraft toDraft() {
		PostKind k = kind == null || kind.isBlank() ? PostKind.REGIONAL_UPDATE : PostKind.fromCode(kind);
		return new PostDraft(k, LocalizedText.ofUi(titleDe, titleEn, titleJa),
				LocalizedText.ofUi(bodyDe, bodyEn, bodyJa), "public".equals(audience),
				sharedWith == null ? List.of() : sharedWith, version == null ? 0 : version);
	}

}
