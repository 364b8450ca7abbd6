package org.earshot.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.earshot.testing.OrgFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Usernames are logins and audit actors: lower-case, 2 to 64 characters, no surprises. */
class UserTest {

    private static final Instant CREATED = OrgFixture.NOW;

    @ParameterizedTest(name = "\"{0}\" is a valid username")
    @ValueSource(strings = {"ab", "agent1", "sup.billing", "qa_lead", "trainer-2", "0day"})
    void validUsernamesAreAccepted(String username) {
        assertThat(new User(username, "Someone", null, CREATED).getUsername()).isEqualTo(username);
    }

    @Test
    void usernameOfSixtyFourCharactersIsAccepted() {
        String longest = "a".repeat(64);

        assertThat(new User(longest, "Someone", null, CREATED).getUsername()).isEqualTo(longest);
    }

    @Test
    void usernameIsTrimmed() {
        assertThat(new User("  agent1 ", "Someone", null, CREATED).getUsername()).isEqualTo("agent1");
    }

    @ParameterizedTest(name = "\"{0}\" is refused as a username")
    @NullSource
    @ValueSource(strings = {"", "a", "Agent1", "ann smith", ".hidden", "-dash", "_under", "ann@example.org", "jürgen",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void invalidUsernamesAreRefused(String username) {
        assertThatThrownBy(() -> new User(username, "Someone", null, CREATED))
                .isInstanceOfSatisfying(OrganizationException.class, e -> assertThat(e.getField()).isEqualTo("username"))
                .hasMessage("Username must be 2 to 64 characters: lower-case letters, digits, '.', '_' or '-'");
    }

    @Test
    void displayNameIsRequiredTrimmedAndAtMost200Characters() {
        assertThat(new User("ann", "  Ann Smith ", null, CREATED).getDisplayName()).isEqualTo("Ann Smith");
        assertThat(new User("ann", "A".repeat(200), null, CREATED).getDisplayName()).hasSize(200);
        for (String refused : new String[] {null, "", "   ", "A".repeat(201)}) {
            assertThatThrownBy(() -> new User("ann", refused, null, CREATED))
                    .isInstanceOfSatisfying(OrganizationException.class, e -> assertThat(e.getField()).isEqualTo("displayName"));
        }
    }

    @Test
    void blankEmailIsNoEmail() {
        User user = new User("ann", "Ann", null, CREATED);

        user.changeEmail(" ann@example.org ");
        assertThat(user.getEmail()).isEqualTo("ann@example.org");

        user.changeEmail("  ");
        assertThat(user.getEmail()).isNull();
    }

    @Test
    void userWorksAtTheSiteOfTheirTeam() {
        OrgFixture org = new OrgFixture();
        Site north = org.site("North");
        Team billing = org.team("Billing", north);
        User staff = org.user("staff");
        User ann = org.agent("ann", billing);

        assertThat(ann.getSite()).isSameAs(north);
        assertThat(staff.getSite()).isNull();

        billing.moveTo(org.site("South"));
        assertThat(ann.getSite().getName()).isEqualTo("South");
    }

    @Test
    void newUserIsActiveUntilDeactivated() {
        User user = new User("ann", "Ann", null, CREATED);
        assertThat(user.isActive()).isTrue();

        user.deactivate();
        assertThat(user.isActive()).isFalse();

        user.activate();
        assertThat(user.isActive()).isTrue();
    }
}
