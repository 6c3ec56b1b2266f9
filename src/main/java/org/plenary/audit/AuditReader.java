package org.plenary.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.plenary.audit.AuditViews.Change;
import org.plenary.audit.AuditViews.Count;
import org.plenary.audit.AuditViews.Field;
import org.plenary.audit.AuditViews.Page;
import org.plenary.audit.AuditViews.Request;

/**
 * Reads the audit trail the way administrators look at it: requests, newest first, each with how many changes of
 * which kind and its first changes as fields with before and after. A fixed number of statements per page.
 */
@Component
@Transactional(readOnly = true)
class AuditReader {

    static final int REQUESTS_PER_PAGE = 25;

    static final int CHANGES_SHOWN = 5;

    static final int CHANGES_PER_PAGE = 100;

    /** The requests the filter selects; {@code :type} and {@code :entity} select requests with such a change. */
    private static final String MATCHING = """
			from audit_request r
			where (cast(:user as varchar) is null or lower(r.username) = lower(cast(:user as varchar)))
			  and (cast(:from as timestamptz) is null or r.occurred_at >= cast(:from as timestamptz))
			  and (cast(:to as timestamptz) is null or r.occurred_at < cast(:to as timestamptz))
			  and ((cast(:type as varchar) is null and cast(:entity as varchar) is null) or exists (
			       select 1 from audit_entry e where e.request_id = r.id
			         and (cast(:type as varchar) is null or e.entity_type = cast(:type as varchar))
			         and (cast(:entity as varchar) is null or e.entity_id = cast(:entity as varchar))))
			""";

    private static final String COUNTS = """
			select request_id, action, entity_type, count(*) as n from audit_entry
			where request_id = any(:ids) group by request_id, action, entity_type order by request_id, min(id)
			""";

    private static final String FIRST_CHANGES = """
			select id, request_id, action, entity_type, entity_id, changes::text as changes from (
			    select e.*, row_number() over (partition by e.request_id order by e.id) as n
			    from audit_entry e where e.request_id = any(:ids)) x
			where n <= :shown order by request_id, id
			""";

    /** The entity types in the trail, read by hopping through the index (a loose index scan), not the whole table. */
    private static final String TYPES = """
			with recursive t(type) as (
			    (select entity_type from audit_entry order by entity_type limit 1)
			    union all
			    select (select entity_type from audit_entry where entity_type > t.type order by entity_type limit 1)
			    from t where t.type is not null)
			select type from t where type is not null
			""";

    private final JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    AuditReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Request> requests(AuditFilter filter, int page) {
        long total = filtered("select count(*) " + MATCHING, filter)
                .query(Long.class)
                .single();
        int pages = pages(total, REQUESTS_PER_PAGE);
        int number = Math.max(0, Math.min(page, pages - 1));
        List<Request> heads = filtered(
                        "select r.id, r.occurred_at, r.username, r.correlation_id " + MATCHING
                                + " order by r.occurred_at desc, r.id desc limit :limit offset :offset",
                        filter)
                .param("limit", REQUESTS_PER_PAGE)
                .param("offset", (long) number * REQUESTS_PER_PAGE)
                .query((rs, n) -> new Request(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant().atOffset(ZoneOffset.UTC),
                        rs.getString("username"),
                        rs.getString("correlation_id"),
                        0,
                        new ArrayList<>(),
                        new ArrayList<>()))
                .list();
        if (heads.isEmpty()) {
            return new Page<>(List.of(), number, pages, total);
        }
        Long[] ids = heads.stream().map(Request::id).toArray(Long[]::new);
        Map<Long, List<Count>> counts = new LinkedHashMap<>();
        this.jdbc.sql(COUNTS).param("ids", ids).query((rs) -> {
            counts.computeIfAbsent(rs.getLong("request_id"), (k) -> new ArrayList<>())
                    .add(new Count(rs.getString("action"), rs.getString("entity_type"), rs.getInt("n")));
        });
        Map<Long, List<Change>> changes = new LinkedHashMap<>();
        this.jdbc
                .sql(FIRST_CHANGES)
                .param("ids", ids)
                .param("shown", CHANGES_SHOWN)
                .query((rs) -> {
                    changes.computeIfAbsent(rs.getLong("request_id"), (k) -> new ArrayList<>())
                            .add(change(
                                    rs.getLong("id"),
                                    rs.getString("action"),
                                    rs.getString("entity_type"),
                                    rs.getString("entity_id"),
                                    rs.getString("changes")));
                });
        List<Request> requests = new ArrayList<>();
        for (Request head : heads) {
            List<Count> countsOf = counts.getOrDefault(head.id(), List.of());
            requests.add(new Request(
                    head.id(),
                    head.occurredAt(),
                    head.username(),
                    head.correlationId(),
                    countsOf.stream().mapToInt(Count::count).sum(),
                    countsOf,
                    changes.getOrDefault(head.id(), List.of())));
        }
        return new Page<>(requests, number, pages, total);
    }

