package org.kakehashi.exchange.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.kakehashi.agreements.CommitmentEvidence;
import org.kakehashi.agreements.CommitmentKind;
import org.kakehashi.exchange.Post;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Posts count toward "regular updates" commitments: a party's posts shared with the
 * partner, or public, in the period. Agreements are readable by every signed-in user, so
 * a non-public post is named only by kind and number, never by its title.
 */
@Component
class RegularUpdatesEvidence implements CommitmentEvidence {

	private final PostRepository posts;

	RegularUpdatesEvidence(PostRepository posts) {
		this.posts = posts;
	}

	@Override
	public List<CommitmentKind> kinds() {
		return List.of(CommitmentKind.REGULAR_UPDATES);
	}

	@Override
	public List<EvidenceRecord> records(CommitmentKind kind, String party, String partner, LocalDate from,
			LocalDate to) {
		if (kind != CommitmentKind.REGULAR_UPDATES) {
			return List.of();
		}
		return posts
			.findReaching(party, partner, from.atStartOfDay(ZoneOffset.UTC).toInstant(),
					to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
			.stream()
			.map(RegularUpdatesEvidence::record)
			.toList();
	}

	static EvidenceRecord record(Post p) {
		LocalDate day = p.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
		String path = "/posts/" + p.id();
		return p.isPublic() ? EvidenceRecord.of(day, "evidence.post", path, p.titles()) : EvidenceRecord.of(day,
				"evidence.post.shared", path, new DefaultMessageSourceResolvable("post.kind." + p.kind().code()));
	}

}
