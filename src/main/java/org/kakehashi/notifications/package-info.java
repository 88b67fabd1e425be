/**
 * E-mail to users in their own language: other modules hand over a template name and
 * values; this module finds the recipients' addresses and languages and sends through
 * SMTP.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "accounts" })
package org.kakehashi.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
