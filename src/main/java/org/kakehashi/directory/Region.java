package org.kakehashi.directory;

import org.kakehashi.shared.LocalizedText;

/**
 * A region a cluster serves, e.g. Bavaria or Kansai, with the time zone its people live
 * in.
 */
public record Region(String id, String country, LocalizedText names, String timeZone) {
}
