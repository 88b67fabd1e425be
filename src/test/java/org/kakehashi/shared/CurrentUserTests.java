package org.kakehashi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CurrentUserTests {

	static final CurrentUser ADMIN = new CurrentUser(1, "admin", "Admin", Role.ADMIN, null, null);

	static final CurrentUser BIOM_MANAGER = new CurrentUser(2, "m", "M", Role.CLUSTER_MANAGER, "biom", null);

	static final CurrentUser BIOM_MEMBER = new CurrentUser(3, "b", "B", Role.MEMBER, "biom", "biom-0001");

	static final CurrentUser LSN_MEMBER = new CurrentUser(4, "l", "L", Role.MEMBER, "lsn", "lsn-0001");

	static final CurrentUser FUNDER = new CurrentUser(5, "f", "F", Role.FUNDER, "biom", null);

	@Test
	void managersManageOnlyTheirOwnCluster() {
		assertThat(BIOM_MANAGER.managesCluster("biom")).isTrue();
		assertThat(BIOM_MANAGER.managesCluster("lsn")).isFalse();
		assertThat(BIOM_MEMBER.managesCluster("biom")).isFalse();
		assertThat(ADMIN.managesCluster("lsn")).isTrue();
	}

	@Test
	void membersBelongToTheirClusterButFundersDoNot() {
		assertThat(BIOM_MEMBER.belongsToCluster("biom")).isTrue();
		assertThat(LSN_MEMBER.belongsToCluster("biom")).isFalse();
		assertThat(FUNDER.belongsToCluster("biom")).isFalse();
		assertThat(BIOM_MANAGER.belongsToCluster(null)).isFalse();
	}

	@Test
	void onlyMembersBelongToAnOrganisation() {
		assertThat(BIOM_MEMBER.belongsToOrganization("biom-0001")).isTrue();
		assertThat(BIOM_MEMBER.belongsToOrganization("biom-0002")).isFalse();
		assertThat(BIOM_MANAGER.belongsToOrganization("biom-0001")).isFalse();
	}

	@Test
	void tenancyIsRequiredByRole() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CurrentUser(9, "x", "X", Role.CLUSTER_MANAGER, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new CurrentUser(9, "x", "X", Role.MEMBER, "biom", null));
	}

}
