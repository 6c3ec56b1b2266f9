package org.plenary.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import org.plenary.interventions.InterventionDays;
import org.plenary.interventions.InterventionQuery;
import org.plenary.interventions.InterventionReading;
import org.plenary.interventions.InterventionView;
import org.plenary.notes.NoteReader;
import org.plenary.process.ProcessRef;

/**
 * The day's interventions for the digest, read through the interventions module as the reader may see them (to an
 * anonymous reader a Chatham House intervention names no speaker), grouped by meeting in the order spoken.
 */
@Component
class InterventionsOfTheDay implements DigestInterventions {

    private final InterventionReading interventions;

    private final InterventionDays days;

    private final MessageSource messages;

    InterventionsOfTheDay(InterventionReading interventions, InterventionDays days, MessageSource messages) {
        this.interventions = interventions;
        this.days = days;
        this.messages = messages;
    }

    @Override
    public List<DayDigest.MeetingInterventions> of(ProcessRef process, LocalDate day, Authentication reader) {
        List<InterventionView> said = this.interventions.all(
                InterventionQuery.ofProcess(process.id()).day(day), NoteReader.Viewer.of(reader));
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, List<DayDigest.DigestIntervention>> byMeeting = new LinkedHashMap<>();
        for (InterventionView v : said) {
            String meeting = (v.meeting() != null) ? v.meeting().title() : null;
            byMeeting
                    .computeIfAbsent(meeting, (m) -> new ArrayList<>())
                    .add(new DayDigest.DigestIntervention(
                            (v.actor() != null)
                                    ? v.actor().name()
                                    : this.messages.getMessage("intervention.hiddenSpeaker", null, locale),
                            (v.actor() != null) ? v.actor().code() : null,
                            (v.onBehalfOf() != null) ? v.onBehalfOf().name() : null,
                            this.messages.getMessage(
                                    "intervention.kind." + v.kind().apiName(), null, locale),
                            v.summary(),
                            v.quote()));
        }
        List<DayDigest.MeetingInterventions> meetings = new ArrayList<>();
        byMeeting.forEach((meeting, list) -> meetings.add(new DayDigest.MeetingInterventions(meeting, list)));
        return meetings;
    }

    @Override
    public List<LocalDate> days(ProcessRef process, Authentication reader) {
        return this.days.of(process.id());
    }
}
