package org.plenary.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditEntries extends Repository<AuditEntry, Long> {

    @Query("""
			select a from AuditEntry a
			where (:entityType is null or a.entityType = :entityType)
			  and (:username is null or a.username = :username)
			order by a.occurredAt desc, a.id desc
			""")
    Page<AuditEntry> search(String entityType, String username, Pageable pageable);

    @Query("select distinct a.entityType from AuditEntry a order by a.entityType")
    List<String> entityTypes();

    List<AuditEntry> findByEntityTypeAndEntityIdOrderByIdAsc(String entityType, String entityId);
}
