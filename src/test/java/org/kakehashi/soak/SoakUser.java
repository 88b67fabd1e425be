package org.kakehashi.soak;

import java.util.List;

/**
 * A demo user of the README as the soak drives it: role, cluster and organisation decide
 * which actions of the mix the user performs.
 */
record SoakUser(String username, Role role, String cluster, String organization) {

	enum Role {

		ADMIN, MANAGER, MEMBER, FUNDER

	}

	static final String DEMO_PASSWORD = "kakehashi-demo";

	/** Every demo user of the README plus the administrator. */
	static final List<SoakUser> ALL = List.of(new SoakUser("manager.biom", Role.MANAGER, "biom", ""),
			new SoakUser("manager.osaka", Role.MANAGER, "obhq", ""),
			new SoakUser("manager.kawasaki", Role.MANAGER, "kawasaki", ""),
			new SoakUser("manager.lsn", Role.MANAGER, "lsn", ""),
			new SoakUser("manager.kobe", Role.MANAGER, "fbri", ""),
			new SoakUser("member.biom", Role.MEMBER, "biom", "biom-0001"),
			new SoakUser("member.lsn", Role.MEMBER, "lsn", "lsn-0001"),
			new SoakUser("member.osaka", Role.MEMBER, "obhq", "obhq-0001"),
			new SoakUser("member.kawasaki", Role.MEMBER, "kawasaki", "kawasaki-0001"),
			new SoakUser("funder", Role.FUNDER, "", ""), new SoakUser("admin", Role.ADMIN, "", ""));

	static SoakUser named(String username) {
		return ALL.stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
	}

	/**
	 * The agreements this user's cluster is a party to (demo data), which it may edit.
	 */
	List<String> agreements() {
		return switch (cluster) {
			case "biom" -> List.of("biom-obhq-2022", "biom-kawasaki-2020");
			case "obhq" -> List.of("biom-obhq-2022");
			case "kawasaki" -> List.of("biom-kawasaki-2020");
			case "lsn", "fbri" -> List.of("lsn-fbri-2016");
			default -> List.of();
		};
	}

}
