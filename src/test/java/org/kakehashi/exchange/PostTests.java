package org.kakehashi.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.LocalizedText;
import org.kakehashi.shared.Role;

/** The visibility and comment rules of a post, for every role and cluster. */
class PostTests {

	static final Post PRIVATE_BIOM_TO_OSAKA = post(false, List.of("obhq"));

	static final Post PUBLIC_BIOM = post(true, List.of());

	static Post post(boolean isPublic, List<String> sharedWith) {
		return new Post(1, PostKind.REGIONAL_UPDATE, "biom", "manager.biom", "BioM", LocalizedText.of("de", "Titel"),
				LocalizedText.of("de", "Text"), isPublic, sharedWith, Instant.EPOCH, Instant.EPOCH, 0);
	}

	static CurrentUser user(String who) {
		return switch (who) {
			case "manager.biom" -> new CurrentUser(1, who, who, Role.CLUSTER_MANAGER, "biom", null);
			case "member.biom" -> new CurrentUser(2, who, who, Role.MEMBER, "biom", "biom-0001");
			case "manager.osaka" -> new CurrentUser(3, who, who, Role.CLUSTER_MANAGER, "obhq", null);
			case "member.osaka" -> new CurrentUser(4, who, who, Role.MEMBER, "obhq", "obhq-0001");
			case "manager.kawasaki" -> new CurrentUser(5, who, who, Role.CLUSTER_MANAGER, "kawasaki", null);
			case "member.lsn" -> new CurrentUser(6, who, who, Role.MEMBER, "lsn", "lsn-0001");
			case "funder" -> new CurrentUser(7, who, who, Role.FUNDER, "obhq", null);
			case "admin" -> new CurrentUser(8, who, who, Role.ADMIN, null, null);
			default -> throw new IllegalArgumentException(who);
		};
	}

	@ParameterizedTest(name = "{0} sees private post: {1}")
	@CsvSource({ "manager.biom, true", "member.biom, true", "manager.osaka, true", "member.osaka, true",
			"manager.kawasaki, false", "member.lsn, false", "funder, false", "admin, true" })
	void aPrivatePostIsVisibleOnlyToTheAuthorsClusterAndThoseItIsSharedWith(String who, boolean visible) {
		assertThat(PRIVATE_BIOM_TO_OSAKA.visibleTo(user(who))).isEqualTo(visible);
	}

	@Test
	void anonymousReadersSeeOnlyPublicPosts() {
		assertThat(PRIVATE_BIOM_TO_OSAKA.visibleTo(null)).isFalse();
		assertThat(PUBLIC_BIOM.visibleTo(null)).isTrue();
	}

	@ParameterizedTest(name = "{0} sees public post")
	@CsvSource({ "manager.kawasaki", "member.lsn", "funder" })
	void aPublicPostIsVisibleToEveryone(String who) {
		assertThat(PUBLIC_BIOM.visibleTo(user(who))).isTrue();
	}

	@ParameterizedTest(name = "{0} comments on private post: {1}")
	@CsvSource({ "manager.biom, true", "manager.osaka, true", "member.osaka, false", "member.biom, false",
			"manager.kawasaki, false", "funder, false" })
	void managersOfTheAuthorsAndTheSharedClustersComment(String who, boolean may) {
		assertThat(PRIVATE_BIOM_TO_OSAKA.commentableBy(user(who), Set.of("obhq", "kawasaki"))).isEqualTo(may);
	}

	@Test
	void onAPublicPostManagersOfEveryPartnerComment() {
		assertThat(PUBLIC_BIOM.commentableBy(user("manager.kawasaki"), Set.of("obhq", "kawasaki"))).isTrue();
		assertThat(PUBLIC_BIOM.commentableBy(user("manager.kawasaki"), Set.of("obhq"))).isFalse();
	}

	@Test
	void onlyManagersOfTheAuthorsClusterEdit() {
		assertThat(PRIVATE_BIOM_TO_OSAKA.editableBy(user("manager.biom"))).isTrue();
		assertThat(PRIVATE_BIOM_TO_OSAKA.editableBy(user("member.biom"))).isFalse();
		assertThat(PRIVATE_BIOM_TO_OSAKA.editableBy(user("manager.osaka"))).isFalse();
	}

	@Test
	void aPostThatIsNotPublicMustBeSharedWithSomeone() {
		assertThatThrownBy(() -> post(false, List.of())).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("shared with at least one partner");
	}

	@Test
	void aPublicPostKeepsNoShareList() {
		assertThat(post(true, List.of("obhq")).sharedWith()).isEmpty();
	}

	@Test
	void kindsHaveStableCodes() {
		assertThat(PostKind.fromCode("academic-potential")).isEqualTo(PostKind.ACADEMIC_POTENTIAL);
		assertThatThrownBy(() -> PostKind.fromCode("gossip")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void uploadedFileNamesLoseTheirPath() {
		assertThat(PostActivity.cleanName("C:\\Users\\x\\..\\report.pdf")).isEqualTo("report.pdf");
		assertThat(PostActivity.cleanName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(PostActivity.cleanName("")).isEqualTo("attachment");
	}

}
