package org.plenary.actors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Memberships and lineage in one statement, so that a page comparing an actor with its groups runs the same number of
 * statements whether or not a group was formed from another: the memberships of a group (or of a member) of every
 * period, and the actors left out when a group was formed from another ({@link LeftOut}).
 */
@Component
class GroupLineage {

    private static final String MEMBERSHIPS = """
			select 'M' as row_kind, m.id, g.id as group_id, g.code as group_code, g.name as group_name,
			       a.id as member_id, a.code as member_code, a.name as member_name, a.kind as member_kind,
			       a.regional_group, a.iso2, m.valid_from, m.valid_to, m.version,
			       null::bigint as parent_id, null as parent_code, null as parent_name
			from group_membership m join actor g on g.id = m.group_id join actor a on a.id = m.member_id
			where %s = :actor
			union all
			select 'L', null, s.id, s.code, s.name, a.id, a.code, a.name, a.kind, a.regional_group, a.iso2,
			       s.formed_on, null, 0, p.id, p.code, p.name
			from actor s
			join actor p on p.id = s.formed_from_id
			join group_membership pm on pm.group_id = p.id
			     and (pm.valid_from is null or pm.valid_from <= s.formed_on)
			     and (pm.valid_to is null or pm.valid_to >= s.formed_on)
			join actor a on a.id = pm.member_id
			where %s = :actor
			  and not exists (select 1 from group_membership sm
			                  where sm.group_id = s.id and sm.member_id = a.id
			                    and (sm.valid_from is null or sm.valid_from <= s.formed_on)
			                    and (sm.valid_to is null or sm.valid_to >= s.formed_on))
			""";

    private final JdbcClient jdbc;

    GroupLineage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A group's memberships and the actors left out when it was formed from another. */
    GroupRoster.Roster ofGroup(Long groupId) {
        return read(
                MEMBERSHIPS.formatted("g.id", "s.id") + " order by row_kind desc, member_name, valid_from nulls first",
                groupId);
    }

    /** A member's memberships and the groups formed without it from a group it belonged to. */
    GroupRoster.Roster ofMember(Long memberId) {
        return read(
                MEMBERSHIPS.formatted("a.id", "a.id") + " order by row_kind desc, valid_from nulls first, group_name",
                memberId);
    }

    private GroupRoster.Roster read(String sql, Long actorId) {
        List<MembershipRow> memberships = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        this.jdbc.sql(sql).param("actor", actorId).query((ResultSet rs) -> {
            ActorRef member = new ActorRef(
                    rs.getLong("member_id"),
                    rs.getString("member_code"),
                    rs.getString("member_name"),
                    enumOf(ActorKind.class, rs.getString("member_kind")),
                    enumOf(RegionalGroup.class, rs.getString("regional_group")),
                    rs.getString("iso2"));
            if ("M".equals(rs.getString("row_kind"))) {
                memberships.add(new MembershipRow(
                        rs.getLong("id"),
                        rs.getLong("group_id"),
                        rs.getString("group_code"),
                        rs.getString("group_name"),
                        member.id(),
                        member.code(),
                        member.name(),
                        member.kind(),
                        member.regionalGroup(),
                        member.iso2(),
                        date(rs, "valid_from"),
                        date(rs, "valid_to"),
                        rs.getLong("version")));
            } else {
                leftOut.add(new LeftOut(
                        group(rs.getLong("group_id"), rs.getString("group_code"), rs.getString("group_name")),
                        group(rs.getLong("parent_id"), rs.getString("parent_code"), rs.getString("parent_name")),
                        date(rs, "valid_from"),
                        member));
            }
        });
        return new GroupRoster.Roster(List.copyOf(memberships), List.copyOf(leftOut));
    }

    private static ActorRef group(Long id, String code, String name) {
        return new ActorRef(id, code, name, ActorKind.GROUP, null, null);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return (name != null) ? Enum.valueOf(type, name) : null;
    }
}
