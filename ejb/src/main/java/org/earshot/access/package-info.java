/**
 * Who may do what: roles, grants scoped to sites, teams and queues with their monitoring modes,
 * the one authorization decision ({@link org.earshot.access.AccessService}), grant administration,
 * permission reviews and login passwords.
 */
package org.earshot.access;
