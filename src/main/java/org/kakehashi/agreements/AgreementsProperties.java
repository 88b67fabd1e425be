package org.kakehashi.agreements;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the agreements module ({@code kakehashi.agreements.*}).
 *
 * @param expiringDays days before its end from which an agreement counts as expiring
 * @param expiryReminderDays days before the end at which the parties' managers are
 * reminded
 * @param commitmentReminderDays days before a period ends at which an at-risk commitment
 * is reminded
 * @param maxDocumentSize largest document upload accepted (the multipart limit follows
 * it)
 */
@ConfigurationProperties("kakehashi.agreements")
public record AgreementsProperties(@DefaultValue("90") int expiringDays, @DefaultValue( {
		"90", "30" }) List<Integer> expiryReminderDays, @DefaultValue("30") int commitmentReminderDays,
		@DefaultValue("20MB") DataSize maxDocumentSize){

	public AgreementsProperties {
		if (expiringDays < 0 || commitmentReminderDays < 0) {
			throw new IllegalArgumentException("day counts cannot be negative");
		}
		expiryReminderDays = List.copyOf(expiryReminderDays);
	}

	public static AgreementsProperties defaults() {
		return new AgreementsProperties(Agreement.EXPIRING_DAYS, List.of(90, 30), 30, DataSize.ofMegabytes(20));
	}

}
