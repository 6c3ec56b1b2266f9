package org.plenary.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.plenary.web.RuleException;

/**
 * A coordinator's note. It guards its own rules: a title and a body within bounds, never public when its meeting is
 * under the Chatham House rule, published once it has been (its first publication date stays), demoted to members
 * when its meeting comes under the rule.
 */
@Entity
class Note {

    /** Four times the longest seed brief is 60 KB; this leaves room without letting a paste fill the database. */
    static final int MAX_BODY = 500_000;

    static final int MAX_TITLE = 300;

    static final int MAX_ORGANISATION = 200;

    static final int MAX_TAGS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long processId;

    private LocalDate noteDate;

    private Long roundId;

    private Long roundDayId;

    private Long meetingId;

    private String title;

    private String author;

    private String organisation;

    private String body;

    private String excerpt;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    private NoteStatus status;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "note_tag", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "tag")
    @OrderBy
    private Set<String> tags = new LinkedHashSet<>();

    @Version
    private long version;

    protected Note() {}

    Note(Long processId, String author, Instant now) {
        this.processId = processId;
        this.author = author;
        this.createdAt = now;
    }

    /** Writes the note's content (a first save or an edit). */
    void write(Placement placement, NoteContent content, String excerpt, Instant now) {
        if (content.title().isEmpty()) {
            throw new RuleException("title", "note.title.required");
        }
        if (content.title().length() > MAX_TITLE) {
            throw new RuleException("title", "note.title.tooLong", MAX_TITLE);
        }
        if (content.body().isBlank()) {
            throw new RuleException("body", "note.body.required");
        }
        if (content.body().length() > MAX_BODY) {
            throw new RuleException("body", "note.body.tooLong", MAX_BODY);
        }
        if (content.organisation() != null && content.organisation().length() > MAX_ORGANISATION) {
            throw new RuleException("organisation", "note.organisation.tooLong", MAX_ORGANISATION);
        }
        if (content.tags().size() > MAX_TAGS) {
            throw new RuleException("tags", "note.tags.tooMany", MAX_TAGS);
        }
        if (content.tags().stream().anyMatch((t) -> t.length() > Tags.MAX_LENGTH)) {
            throw new RuleException("tags", "note.tags.tooLong", Tags.MAX_LENGTH);
        }
        if (content.visibility() == null) {
            throw new RuleException("visibility", "note.visibility.required");
        }
        if (placement.chathamHouse() && content.visibility() == Visibility.PUBLIC) {
            throw new RuleException("visibility", "note.visibility.chathamHouse");
        }
        this.noteDate = placement.date();
        this.roundId = placement.roundId();
        this.roundDayId = placement.roundDayId();
        this.meetingId = placement.meetingId();
        this.title = content.title();
        this.organisation = content.organisation();
        this.body = content.body();
        this.excerpt = excerpt;
        this.visibility = content.visibility();
        this.status = (content.status() != null) ? content.status() : NoteStatus.DRAFT;
        if (this.status == NoteStatus.PUBLISHED && this.publishedAt == null) {
            this.publishedAt = now;
        }
        this.tags.clear();
        this.tags.addAll(content.tags());
        this.updatedAt = now;
    }

    /**
     * The note's meeting came under the Chatham House rule: a public note becomes a members' note.
     *
     * @return whether the note was public
     */
    boolean demoteForChathamHouse(Instant now) {
        if (this.visibility != Visibility.PUBLIC) {
            return false;
        }
        this.visibility = Visibility.MEMBERS;
        this.updatedAt = now;
        return true;
    }

    /** Whether this reader may read the note: its author always, others once it is published and visible to them. */
    boolean readableBy(NoteReader.Viewer viewer) {
        if (viewer.username() != null && viewer.username().equals(this.author)) {
            return true;
        }
        return this.status == NoteStatus.PUBLISHED && this.visibility.readableBy(viewer);
    }

    /** Coordinators edit published notes; a draft is its author's until it is published. */
    boolean editableBy(NoteReader.Viewer viewer) {
        return viewer.coordinator() && (this.status == NoteStatus.PUBLISHED || this.author.equals(viewer.username()));
    }

    Long getId() {
        return this.id;
    }

    Long getProcessId() {
        return this.processId;
    }

    LocalDate getNoteDate() {
        return this.noteDate;
    }

    Long getRoundId() {
        return this.roundId;
    }

    Long getRoundDayId() {
        return this.roundDayId;
    }

    Long getMeetingId() {
        return this.meetingId;
    }

    String getTitle() {
        return this.title;
    }

    String getAuthor() {
        return this.author;
    }

    String getOrganisation() {
        return this.organisation;
    }

    String getBody() {
        return this.body;
    }

    Visibility getVisibility() {
        return this.visibility;
    }

    NoteStatus getStatus() {
        return this.status;
    }

    Instant getUpdatedAt() {
        return this.updatedAt;
    }

    Instant getPublishedAt() {
        return this.publishedAt;
    }

    /** The tags in alphabetical order (the order they are read back in), so that saves compare equal. */
    List<String> getTags() {
        return this.tags.stream().sorted().toList();
    }

    long getVersion() {
        return this.version;
    }
}
