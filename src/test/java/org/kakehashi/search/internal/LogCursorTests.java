package org.kakehashi.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kakehashi.search.internal.SearchChangeLog.Change;
import org.kakehashi.search.internal.SearchChangeLog.Kind;

class LogCursorTests {

	private static final Instant NOON = Instant.parse("2026-12-07T12:00:00Z");

	private static final Duration GAP_TIMEOUT = Duration.ofMinutes(1);

	@Test
	void newEntriesAreAppliedInLogOrderAndMoveThePosition() {
		LogCursor cursor = new LogCursor(10, GAP_TIMEOUT);

		List<Change> fresh = cursor.accept(changes(12, 11, 13), NOON);

		assertThat(fresh).extracting(Change::id).containsExactly(11L, 12L, 13L);
		assertThat(cursor.position()).isEqualTo(13);
		assertThat(cursor.newest()).isEqualTo(13);
	}

	@Test
	void anEntryCommittedAfterALaterOneIsStillApplied() {
		LogCursor cursor = new LogCursor(10, GAP_TIMEOUT);
		cursor.accept(changes(11, 13), NOON);

		List<Change> late = cursor.accept(changes(12), NOON.plusSeconds(2));

		assertThat(late).extracting(Change::id).containsExactly(12L);
		assertThat(cursor.gaps()).isEmpty();
		assertThat(cursor.position()).isEqualTo(13);
	}

	@Test
	void thePositionStaysBelowAnOpenGapSoThatARestartReadsItAgain() {
		LogCursor cursor = new LogCursor(10, GAP_TIMEOUT);

		cursor.accept(changes(11, 14), NOON);

		assertThat(cursor.gaps()).containsExactly(12L, 13L);
		assertThat(cursor.position()).isEqualTo(11);
		assertThat(cursor.newest()).isEqualTo(14);
	}

	@Test
	void aGapIsGivenUpAfterTheTimeoutBecauseItsTransactionRolledBack() {
		LogCursor cursor = new LogCursor(10, GAP_TIMEOUT);
		cursor.accept(changes(11, 13), NOON);

		cursor.expire(NOON.plusSeconds(59));
		long before = cursor.position();
		cursor.expire(NOON.plus(GAP_TIMEOUT));

		assertThat(before).isEqualTo(11);
		assertThat(cursor.gaps()).isEmpty();
		assertThat(cursor.position()).isEqualTo(13);
	}

	@Test
	void anEntryReadTwiceIsAppliedOnce() {
		LogCursor cursor = new LogCursor(10, GAP_TIMEOUT);
		cursor.accept(changes(11, 12), NOON);

		assertThat(cursor.accept(changes(11, 12, 13), NOON)).extracting(Change::id).containsExactly(13L);
	}

	@Test
	void aLargeJumpIsNotTrackedIdById() {
		LogCursor cursor = new LogCursor(0, GAP_TIMEOUT);

		cursor.accept(changes(1_000_000), NOON);

		assertThat(cursor.gaps()).hasSize(LogCursor.MAX_GAPS);
		assertThat(cursor.gaps().iterator().next()).isEqualTo(1_000_000L - LogCursor.MAX_GAPS);
	}

	private static List<Change> changes(long... ids) {
		return Arrays.stream(ids).mapToObj(id -> new Change(id, Kind.ORGANIZATION, "org-" + id, NOON)).toList();
	}

}
