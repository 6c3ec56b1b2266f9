package org.plenary.drafts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revisions imported since an instant, in every process, newest first ("since my last visit", #8): published ones
 * for everyone, draft ones for signed-in readers only ({@link Readership}). One statement.
 */
@Service
@Transactional(readOnly = true)
public class RevisionsSince {

    /** A revision as the home page lists it, with its process. */
    public record NewRevision(
            Long id,
            String label,
            LocalDate issuedOn,
            boolean published,
            Instant importedAt,
            String processSlug,
            String processName) {}

    private final JdbcClient jdbc;

    RevisionsSince(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<NewRevision> since(Instant since, Readership readership, int limit) {
        return this.jdbc
                .sql("""
						select r.id, r.label, r.issued_on, r.status, r.imported_at, p.slug, p.name
						from draft_revision r join draft_document d on d.id = r.document_id
						join process p on p.id = d.process_id
						where r.imported_at > :since and (:everything or r.status = 'PUBLISHED')
						order by r.imported_at desc, r.id desc limit :limit
						""")
                .param("since", Timestamp.from(since))
                .param("everything", readership == Readership.SIGNED_IN)
                .param("limit", limit)
                .query((rs, n) -> new NewRevision(
                        rs.getLong("id"),
                        rs.getString("label"),
                        rs.getObject("issued_on", LocalDate.class),
                        RevisionStatus.PUBLISHED.name().equals(rs.getString("status")),
                        rs.getTimestamp("imported_at").toInstant(),
                        rs.getString("slug"),
                        rs.getString("name")))
                .list();
    }
}
