/**
 * E-mail to users in their own language: other modules hand over a template name, values
 * and a key naming the occasion; this module finds the recipients' addresses and
 * languages, queues each mail once in its outbox in the caller's transaction, and sends
 * it after the commit from whichever instance claims it, retrying when SMTP fails.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "accounts" })
package org.kakehashi.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
