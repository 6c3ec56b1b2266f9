package org.plenary.interventions;

import java.time.LocalDate;

/**
 * Which interventions a list asks for; {@code null} fields do not filter.
 *
 * @param processId the process (or every process)
 * @param actorId the speaker
 * @param groupId the group spoken for
 * @param from the first day
 * @param to the last day
 * @param lineageId the paragraph, through every revision
 * @param noteId the note they came from
 * @param hideChathamHouse leave out interventions at Chatham House meetings (else they are shown without names)
 */
public record InterventionQuery(
        Long processId,
        Long actorId,
        Long groupId,
        LocalDate from,
        LocalDate to,
        Long lineageId,
        Long noteId,
        boolean hideChathamHouse) {

    public static InterventionQuery ofProcess(Long processId) {
        return new InterventionQuery(processId, null, null, null, null, null, null, false);
    }

    public InterventionQuery day(LocalDate day) {
        return new InterventionQuery(
                this.processId,
                this.actorId,
                this.groupId,
                day,
                day,
                this.lineageId,
                this.noteId,
                this.hideChathamHouse);
    }

    public InterventionQuery lineage(Long lineage) {
        return new InterventionQuery(
                this.processId,
                this.actorId,
                this.groupId,
                this.from,
                this.to,
                lineage,
                this.noteId,
                this.hideChathamHouse);
    }

    public InterventionQuery note(Long note) {
        return new InterventionQuery(
                this.processId,
                this.actorId,
                this.groupId,
                this.from,
                this.to,
                this.lineageId,
                note,
                this.hideChathamHouse);
    }
}
