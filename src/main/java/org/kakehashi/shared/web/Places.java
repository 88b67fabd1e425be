package org.kakehashi.shared.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Countries by their name in the reader's language ("日本", "Deutschland") instead of their
 * ISO code. Templates call it as {@code @places.country(code)}.
 */
@Component("places")
public class Places {

	public String country(@Nullable String isoCode) {
		if (isoCode == null || isoCode.isBlank()) {
			return "";
		}
		String name = Locale.of("", isoCode.strip()).getDisplayCountry(LocaleContextHolder.getLocale());
		return name.isBlank() ? isoCode : name;
	}

}
