/**
 * What an operator relies on: readiness that means the database takes writes, a data
 * directory checked at start, consistent backups of the embedded database with the
 * uploaded documents (docs/operations.md), and the resubmission of unfinished module
 * events by one instance at a time.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared" })
package org.kakehashi.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
