package org.plenary.following;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.web.NotFoundException;

/**
 * Who follows what. Following twice is one follow (the unique indexes and {@code on conflict do nothing}), unfollowing
 * what one does not follow changes nothing; following what does not exist is a 404.
 */
@Component
@Transactional
class Follows {

    /** One followed issue or actor, with what a link to it needs. */
    public record Followed(FollowTarget target, Long id, String name, String code, String processSlug, boolean group) {}

    private final JdbcClient jdbc;

    Follows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void follow(String username, FollowTarget target, Long id) {
        int added = this.jdbc
                .sql("insert into follow (username, " + target.column + ") select :user, t.id from " + target.table
                        + " t where t.id = :id on conflict do nothing")
                .param("user", username)
                .param("id", id)
                .update();
        if (added == 0 && !exists(target, id)) {
            throw new NotFoundException("follow.notFound", id);
        }
    }

    void unfollow(String username, FollowTarget target, Long id) {
        int removed = this.jdbc
                .sql("delete from follow where username = :user and " + target.column + " = :id")
                .param("user", username)
                .param("id", id)
                .update();
        if (removed == 0 && !exists(target, id)) {
            throw new NotFoundException("follow.notFound", id);
        }
    }

    @Transactional(readOnly = true)
    boolean follows(String username, FollowTarget target, Long id) {
        return this.jdbc
                .sql("select exists (select 1 from follow where username = :user and " + target.column + " = :id)")
                .param("user", username)
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    /** Everything the user follows: issues (in their processes' order) then actors by name. One statement. */
    @Transactional(readOnly = true)
    List<Followed> of(String username) {
        return this.jdbc
                .sql("""
						select 'ISSUE' as target, i.id, i.title as name, i.slug as code, p.slug as process_slug,
						       false as grp, 0 as part, p.name as sort1, i.sort_order as sort2, i.title as sort3
						from follow f join issue i on i.id = f.issue_id join process p on p.id = i.process_id
						where f.username = :user
						union all
						select 'ACTOR', a.id, a.name, a.code, null, a.kind = 'GROUP', 1, a.name, 0, a.code
						from follow f join actor a on a.id = f.actor_id
						where f.username = :user
						order by part, sort1, sort2, sort3
						""")
                .param("user", username)
                .query((rs, n) -> new Followed(
                        FollowTarget.valueOf(rs.getString("target")),
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("code"),
                        rs.getString("process_slug"),
                        rs.getBoolean("grp")))
                .list();
    }

    private boolean exists(FollowTarget target, Long id) {
        return this.jdbc
                .sql("select exists (select 1 from " + target.table + " where id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }
}
