package org.kakehashi.scheduling;

import java.util.List;

/** One hard rule of the contract, checked on a finished schedule. */
public interface HardRule {

	String name();

	List<Violation> check(Instance instance, Schedule schedule);

}
