package org.kakehashi.agreements;

/**
 * How exactly a date is known. Press releases often say only "November 2017" or "since
 * 2011"; the date is stored as the first day and shown only as precisely as it is known.
 */
public enum DatePrecision {

	DAY, MONTH, YEAR

}
