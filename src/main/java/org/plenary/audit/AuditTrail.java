package org.plenary.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every insert, update and delete Hibernate makes, in the same transaction and on the same connection, so
 * a change and its audit entry are committed or rolled back together. Passwords are never written.
 */
@Component
class AuditTrail implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final String INSERT = """
			insert into audit_entry (username, action, entity_type, entity_id, changes)
			values (?, ?, ?, ?, cast(? as jsonb))
			""";

    private final EntityManagerFactory entityManagerFactory;

    private final JsonMapper json = JsonMapper.builder().build();

    AuditTrail(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @PostConstruct
    void register() {
        EventListenerRegistry registry = this.entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        Map<String, Object> changes = new LinkedHashMap<>();
        String[] names = event.getPersister().getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            changes.put(names[i], describe(names[i], event.getState()[i]));
        }
        record(event.getSession(), "CREATE", event.getPersister(), event.getId(), changes);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Map<String, Object> changes = new LinkedHashMap<>();
        String[] names = event.getPersister().getPropertyNames();
        Object[] old = event.getOldState();
        for (int i = 0; i < names.length; i++) {
            Object before = (old != null) ? describe(names[i], old[i]) : null;
            Object after = describe(names[i], event.getState()[i]);
            if (!Objects.equals(before, after) && !"version".equals(names[i])) {
                changes.put(names[i], Map.of("from", String.valueOf(before), "to", String.valueOf(after)));
            }
        }
        if (!changes.isEmpty()) {
            record(event.getSession(), "UPDATE", event.getPersister(), event.getId(), changes);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        Map<String, Object> changes = new LinkedHashMap<>();
        String[] names = event.getPersister().getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            changes.put(names[i], describe(names[i], event.getDeletedState()[i]));
        }
        record(event.getSession(), "DELETE", event.getPersister(), event.getId(), changes);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void record(
            SharedSessionContractImplementor session,
            String action,
            EntityPersister persister,
            Object id,
            Map<String, Object> changes) {
        String payload = this.json.writeValueAsString(changes);
        Connection connection =
                session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, currentUser());
            insert.setString(2, action);
            insert.setString(3, simpleName(persister.getEntityName()));
            insert.setString(4, String.valueOf(id));
            insert.setString(5, payload);
            insert.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not record the audit entry of " + persister.getEntityName(), ex);
        }
    }

    private static Object describe(String property, Object value) {
        if (property.toLowerCase().contains("password")) {
            return "(not recorded)";
        }
        if (value == null) {
            return null;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof java.util.Collection<?>) {
            return null;
        }
        if (value.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)
                || value instanceof org.hibernate.proxy.HibernateProxy) {
            return "#" + identifier(value);
        }
        return value.toString();
    }

    private static Object identifier(Object entity) {
        if (entity instanceof org.hibernate.proxy.HibernateProxy proxy) {
            return proxy.getHibernateLazyInitializer().getIdentifier();
        }
        try {
            var method = entity.getClass().getDeclaredMethod("getId");
            method.setAccessible(true);
            return method.invoke(entity);
        } catch (ReflectiveOperationException ex) {
            return "?";
        }
    }

    private static String simpleName(String entityName) {
        return entityName.substring(entityName.lastIndexOf('.') + 1);
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return (authentication != null) ? authentication.getName() : "system";
    }
}
