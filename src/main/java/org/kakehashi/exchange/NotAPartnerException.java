package org.kakehashi.exchange;

/**
 * Interest from a cluster that is no partner of the opportunity owner's cluster. Interest
 * travels as an entry-portal request, which only partner clusters exchange, so it is
 * refused when expressed rather than accepted and then left unroutable.
 */
public class NotAPartnerException extends RuntimeException {

	public NotAPartnerException(String cluster, String owner) {
		super("'" + cluster + "' is not a partner cluster of '" + owner
				+ "'; interest comes from the owner's partner clusters");
	}

}
