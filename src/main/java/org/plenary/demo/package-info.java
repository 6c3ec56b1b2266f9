/**
 * The demo data: the GCM process as the source documents describe it, and one account per role. Loaded on every
 * start of the embedded database (idempotently), and against a configured database only with PLENARY_DEMO=true.
 */
package org.plenary.demo;
