package org.kakehashi.soak;

import java.net.URI;

/**
 * The running application the soak drives, and the administrator's credentials it was
 * started with (password for the web sign-in, key for the API and the metrics).
 */
record SoakTarget(URI base, String adminPassword, String adminApiKey) {

}
