/**
 * The meeting-scheduling optimiser: a pure function from an instance (accepted meeting
 * requests, slots, tables, availability) to a schedule, in the file format of
 * docs/interfaces.md (scheduling files). No Spring and no database inside, so it can be
 * benchmarked and tested alone.
 */
@NullMarked
package org.kakehashi.scheduling;

import org.jspecify.annotations.NullMarked;
