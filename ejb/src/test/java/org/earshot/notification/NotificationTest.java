package org.earshot.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final NotificationKind KIND = new NotificationKind() {
        @Override
        public String capability() {
            return "evaluation";
        }

        @Override
        public String name() {
            return "SUBMITTED";
        }
    };

    private static final Instant AT = Instant.parse("2026-12-07T15:00:00Z");

    @Test
    void linksOnlyToPagesOfTheApplication() {
        assertThat(Notification.isAppPage("/app/quality/evaluation.xhtml?id=7")).isTrue();
        assertThat(Notification.isAppPage("/app/index.xhtml")).isTrue();
        assertThat(Notification.isAppPage("https://evil.example/app/index.xhtml")).isFalse();
        assertThat(Notification.isAppPage("//evil.example/app/")).isFalse();
        assertThat(Notification.isAppPage("/app//evil.example")).isFalse();
        assertThat(Notification.isAppPage("/app/../login.xhtml")).isFalse();
        assertThat(Notification.isAppPage("/app/quality/evaluation.xhtml?id=7\"><script>")).isFalse();
        assertThat(Notification.isAppPage("/login.xhtml")).isFalse();
        assertThat(Notification.isAppPage(null)).isFalse();
    }

    @Test
    void aNotificationWithoutTextOrWithALinkElsewhereIsNotSent() {
        assertThatThrownBy(() -> new Notification(null, KIND, " ", "/app/index.xhtml", AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notification(null, KIND, "x".repeat(501), "/app/index.xhtml", AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notification(null, KIND, "Hello", "http://elsewhere/", AT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isStoredByItsCapabilityAndKindAndReadOnce() {
        Notification notification = new Notification(null, KIND, "  An evaluation of your call is ready  ", "/app/index.xhtml", AT);
        assertThat(notification.view().kind()).isEqualTo("evaluation.SUBMITTED");
        assertThat(notification.view().text()).isEqualTo("An evaluation of your call is ready");
        assertThat(notification.view().unread()).isTrue();

        assertThat(notification.markRead(AT.plusSeconds(60))).isTrue();
        assertThat(notification.markRead(AT.plusSeconds(120))).as("read already").isFalse();
        assertThat(notification.view().readAt()).as("the first reading kept").isEqualTo(AT.plusSeconds(60));
    }
}
