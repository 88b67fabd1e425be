/**
 * Users, roles and tenancy (which cluster or member organisation a user belongs to),
 * sign-in, API keys, each user's language and time zone, and the audit log.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "directory" })
package org.kakehashi.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
