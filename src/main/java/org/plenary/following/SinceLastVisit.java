package org.plenary.following;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.plenary.drafts.Readership;
import org.plenary.drafts.RevisionsSince;
import org.plenary.notes.NoteReader;
import org.plenary.notes.NoteSummary;
import org.plenary.positions.PositionChange;
import org.plenary.positions.PositionChanges;
import org.plenary.process.HomePageSection;

/**
 * The home page's "since your last visit" for a signed-in reader: the notes published since that they may read, the
 * positions that moved on the issues they follow or were taken by the actors they follow, the revisions imported, and
 * what they follow. A fixed number of statements (five at most).
 */
@Component
class SinceLastVisit implements HomePageSection {

    static final int LIMIT = 20;

    /** What the fragment shows. */
    public record Data(
            Instant since,
            boolean firstVisit,
            List<NoteSummary> notes,
            List<PositionChange> positions,
            List<RevisionsSince.NewRevision> revisions,
            List<Follows.Followed> followed) {

        public boolean nothingNew() {
            return this.notes.isEmpty() && this.positions.isEmpty() && this.revisions.isEmpty();
        }

        public boolean followsNothing() {
            return this.followed.isEmpty();
        }
    }

    private final LastVisits visits;

    private final Follows follows;

    private final NoteReader notes;

    private final PositionChanges positions;

    private final RevisionsSince revisions;

    SinceLastVisit(
            LastVisits visits, Follows follows, NoteReader notes, PositionChanges positions, RevisionsSince revisions) {
        this.visits = visits;
        this.follows = follows;
        this.notes = notes;
        this.positions = positions;
        this.revisions = revisions;
    }

    @Override
    public Optional<Section> of(Request request) {
        NoteReader.Viewer viewer = NoteReader.Viewer.of(request.viewer());
        if (!viewer.member()) {
            return Optional.empty();
        }
        LastVisits.Since since =
                this.visits.since(viewer.username(), request.http().getSession());
        List<Follows.Followed> followed = this.follows.of(viewer.username());
        List<Long> issues = followed.stream()
                .filter((f) -> f.target() == FollowTarget.ISSUE)
                .map(Follows.Followed::id)
                .toList();
        List<Long> actors = followed.stream()
                .filter((f) -> f.target() == FollowTarget.ACTOR)
                .map(Follows.Followed::id)
                .toList();
        Data data = new Data(
                since.since(),
                since.firstVisit(),
                this.notes.publishedSince(since.since(), viewer, LIMIT),
                this.positions.movedSince(since.since(), issues, actors, true, LIMIT * 2),
                this.revisions.since(since.since(), Readership.SIGNED_IN, LIMIT),
                followed);
        return Optional.of(new Section(10, "following/home", "since", data));
    }
}
