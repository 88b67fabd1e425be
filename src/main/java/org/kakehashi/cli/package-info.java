/**
 * Command-line subcommands of the jar (docs/interfaces.md) that run without a web server.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "directory" })
package org.kakehashi.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
