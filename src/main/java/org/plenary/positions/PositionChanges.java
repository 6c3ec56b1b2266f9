package org.plenary.positions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.actors.ActorKind;

/**
 * What changed in the positions, for the day's digest and "since my last visit" (#8): the positions recorded for a
 * day with the stance each actor held the day before, the days that have any, and the positions recorded since an
 * instant on some issues or by some actors. Each read is one statement, and keeps the line-up's rule of Chatham House
 * evidence: without {@code includeConfidential} a position resting only on a Chatham House meeting is left out.
 */
@Service
@Transactional(readOnly = true)
public class PositionChanges {

    /** The line-up's rule for a position row {@code p}: shown unless it rests only on a Chatham House meeting. */
    private static final String SHOWN = """
			(:includeConfidential or p.meeting_id is null or coalesce(btrim(p.source), '') <> ''
			 or not exists (select 1 from meeting cm where cm.id = p.meeting_id and cm.chatham_house))
			""";

    private static final String ON_DAY = """
			with dates (which, d) as (values (0, cast(:day as date)), (1, cast(:dayBefore as date))),
			scope as (select id from issue where process_id = :processId),
			""" + LineupReader.STANCES + """
			select p.id as position_id, i.process_id, i.id as issue_id, i.slug, i.title, a.id as actor_id, a.code,
			       a.name, a.kind, o.label, o.rank, o.id as option_id, co.label as previous_label,
			       co.rank as previous_rank, co.id as previous_option_id, cvia.name as previous_via,
			       p.valid_from, p.source, p.quote, p.remark, beh.name as on_behalf_of,
			       coalesce(m.chatham_house and coalesce(btrim(p.source), '') = '', false) as confidential,
			       case when :includeConfidential or not m.chatham_house then m.title end as meeting_title,
			       p.recorded_at
			from stance s
			join position p on p.id = s.id
			join issue i on i.id = s.issue_id
			join actor a on a.id = s.actor_id
			join stance_option o on o.id = p.option_id
			left join stance c on c.which = 1 and c.issue_id = s.issue_id and c.actor_id = s.actor_id
			left join position cp on cp.id = c.id
			left join stance_option co on co.id = cp.option_id
			left join actor cvia on cvia.id = c.via_id
			left join meeting m on m.id = p.meeting_id
			left join actor beh on beh.id = p.on_behalf_of_id
			where s.which = 0 and s.via_id is null and p.valid_from = :day
			order by i.sort_order, i.title, i.id, a.name, a.id
			""";

    private static final String DAYS = "select distinct p.valid_from from position p join issue i on i.id = p.issue_id"
            + " where i.process_id = :processId and not p.retracted and " + SHOWN + " order by p.valid_from";

    private static final String SINCE = """
			select p.id as position_id, i.process_id, i.id as issue_id, i.slug, i.title, a.id as actor_id, a.code,
			       a.name, a.kind, o.label, o.rank, o.id as option_id, po.label as previous_label,
			       po.rank as previous_rank, po.id as previous_option_id, cast(null as varchar) as previous_via,
			       p.valid_from, p.source, p.quote, p.remark, beh.name as on_behalf_of,
			       coalesce(m.chatham_house and coalesce(btrim(p.source), '') = '', false) as confidential,
			       case when :includeConfidential or not m.chatham_house then m.title end as meeting_title,
			       p.recorded_at
			from position p
			join issue i on i.id = p.issue_id
			join actor a on a.id = p.actor_id
			join stance_option o on o.id = p.option_id
			left join meeting m on m.id = p.meeting_id
			left join actor beh on beh.id = p.on_behalf_of_id
			left join lateral (
			    select q.option_id from position q
			    where q.issue_id = p.issue_id and q.actor_id = p.actor_id and not q.retracted
			      and (q.valid_from < p.valid_from or (q.valid_from = p.valid_from and q.id < p.id))
			    order by q.valid_from desc, q.id desc limit 1
			) prev on true
			left join stance_option po on po.id = prev.option_id
			where p.recorded_at > :since and not p.retracted and prev.option_id is distinct from p.option_id
			  and (p.issue_id in (:issueIds) or p.actor_id in (:actorIds))
			  and """ + SHOWN + """
			order by p.recorded_at desc, p.id desc
			limit :limit
			""";

    private final JdbcClient jdbc;

    PositionChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The positions recorded for this day in the process, each with the stance its actor held the day before (its own
     * or through a group), in the issues' order then by actor. One statement.
     */
    public List<PositionChange> onDay(Long processId, LocalDate day, boolean includeConfidential) {
        return this.jdbc
                .sql(ON_DAY)
                .param("processId", processId)
                .param("day", Date.valueOf(day))
                .param("dayBefore", Date.valueOf(day.minusDays(1)))
                .param("includeConfidential", includeConfidential)
                .query((rs, n) -> change(rs))
                .list();
    }

    /** The dates for which the process has positions this reader may see, in order. One statement. */
    public List<LocalDate> days(Long processId, boolean includeConfidential) {
        return this.jdbc
                .sql(DAYS)
                .param("processId", processId)
                .param("includeConfidential", includeConfidential)
                .query((rs, n) -> rs.getDate(1).toLocalDate())
                .list();
    }

    /**
     * The positions recorded after {@code since} on these issues or by these actors (in any process) that moved the
     * actor (a new stance, or another option than its own previous position on the issue), newest first. One
     * statement; none when both lists are empty.
     */
    public List<PositionChange> movedSince(
            Instant since,
            Collection<Long> issueIds,
            Collection<Long> actorIds,
            boolean includeConfidential,
            int limit) {
        if (issueIds.isEmpty() && actorIds.isEmpty()) {
            return List.of();
        }
        return this.jdbc
                .sql(SINCE)
                .param("since", Timestamp.from(since))
                .param("issueIds", issueIds.isEmpty() ? List.of(-1L) : issueIds)
                .param("actorIds", actorIds.isEmpty() ? List.of(-1L) : actorIds)
                .param("includeConfidential", includeConfidential)
                .param("limit", limit)
                .query((rs, n) -> change(rs))
                .list();
    }

    private static PositionChange change(ResultSet rs) throws SQLException {
        Long previousOption = LineupReader.nullableLong(rs, "previous_option_id");
        int previousRank = rs.getInt("previous_rank");
        Long option = rs.getLong("option_id");
        Timestamp recorded = rs.getTimestamp("recorded_at");
        return new PositionChange(
                rs.getLong("position_id"),
                rs.getLong("process_id"),
                rs.getLong("issue_id"),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getLong("actor_id"),
                rs.getString("code"),
                rs.getString("name"),
                ActorKind.valueOf(rs.getString("kind")),
                rs.getString("label"),
                rs.getString("previous_label"),
                rs.getString("previous_via"),
                PositionChange.movement(previousRank, previousOption, rs.getInt("rank"), option),
                LineupReader.localDate(rs, "valid_from"),
                rs.getString("source"),
                rs.getString("quote"),
                rs.getString("remark"),
                rs.getString("on_behalf_of"),
                rs.getBoolean("confidential"),
                rs.getString("meeting_title"),
                (recorded != null) ? recorded.toInstant() : null);
    }
}
