package org.kakehashi.requests.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.stereotype.Component;

/**
 * Loads the holiday data at start-up, on the main thread. Loaded lazily, the first
 * requests to need it waited on its class initialisation (Jollyday reads its data through
 * JAXB) on virtual threads, which pins their carriers: on a 2-core machine both carriers
 * were pinned while the thread holding the class loader's lock waited for one, and the
 * application stopped answering (found by the soak benchmark).
 */
@Component
class HolidayDataPreload {

	HolidayDataPreload(Clock clock) {
		LocalDate today = LocalDate.now(clock);
		for (String code : new String[] { "de", "de-by", "jp" }) {
			RegionCalendars.of(code, ZoneOffset.UTC).isHoliday(today);
			RegionCalendars.of(code, ZoneOffset.UTC).isHoliday(today.plusYears(1));
		}
	}

}
