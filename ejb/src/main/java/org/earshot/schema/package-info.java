/**
 * The database schema's one owner: Flyway migrations, run while Hibernate boots and before it
 * validates the entities against the schema.
 */
package org.earshot.schema;
