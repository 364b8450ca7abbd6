package org.earshot.notification;

import java.time.Instant;

/**
 * A notification as its recipient sees it; {@code link} is a page of the application, relative to it
 * ({@code /app/quality/evaluation.xhtml?id=7}); {@code readAt} is null while unread.
 */
public record NotificationView(Long id, String kind, String text, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
