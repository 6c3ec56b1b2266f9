/**
 * Where Plenary's PostgreSQL comes from. With no {@code spring.datasource.url} configured, Plenary starts an
 * embedded, real PostgreSQL whose data directory persists between runs, so that {@code ./mvnw spring-boot:run}
 * needs nothing but Java.
 */
package org.plenary.database;
