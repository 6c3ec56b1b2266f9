package org.plenary.drafts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The negotiated document of a process (one per process), whose revisions are imported one after the other.
 */
@Entity
@Table(name = "draft_document")
class DraftDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long processId;

    private String title;

    @Version
    private long version;

    protected DraftDocument() {}

    DraftDocument(Long processId, String title) {
        this.processId = processId;
        this.title = title;
    }

    Long getId() {
        return this.id;
    }

    Long getProcessId() {
        return this.processId;
    }

    String getTitle() {
        return this.title;
    }
}
