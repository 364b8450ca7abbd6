/**
 * The database schema's one owner: Flyway migrations, run while Hibernate boots and before it
 * validates the entities against the schema; and the start-up backfills' shared batching, which fills
 * the aggregate tables a migration created with what only the application can count.
 */
package org.earshot.schema;
