package org.plenary.actors;

import java.time.LocalDate;

/**
 * The date actor and group pages show when the reader names none, proposed by a module that knows the negotiations
 * (the line-up's "as of": a process' last day once it is over). The page takes the latest date proposed, or today.
 */
@FunctionalInterface
public interface ActorPageDate {

    /** The date to show, or null to propose none. */
    LocalDate defaultAsOf(LocalDate today);
}
