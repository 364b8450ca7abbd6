/**
 * The append-only, hash-chained audit trail every capability writes to with its own actions,
 * targets and details: writing entries without locks, linking them into the chain after commit,
 * finding them, and verifying that none was edited, inserted or deleted.
 */
package org.earshot.audit;
