/**
 * Web infrastructure shared by all modules: problem details, error pages, user-facing
 * date formats and the time zones forms offer.
 */
@NullMarked
@NamedInterface("web")
package org.kakehashi.shared.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
