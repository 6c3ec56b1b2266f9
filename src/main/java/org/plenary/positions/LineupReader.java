package org.plenary.positions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.actors.ActorKind;
import org.plenary.actors.RegionalGroup;

/**
 * Reads an issue's line-up as of a date, and optionally a compare-with date, in one SQL statement. Its SQL
 * ({@link #STANCES}) is the one statement of the position rules; {@code PositionRulesParityProperties} checks it
 * against a plain reading of them on random data:
 * <ul>
 * <li>per actor, the latest non-retracted position on or before the date (then the latest recorded);
 * <li>a group's position for the members of that date that have none of their own (the most recent group position,
 * then the smallest group, then the latest recorded);
 * <li>positions resting only on a Chatham House meeting (no written source) left out unless
 * {@code includeConfidential}, so that the public sees whatever held before.
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class LineupReader {

    /**
     * The stance of every actor on the {@code scope} issues at one or two dates ({@code which} 0 and 1): the winning
     * position's id, and the group it is inherited from ({@code via_id}, null for an own position). Shared with the
     * matrix reader; the caller joins the winners' rows for their evidence.
     * <p>
     * {@code pos} reads, per date and issue, the index {@code position_stance} in its order (actor, latest first), so
     * {@code distinct on} keeps the first row per actor without a sort and without visiting the table (index-only
     * scan): the Chatham House rule needs the row's source only for positions that cite a Chatham House meeting.
     */
    static final String STANCES = """
			pos as (
			    select dt.which, sc.id as issue_id, w.actor_id, w.id, w.valid_from
			    from dates dt
			    cross join scope sc
			    cross join lateral (
			        select distinct on (p.actor_id) p.actor_id, p.id, p.valid_from
			        from position p
			        where p.issue_id = sc.id and not p.retracted and p.valid_from <= dt.d
			          and (:includeConfidential or p.meeting_id is null
			               or not exists (select 1 from meeting m where m.id = p.meeting_id and m.chatham_house)
			               or exists (select 1 from position s where s.id = p.id and coalesce(btrim(s.source), '') <> ''))
			        order by p.actor_id, p.valid_from desc, p.id desc
			    ) w
			),
			mem as (
			    select dt.which, gm.group_id, gm.member_id, count(*) over (partition by dt.which, gm.group_id) as size
			    from dates dt
			    join group_membership gm on (gm.valid_from is null or gm.valid_from <= dt.d)
			                            and (gm.valid_to is null or gm.valid_to >= dt.d)
			    where gm.group_id in (select actor_id from pos)
			),
			inherited as (
			    select distinct on (mem.which, pos.issue_id, mem.member_id)
			           mem.which, pos.issue_id, mem.member_id as actor_id, pos.id, mem.group_id as via_id
			    from mem join pos on pos.which = mem.which and pos.actor_id = mem.group_id
			    where not exists (select 1 from pos own where own.which = mem.which and own.issue_id = pos.issue_id
			                      and own.actor_id = mem.member_id)
			    order by mem.which, pos.issue_id, mem.member_id, pos.valid_from desc, mem.size, pos.id desc
			),
			stance as (
			    select which, issue_id, actor_id, id, cast(null as bigint) as via_id from pos
			    union all
			    select which, issue_id, actor_id, id, via_id from inherited
			)
			""";

    /**
     * For other modules' SQL (the search), alias {@code p} for a position: its evidence may be shown to anonymous
     * readers, i.e. it does not rest only on a Chatham House meeting (the rule of {@link #STANCES}: a meeting under
     * the rule with no written source).
     */
    public static final String PUBLIC_EVIDENCE = """
			(p.meeting_id is null or coalesce(btrim(p.source), '') <> ''
			 or not exists (select 1 from meeting m where m.id = p.meeting_id and m.chatham_house))
			""";

    private static final String LINEUP = """
			with dates (which, d) as (values (0, cast(:asOf as date)), (1, cast(:compareWith as date))),
			scope as (select cast(:issueId as bigint) as id),
			""" + STANCES + """
			,
			differs as (
			    -- For a state holding a group's position: its other groups whose position on the date differs, and
			    -- why the one applied won (the rule of "inherited": more recent, then smaller, then later recorded).
			    select i.actor_id,
			           array_agg(g.name order by g.name, g.id) as names,
			           array_agg(gp.option_id order by g.name, g.id) as option_ids,
			           array_agg(case when gp.valid_from < wp.valid_from then 'RECENT'
			                          when om.size > wm.size then 'SMALLER' else 'LATER' end
			                     order by g.name, g.id) as reasons
			    from inherited i
			    join position wp on wp.id = i.id
			    join mem wm on wm.which = i.which and wm.group_id = i.via_id and wm.member_id = i.actor_id
			    join mem om on om.which = i.which and om.member_id = i.actor_id and om.group_id <> i.via_id
			    join pos on pos.which = i.which and pos.issue_id = i.issue_id and pos.actor_id = om.group_id
			    join position gp on gp.id = pos.id
			    join actor g on g.id = om.group_id
			    where i.which = 0 and gp.option_id <> wp.option_id
			    group by i.actor_id
			),
			universe as (
			    select actor_id as id from stance
			    union
			    select id from actor where kind in ('STATE', 'OBSERVER_STATE')
			)
			select a.id, a.code, a.name, a.kind, a.regional_group, a.iso2,
			       p.id as position_id, p.option_id, p.valid_from, p.source, p.quote, p.remark,
			       coalesce(m.chatham_house and coalesce(btrim(p.source), '') = '', false) as confidential,
			       case when :includeConfidential or not m.chatham_house then m.title end as meeting_title,
			       case when :includeConfidential or not m.chatham_house then rd.day end as meeting_day, beh.name as on_behalf_of,
			       via.code as via_code, via.name as via_name, cp.option_id as compare_option_id,
			       cvia.name as compare_via_name, d.names as differing_names, d.option_ids as differing_options,
			       d.reasons as differing_reasons
			from universe u
			join actor a on a.id = u.id
			left join stance s on s.which = 0 and s.actor_id = a.id
			left join position p on p.id = s.id
			left join stance c on c.which = 1 and c.actor_id = a.id
			left join position cp on cp.id = c.id
			left join meeting m on m.id = p.meeting_id
			left join round_day rd on rd.id = m.round_day_id
			left join actor beh on beh.id = p.on_behalf_of_id
			left join actor via on via.id = s.via_id
			left join actor cvia on cvia.id = c.via_id
			left join differs d on d.actor_id = a.id
			order by a.name, a.id
			""";

    private static final String HISTORY = """
			select p.id, i.slug, i.title, o.id as option_id, o.option_key, o.label, o.colour, p.valid_from, p.source, p.quote,
			       p.remark, beh.name as on_behalf_of, p.meeting_id, case when :includeConfidential or not m.chatham_house then m.title end as meeting_title,
			       case when :includeConfidential or not m.chatham_house then rd.day end as meeting_day,
			       (coalesce(m.chatham_house, false) and coalesce(btrim(p.source), '') = '') as confidential,
			       p.retracted, p.recorded_by, p.version
			from position p
			join issue i on i.id = p.issue_id
			join stance_option o on o.id = p.option_id
			left join meeting m on m.id = p.meeting_id
			left join round_day rd on rd.id = m.round_day_id
			left join actor beh on beh.id = p.on_behalf_of_id
			where p.actor_id = :actorId and i.process_id = :processId
			  and (:includeConfidential or (not p.retracted
			       and not (coalesce(m.chatham_house, false) and coalesce(btrim(p.source), '') = '')))
			order by i.sort_order, i.title, i.id, p.valid_from, p.id
			""";

    /**
     * One actor's effective stance on every issue of every process at two dates: the line-up's rules
     * ({@link #STANCES}) over all issues, kept for this actor. A state inherits its groups' stances like in the
     * line-up; a group has only its own.
     */
    private static final String STANCES_OF_ACTORS = """
			with dates (which, d) as (values (0, cast(:asOf as date)), (1, cast(:compareWith as date))),
			scope as (select id from issue),
			""" + STANCES + """
			,
			actors (actor_id) as (select unnest(cast(:actorIds as bigint[]))),
			mine as (select actor_id, which, issue_id, id, via_id from stance
			         where actor_id in (select actor_id from actors))
			select a.actor_id, i.process_id, i.id as issue_id, i.slug, i.title,
			       p.id as position_id, p.option_id, o.label, p.valid_from, p.source, p.quote, p.remark,
			       coalesce(m.chatham_house and coalesce(btrim(p.source), '') = '', false) as confidential,
			       case when :includeConfidential or not m.chatham_house then m.title end as meeting_title,
			       case when :includeConfidential or not m.chatham_house then rd.day end as meeting_day,
			       beh.name as on_behalf_of, via.code as via_code, via.name as via_name,
			       cp.option_id as compare_option_id, co.label as compare_label, cp.valid_from as compare_valid_from,
			       cvia.name as compare_via_name
			from actors a cross join issue i
			left join mine s on s.actor_id = a.actor_id and s.which = 0 and s.issue_id = i.id
			left join position p on p.id = s.id
			left join stance_option o on o.id = p.option_id
			left join mine c on c.actor_id = a.actor_id and c.which = 1 and c.issue_id = i.id
			left join position cp on cp.id = c.id
			left join stance_option co on co.id = cp.option_id
			left join meeting m on m.id = p.meeting_id
			left join round_day rd on rd.id = m.round_day_id
			left join actor beh on beh.id = p.on_behalf_of_id
			left join actor via on via.id = s.via_id
			left join actor cvia on cvia.id = c.via_id
			order by a.actor_id, i.process_id, i.sort_order, i.title, i.id
			""";

    private final JdbcClient jdbc;

    LineupReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public LineupView lineup(IssueView issue, LocalDate asOf, LocalDate compareWith, boolean includeConfidential) {
        List<LineupEntry> entries = this.jdbc
                .sql(LINEUP)
                .param("issueId", issue.id())
                .param("asOf", Date.valueOf(asOf))
                .param("compareWith", (compareWith != null) ? Date.valueOf(compareWith) : null, java.sql.Types.DATE)
                .param("includeConfidential", includeConfidential)
                .query((rs, n) -> entry(rs, issue, compareWith != null))
                .list();
        return view(issue, asOf, compareWith, entries);
    }

    /**
     * The actor's effective stance on every issue of every process as of a date, and on a compare-with date (or null),
     * with the evidence: its own position or, for a state, one it holds through a group. One statement.
     */
    public List<ActorStance> stancesOf(
            Long actorId, LocalDate asOf, LocalDate compareWith, boolean includeConfidential) {
        return stancesOfEach(List.of(actorId), asOf, compareWith, includeConfidential)
                .getOrDefault(actorId, List.of());
    }

    /**
     * {@link #stancesOf} of several actors in one statement (a state and its groups, say), by actor id; an actor
     * without any issue gets an empty list.
     */
    public java.util.Map<Long, List<ActorStance>> stancesOfEach(
            java.util.Collection<Long> actorIds, LocalDate asOf, LocalDate compareWith, boolean includeConfidential) {
        java.util.Map<Long, List<ActorStance>> stances = new java.util.LinkedHashMap<>();
        this.jdbc
                .sql(STANCES_OF_ACTORS)
                .param("actorIds", actorIds.toArray(Long[]::new))
                .param("asOf", Date.valueOf(asOf))
                .param("compareWith", (compareWith != null) ? Date.valueOf(compareWith) : null, java.sql.Types.DATE)
                .param("includeConfidential", includeConfidential)
                .query((rs) -> {
                    stances.computeIfAbsent(rs.getLong("actor_id"), (id) -> new java.util.ArrayList<>())
                            .add(new ActorStance(
                                    rs.getLong("process_id"),
                                    rs.getLong("issue_id"),
                                    rs.getString("slug"),
                                    rs.getString("title"),
                                    nullableLong(rs, "position_id"),
                                    nullableLong(rs, "option_id"),
                                    rs.getString("label"),
                                    localDate(rs, "valid_from"),
                                    rs.getString("via_code"),
                                    rs.getString("via_name"),
                                    rs.getString("source"),
                                    rs.getString("quote"),
                                    rs.getString("remark"),
                                    rs.getBoolean("confidential"),
                                    rs.getString("meeting_title"),
                                    localDate(rs, "meeting_day"),
                                    rs.getString("on_behalf_of"),
                                    compareWith != null,
                                    nullableLong(rs, "compare_option_id"),
                                    rs.getString("compare_label"),
                                    localDate(rs, "compare_valid_from"),
                                    rs.getString("compare_via_name")));
                });
        return stances;
    }

    /**
     * Every position an actor has taken on the process' issues, oldest first per issue. Retracted and Chatham House
     * positions only with {@code includeConfidential}.
     */
    public List<PositionHistoryRow> historyOf(Long actorId, Long processId, boolean includeConfidential) {
        return this.jdbc
                .sql(HISTORY)
                .param("actorId", actorId)
                .param("processId", processId)
                .param("includeConfidential", includeConfidential)
                .query((rs, n) -> new PositionHistoryRow(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getLong("option_id"),
                        rs.getString("option_key"),
                        rs.getString("label"),
                        rs.getString("colour"),
                        localDate(rs, "valid_from"),
                        rs.getString("source"),
                        rs.getString("quote"),
                        rs.getString("remark"),
                        rs.getString("on_behalf_of"),
                        nullableLong(rs, "meeting_id"),
                        rs.getString("meeting_title"),
                        localDate(rs, "meeting_day"),
                        rs.getBoolean("confidential"),
                        rs.getBoolean("retracted"),
                        rs.getString("recorded_by"),
                        rs.getLong("version")))
                .list();
    }

    static LineupView view(IssueView issue, LocalDate asOf, LocalDate compareWith, List<LineupEntry> entries) {
        Map<Long, List<LineupEntry>> byOption = new LinkedHashMap<>();
        issue.options().forEach((o) -> byOption.put(o.id(), new ArrayList<>()));
        List<LineupEntry> unknown = new ArrayList<>();
        Map<RegionalGroup, int[]> counts = new EnumMap<>(RegionalGroup.class);
        int[] noRegion = new int[issue.options().size() + 1];
        int movers = 0;
        for (LineupEntry entry : entries) {
            if (entry.isMover()) {
                movers++;
            }
            List<LineupEntry> column = (entry.optionId() != null) ? byOption.get(entry.optionId()) : null;
            if (column != null) {
                column.add(entry);
            } else if (entry.isState()) {
                unknown.add(entry);
            }
            if (entry.isState()) {
                int[] row = (entry.regionalGroup() != null)
                        ? counts.computeIfAbsent(entry.regionalGroup(), (r) -> new int[noRegion.length])
                        : noRegion;
                int slot = (column != null) ? indexOf(issue, entry.optionId()) : noRegion.length - 1;
                row[slot]++;
            }
        }
        List<LineupView.Column> columns = issue.options().stream()
                .map((o) -> new LineupView.Column(o, Collections.unmodifiableList(byOption.get(o.id()))))
                .toList();
        List<LineupView.RegionCount> regions = new ArrayList<>();
        for (RegionalGroup region : RegionalGroup.values()) {
            regions.add(count(region, counts.getOrDefault(region, new int[noRegion.length])));
        }
        if (java.util.Arrays.stream(noRegion).sum() > 0) {
            regions.add(count(null, noRegion));
        }
        return new LineupView(issue, asOf, compareWith, columns, List.copyOf(unknown), List.copyOf(regions), movers);
    }

    private static int indexOf(IssueView issue, Long optionId) {
        for (int i = 0; i < issue.options().size(); i++) {
            if (issue.options().get(i).id().equals(optionId)) {
                return i;
            }
        }
        throw new IllegalStateException("Option " + optionId + " is not one of issue " + issue.slug());
    }

    private static LineupView.RegionCount count(RegionalGroup region, int[] row) {
        List<Integer> perOption = new ArrayList<>();
        for (int i = 0; i < row.length - 1; i++) {
            perOption.add(row[i]);
        }
        return new LineupView.RegionCount(region, perOption, row[row.length - 1]);
    }

    private static LineupEntry entry(ResultSet rs, IssueView issue, boolean comparing) throws SQLException {
        Long optionId = nullableLong(rs, "option_id");
        Long compareOptionId = nullableLong(rs, "compare_option_id");
        LineupEntry.Movement movement = LineupEntry.Movement.NONE;
        IssueView.OptionView previous =
                (compareOptionId != null) ? issue.option(compareOptionId).orElse(null) : null;
        if (comparing && !java.util.Objects.equals(optionId, compareOptionId)) {
            if (compareOptionId == null) {
                movement = LineupEntry.Movement.NEW;
            } else if (optionId == null) {
                movement = LineupEntry.Movement.GONE;
            } else {
                int now = issue.option(optionId).map(IssueView.OptionView::rank).orElse(0);
                int then = (previous != null) ? previous.rank() : 0;
                movement = (now < then) ? LineupEntry.Movement.TOWARD_FIRST : LineupEntry.Movement.TOWARD_LAST;
            }
        }
        String region = rs.getString("regional_group");
        return new LineupEntry(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                ActorKind.valueOf(rs.getString("kind")),
                (region != null) ? RegionalGroup.valueOf(region) : null,
                rs.getString("iso2"),
                nullableLong(rs, "position_id"),
                optionId,
                localDate(rs, "valid_from"),
                rs.getString("source"),
                rs.getString("quote"),
                rs.getString("remark"),
                rs.getBoolean("confidential"),
                rs.getString("meeting_title"),
                localDate(rs, "meeting_day"),
                rs.getString("on_behalf_of"),
                rs.getString("via_code"),
                rs.getString("via_name"),
                compareOptionId,
                rs.getString("compare_via_name"),
                movement,
                previous,
                differing(rs, issue));
    }

    /** The state's other groups whose position differs from the one it holds (empty for most). */
    private static List<LineupEntry.DifferingGroup> differing(ResultSet rs, IssueView issue) throws SQLException {
        java.sql.Array names = rs.getArray("differing_names");
        if (names == null) {
            return List.of();
        }
        String[] groups = (String[]) names.getArray();
        Object[] options = (Object[]) rs.getArray("differing_options").getArray();
        String[] reasons = (String[]) rs.getArray("differing_reasons").getArray();
        List<LineupEntry.DifferingGroup> differing = new ArrayList<>(groups.length);
        for (int i = 0; i < groups.length; i++) {
            IssueView.OptionView option =
                    issue.option(((Number) options[i]).longValue()).orElse(null);
            if (option != null) {
                differing.add(new LineupEntry.DifferingGroup(groups[i], option, reasons[i]));
            }
        }
        return List.copyOf(differing);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return (date != null) ? date.toLocalDate() : null;
    }
}
