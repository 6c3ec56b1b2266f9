package org.plenary.digest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.drafts.DraftReading;
import org.plenary.drafts.Readership;
import org.plenary.drafts.RevisionRow;
import org.plenary.notes.NoteReader;
import org.plenary.notes.NoteView;
import org.plenary.positions.PositionChanges;
import org.plenary.process.ProcessRef;

/**
 * Reads a day's digest through the other modules' seams, each as the reader may see it: published notes their
 * visibility admits (a digest is what is sent, so an author's own drafts stay out), positions without those resting
 * only on a Chatham House meeting for an anonymous reader, published revisions only for an anonymous reader. A fixed
 * number of statements whatever the day holds.
 */
@Service
@Transactional(readOnly = true)
class DigestReader {

    private final NoteReader notes;

    private final PositionChanges positions;

    private final DraftReading drafts;

    private final List<DigestInterventions> interventions;

    DigestReader(
            NoteReader notes,
            PositionChanges positions,
            DraftReading drafts,
            org.springframework.beans.factory.ObjectProvider<DigestInterventions> interventions) {
        this.notes = notes;
        this.positions = positions;
        this.drafts = drafts;
        this.interventions = interventions.orderedStream().toList();
    }

    DayDigest read(ProcessRef process, LocalDate day, Authentication authentication) {
        NoteReader.Viewer viewer = NoteReader.Viewer.of(authentication);
        boolean signedIn = viewer.member();
        List<NoteView> notes = this.notes.day(process, day, viewer).stream()
                .filter((n) -> !n.note().draft())
                .toList();
        List<RevisionRow> series = this.drafts
                .overview(process.slug(), signedIn ? Readership.SIGNED_IN : Readership.PUBLIC)
                .revisions();
        List<RevisionRow> revisions =
                series.stream().filter((r) -> r.issuedOn().equals(day)).toList();
        List<DayDigest.MeetingInterventions> said = this.interventions.stream()
                .flatMap((source) -> source.of(process, day, authentication).stream())
                .toList();
        TreeSet<LocalDate> days = new TreeSet<>(this.notes.publishedDays(process, viewer));
        days.addAll(this.positions.days(process.id(), signedIn));
        series.forEach((r) -> days.add(r.issuedOn()));
        this.interventions.forEach((source) -> days.addAll(source.days(process, authentication)));
        return new DayDigest(
                process,
                day,
                revisions,
                DayDigest.byIssue(this.positions.onDay(process.id(), day, signedIn)),
                said,
                notes,
                days.lower(day),
                days.higher(day));
    }

    /** The latest day with anything to show on or before {@code until}, else the earliest after it. */
    Optional<LocalDate> latestDay(ProcessRef process, LocalDate until, Authentication authentication) {
        NoteReader.Viewer viewer = NoteReader.Viewer.of(authentication);
        TreeSet<LocalDate> days = new TreeSet<>(this.notes.publishedDays(process, viewer));
        days.addAll(this.positions.days(process.id(), viewer.member()));
        this.drafts
                .overview(process.slug(), viewer.member() ? Readership.SIGNED_IN : Readership.PUBLIC)
                .revisions()
                .forEach((r) -> days.add(r.issuedOn()));
        this.interventions.forEach((source) -> days.addAll(source.days(process, authentication)));
        return Optional.ofNullable(days.floor(until)).or(() -> days.stream().min(Comparator.naturalOrder()));
    }
}
