package org.kakehashi.exchange;

import java.util.Set;

/**
 * Where an expression of interest stands. Names are revealed only in {@link #REVEALED},
 * which is reached when the owner's side has accepted and the interested side has agreed
 * to be named.
 */
public enum InterestState {

	EXPRESSED, ACCEPTED, REVEALED, DECLINED;

	/** States in which the owner's side can still answer. */
	public static final Set<InterestState> OPEN = Set.of(EXPRESSED, ACCEPTED);

}
