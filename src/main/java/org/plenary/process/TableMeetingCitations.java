package org.plenary.process;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link MeetingCitations} of a module whose rows cite a meeting in a {@code meeting_id} column of one table: the
 * module's bean names the table and the message, and keeps the table its own.
 */
public abstract class TableMeetingCitations implements MeetingCitations {

    private final JdbcClient jdbc;

    private final String sql;

    private final String messageKey;

    /** {@code table} is a name in the code, never input. */
    protected TableMeetingCitations(JdbcClient jdbc, String table, String messageKey) {
        this.jdbc = jdbc;
        this.sql = "select count(*) from " + table + " where meeting_id = any(:ids)";
        this.messageKey = messageKey;
    }

    @Override
    public final long countCiting(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return 0;
        }
        return this.jdbc
                .sql(this.sql)
                .param("ids", meetingIds.toArray(Long[]::new))
                .query(Long.class)
                .single();
    }

    @Override
    public final String messageKey() {
        return this.messageKey;
    }
}
