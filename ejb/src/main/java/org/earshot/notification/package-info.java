/**
 * In-app notifications: what a capability tells one user ("an evaluation of your call is ready to
 * acknowledge"), with a link to the page it concerns, kept until read. Capabilities send through
 * {@link org.earshot.notification.Notifications#notify} inside their own transaction, naming the kind
 * by an enum of their own ({@link org.earshot.notification.NotificationKind}); each user reads and marks
 * only their own. See docs/home.md.
 */
package org.earshot.notification;