    /** One request with its counts (and no changes: see {@link #changesOf}), if there is one. */
    java.util.Optional<Request> request(long id) {
        return this.jdbc
                .sql("select r.id, r.occurred_at, r.username, r.correlation_id from audit_request r where r.id = :id")
                .param("id", id)
                .query((rs, n) -> new Request(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant().atOffset(ZoneOffset.UTC),
                        rs.getString("username"),
                        rs.getString("correlation_id"),
                        0,
                        List.of(),
                        List.of()))
                .optional()
                .map((head) -> {
                    List<Count> counts = this.jdbc
                            .sql(COUNTS)
                            .param("ids", new Long[] {id})
                            .query((rs, n) ->
                                    new Count(rs.getString("action"), rs.getString("entity_type"), rs.getInt("n")))
                            .list();
                    return new Request(
                            head.id(),
                            head.occurredAt(),
                            head.username(),
                            head.correlationId(),
                            counts.stream().mapToInt(Count::count).sum(),
                            counts,
                            List.of());
                });
    }

    /** A page of every change of a request, in the order they were made. */
    Page<Change> changesOf(Request request, int page) {
        int pages = pages(request.changeCount(), CHANGES_PER_PAGE);
        int number = Math.max(0, Math.min(page, pages - 1));
        List<Change> changes = this.jdbc
                .sql("""
						select id, action, entity_type, entity_id, changes::text as changes from audit_entry
						where request_id = :id order by id limit :limit offset :offset
						""")
                .param("id", request.id())
                .param("limit", CHANGES_PER_PAGE)
                .param("offset", (long) number * CHANGES_PER_PAGE)
                .query((rs, n) -> change(
                        rs.getLong("id"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        rs.getString("changes")))
                .list();
        return new Page<>(changes, number, pages, request.changeCount());
    }

    List<String> entityTypes() {
        return this.jdbc.sql(TYPES).query(String.class).list();
    }

    private JdbcClient.StatementSpec filtered(String sql, AuditFilter filter) {
        return this.jdbc
                .sql(sql)
                .param("user", filter.user())
                .param("type", filter.type())
                .param("entity", filter.entity())
                .param("from", startOf(filter.from()))
                .param("to", startOf((filter.to() != null) ? filter.to().plusDays(1) : null));
    }

    private static Timestamp startOf(LocalDate day) {
        return (day != null) ? Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC)) : null;
    }

    static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /**
     * Reads an entry's JSON: a changed field as {"field": {"from", "to"}} (updates, unlocks) or {"field": {"secret":
     * true}}, a created or deleted row as {"field": value}.
     */
    Change change(long id, String action, String entityType, String entityId, String changes) {
        List<Field> fields = new ArrayList<>();
        JsonNode root = this.json.readTree(changes);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = label(field.getKey());
            JsonNode value = field.getValue();
            if (value.isObject() && value.has("secret")) {
                fields.add(new Field(name, null, null, true));
            } else if (value.isObject() && value.has("from") && value.has("to")) {
                fields.add(new Field(name, text(value.get("from")), text(value.get("to")), false));
            } else if ("DELETE".equals(action)) {
                fields.add(new Field(name, text(value), null, false));
            } else {
                fields.add(new Field(name, null, text(value), false));
            }
        }
        return new Change(id, action, entityType, entityId, fields);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull() || "null".equals(value.asString(""))) {
            return null;
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    /** "validFrom" -> "valid from". */
    static String label(String property) {
        StringBuilder label = new StringBuilder();
        for (char c : property.toCharArray()) {
            if (Character.isUpperCase(c) && !label.isEmpty()) {
                label.append(' ').append(Character.toLowerCase(c));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }
}
