package org.plenary.positions;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.actors.ActorKind;
import org.plenary.actors.RegionalGroup;

/**
 * Reads the actors x issues matrix of a process as of a date in one SQL statement, with the same rules as the
 * line-up ({@link LineupReader#STANCES}).
 */
@Service
@Transactional(readOnly = true)
public class MatrixReader {

    static final String MATRIX = """
			with dates (which, d) as (values (0, cast(:asOf as date))),
			scope as (select id from issue where process_id = :processId),
			""" + LineupReader.STANCES + """
			,
			universe as (
			    select actor_id as id from stance
			    union
			    select id from actor where kind in ('STATE', 'OBSERVER_STATE') and not :onlyWithPositions
			)
			select a.id, a.code, a.name, a.kind, a.regional_group,
			       s.issue_id, p.option_id, p.valid_from, p.source, p.quote, p.remark,
			       coalesce(m.chatham_house and coalesce(btrim(p.source), '') = '', false) as confidential,
			       via.name as via_name,
			       case when :includeConfidential or not m.chatham_house then m.title end as meeting_title,
			       case when :includeConfidential or not m.chatham_house then rd.day end as meeting_day
			from universe u
			join actor a on a.id = u.id
			left join stance s on s.actor_id = a.id
			left join position p on p.id = s.id
			left join actor via on via.id = s.via_id
			left join meeting m on m.id = p.meeting_id
			left join round_day rd on rd.id = m.round_day_id
			where (cast(:region as varchar) is null or a.regional_group = cast(:region as varchar))
			  and (cast(:groupId as bigint) is null or exists (
			       select 1 from group_membership gm
			       where gm.group_id = cast(:groupId as bigint) and gm.member_id = a.id
			         and (gm.valid_from is null or gm.valid_from <= cast(:asOf as date))
			         and (gm.valid_to is null or gm.valid_to >= cast(:asOf as date))))
			order by a.name, a.id
			""";

    private final JdbcClient jdbc;

    MatrixReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param region only states of this regional group, or null
     * @param groupId only members of this group on the date, or null
     * @param onlyWithPositions leave out states with no known stance on any issue
     */
    public MatrixView matrix(
            Long processId,
            List<IssueView> issues,
            LocalDate asOf,
            RegionalGroup region,
            Long groupId,
            boolean onlyWithPositions,
            boolean includeConfidential) {
        Map<Long, Integer> column = new HashMap<>();
        Map<Long, IssueView.OptionView> options = new HashMap<>();
        for (int i = 0; i < issues.size(); i++) {
            column.put(issues.get(i).id(), i);
            issues.get(i).options().forEach((o) -> options.put(o.id(), o));
        }
        Map<Long, MatrixView.Row> rows = new LinkedHashMap<>();
        this.jdbc
                .sql(MATRIX)
                .param("processId", processId)
                .param("asOf", Date.valueOf(asOf))
                .param("region", (region != null) ? region.name() : null, Types.VARCHAR)
                .param("groupId", groupId, Types.BIGINT)
                .param("onlyWithPositions", onlyWithPositions)
                .param("includeConfidential", includeConfidential)
                .query((rs) -> {
                    long actorId = rs.getLong("id");
                    MatrixView.Row row = rows.get(actorId);
                    if (row == null) {
                        String regionName = rs.getString("regional_group");
                        row = new MatrixView.Row(
                                actorId,
                                rs.getString("code"),
                                rs.getString("name"),
                                ActorKind.valueOf(rs.getString("kind")),
                                (regionName != null) ? RegionalGroup.valueOf(regionName) : null,
                                Arrays.asList(new MatrixView.Cell[issues.size()]));
                        rows.put(actorId, row);
                    }
                    Long issueId = LineupReader.nullableLong(rs, "issue_id");
                    Integer index = (issueId != null) ? column.get(issueId) : null;
                    if (index != null) {
                        row.cells()
                                .set(
                                        index,
                                        new MatrixView.Cell(
                                                options.get(rs.getLong("option_id")),
                                                LineupReader.localDate(rs, "valid_from"),
                                                rs.getString("via_name"),
                                                rs.getString("source"),
                                                rs.getString("quote"),
                                                rs.getString("remark"),
                                                rs.getString("meeting_title"),
                                                LineupReader.localDate(rs, "meeting_day"),
                                                rs.getBoolean("confidential")));
                    }
                });
        return new MatrixView(asOf, issues, new ArrayList<>(rows.values()));
    }
}
