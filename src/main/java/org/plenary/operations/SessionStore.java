package org.plenary.operations;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC, tables from migration V52), so any node serves any logged-in user.
 * They get a plain JDBC transaction manager of their own: the application's JPA one tells the database who writes
 * (audit.AuditContext), which reads the security context, which is loaded from the session, whose reading would start
 * another such transaction. Sessions are not audited, so theirs needs none of that (and costs one statement less).
 * Not a default candidate: the application's own transaction manager stays Boot's.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    @Bean(defaultCandidate = false)
    @SpringSessionTransactionManager
    PlatformTransactionManager sessionTransactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }
}
