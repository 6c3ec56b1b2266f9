package org.plenary.process;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An actor co-facilitating a process (Mexico and Switzerland for the GCM). The actor is referenced by id: actors are
 * another module's aggregate.
 */
@Entity
@Table(name = "process_co_facilitator")
@IdClass(CoFacilitator.Key.class)
class CoFacilitator {

    @Id
    private Long processId;

    @Id
    private Long actorId;

    @Version
    private long version;

    protected CoFacilitator() {}

    CoFacilitator(Long processId, Long actorId) {
        this.processId = processId;
        this.actorId = actorId;
    }

    Long getProcessId() {
        return this.processId;
    }

    Long getActorId() {
        return this.actorId;
    }

    @Override
    public String toString() {
        return this.processId + "/" + this.actorId;
    }

    /** The composite key: one process, one actor. */
    static class Key implements Serializable {

        private Long processId;

        private Long actorId;

        protected Key() {}

        Key(Long processId, Long actorId) {
            this.processId = processId;
            this.actorId = actorId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(this.processId, key.processId)
                    && Objects.equals(this.actorId, key.actorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(this.processId, this.actorId);
        }

        @Override
        public String toString() {
            return this.processId + "/" + this.actorId;
        }
    }
}
