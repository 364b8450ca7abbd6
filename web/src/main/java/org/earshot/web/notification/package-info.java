/** The bell of every page (the caller's unread notifications, pushed) and the notifications' REST API. */
package org.earshot.web.notification;
