package org.earshot.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;
import org.earshot.organization.User;

/**
 * One thing told to one user, with the page of the application it concerns. Only its reading changes;
 * the link is checked to be a page of the application (a path under {@code /app/}), so that a
 * notification can never send its reader elsewhere.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int TEXT_LENGTH = 500;

    /** A path under /app/ of letters, digits and the usual URL punctuation; no scheme, host, "//" or "..". */
    private static final Pattern APP_PAGE = Pattern.compile("(?!.*//)(?!.*\\.\\.)/app/[A-Za-z0-9/_.\\-]+(\\?[A-Za-z0-9=&_.%\\-]*)?");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_user_id", nullable = false, updatable = false)
    private User recipient;

    @Column(nullable = false, length = 64, updatable = false)
    private String kind;

    @Column(nullable = false, length = TEXT_LENGTH, updatable = false)
    private String text;

    @Column(nullable = false, length = 500, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(User recipient, NotificationKind kind, String text, String link, Instant at) {
        if (text == null || text.isBlank() || text.strip().length() > TEXT_LENGTH) {
            throw new IllegalArgumentException("A notification's text is 1 to " + TEXT_LENGTH + " characters: " + text);
        }
        if (!isAppPage(link)) {
            throw new IllegalArgumentException("A notification links to a page of the application (/app/...), not " + link);
        }
        this.recipient = recipient;
        this.kind = kind.qualifiedName();
        this.text = text.strip();
        this.link = link;
        this.createdAt = at;
    }

    static boolean isAppPage(String link) {
        return link != null && link.length() <= 500 && APP_PAGE.matcher(link).matches();
    }

    /** Marks it read; reading it again keeps the first time. Whether it was unread. */
    boolean markRead(Instant at) {
        if (readAt != null) {
            return false;
        }
        readAt = at;
        return true;
    }

    boolean isFor(User user) {
        return recipient.getId().equals(user.getId());
    }

    public NotificationView view() {
        return new NotificationView(id, kind, text, link, createdAt, readAt);
    }

    public Long getId() {
        return id;
    }
}
