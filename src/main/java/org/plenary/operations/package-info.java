/**
 * Running Plenary as several identical nodes on one PostgreSQL: start-up work serialised across nodes by an advisory
 * lock, the process's time zone, health and metrics.
 */
package org.plenary.operations;
