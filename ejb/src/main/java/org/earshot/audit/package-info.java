/**
 * The append-only, hash-chained audit trail: writing entries, finding them, and verifying that
 * none was edited, inserted or deleted.
 */
package org.earshot.audit;
