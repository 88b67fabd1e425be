/**
 * The shared kernel every module may use: the signed-in user as a value
 * ({@link org.kakehashi.shared.CurrentUser}), multilingual text, domain exceptions
 * without HTTP knowledge, and the web infrastructure that maps them to RFC 9457 problem
 * details and localized error pages.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.kakehashi.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
