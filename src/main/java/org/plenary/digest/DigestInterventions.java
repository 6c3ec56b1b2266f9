package org.plenary.digest;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.Authentication;

import org.plenary.process.ProcessRef;

/** The interventions of a day, by meeting, as the reader may see them, and the days that have any. */
interface DigestInterventions {

    List<DayDigest.MeetingInterventions> of(ProcessRef process, LocalDate day, Authentication reader);

    List<LocalDate> days(ProcessRef process, Authentication reader);
}
