package org.kakehashi.requests.internal;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the requests module ({@code kakehashi.requests.*}).
 *
 * @param holidayCalendars region id → holiday code of {@link RegionCalendars} (e.g.
 * {@code bavaria=de-by-mu}); regions not listed fall back to their country's national
 * holidays
 * @param maxAttachmentSize largest file a message may carry
 */
@ConfigurationProperties("kakehashi.requests")
public record RequestProperties(@Nullable Map<String, String> holidayCalendars, @Nullable DataSize maxAttachmentSize) {

	/**
	 * BioM sits in the Munich area, where Assumption Day is a holiday; LSN in Hamburg.
	 */
	static final Map<String, String> DEFAULT_CALENDARS = Map.of("bavaria", "de-by-mu", "north-germany", "de-hh",
			"kansai", "jp", "kawasaki", "jp", "kobe", "jp");

	public RequestProperties {
		holidayCalendars = holidayCalendars == null || holidayCalendars.isEmpty() ? DEFAULT_CALENDARS
				: Map.copyOf(holidayCalendars);
		maxAttachmentSize = maxAttachmentSize == null ? DataSize.ofMegabytes(5) : maxAttachmentSize;
	}

	public String holidayCode(String regionId, String country) {
		return holidayCalendars.getOrDefault(regionId, country.toLowerCase(Locale.ROOT));
	}

}
