package org.kakehashi.exchange.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the exchange module ({@code kakehashi.exchange.*}).
 *
 * @param attachmentMaxSize largest attachment accepted (keep below
 * spring.servlet.multipart.max-file-size)
 * @param attachmentDir where attachment files are stored; default
 * {@code ${kakehashi.data-dir}/attachments}
 * @param digestCron when the weekly digest goes out (server time)
 */
@ConfigurationProperties("kakehashi.exchange")
public record ExchangeProperties(@DefaultValue("10MB") DataSize attachmentMaxSize, @Nullable String attachmentDir,
		@DefaultValue("0 0 7 * * MON") String digestCron) {
}
