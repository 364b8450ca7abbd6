/**
 * The web session: login and logout (audited), the user menu, and the client address recorded
 * with every audit entry.
 */
package org.earshot.web.session;
