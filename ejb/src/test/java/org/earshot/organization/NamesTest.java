package org.earshot.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.earshot.telephony.api.MonitoringMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one naming rule for sites, teams, queues and monitoring groups: present, trimmed, at most
 * 100 characters, refused with a message that says which name is wrong.
 */
class NamesTest {

    private static final Site NORTH = new Site("North", ZoneId.of("Europe/Berlin"));

    static Stream<Arguments> namedThings() {
        return Stream.of(
                Arguments.of("Site name", (Function<String, String>) name -> new Site(name, ZoneId.of("UTC")).getName()),
                Arguments.of("Team name", (Function<String, String>) name -> new Team(name, NORTH).getName()),
                Arguments.of("Queue name", (Function<String, String>) name -> new CallQueue(name, "2001", NORTH).getName()),
                Arguments.of("Group name", (Function<String, String>) name -> new MonitoringGroup(name, Set.of(MonitoringMode.LISTEN)).getName()));
    }

    @ParameterizedTest(name = "{0} is trimmed")
    @MethodSource("namedThings")
    void nameIsTrimmed(String what, Function<String, String> create) {
        assertThat(create.apply("  North  ")).isEqualTo("North");
    }

    @ParameterizedTest(name = "{0} of 100 characters is accepted")
    @MethodSource("namedThings")
    void nameOfOneHundredCharactersIsAccepted(String what, Function<String, String> create) {
        assertThat(create.apply(" " + "n".repeat(100) + " ")).hasSize(100);
    }

    @ParameterizedTest(name = "blank {0} is refused")
    @MethodSource("namedThings")
    void blankNameIsRefused(String what, Function<String, String> create) {
        for (String blank : new String[] {null, "", "   ", "\t\n"}) {
            assertRefused(() -> create.apply(blank), what + " is required");
        }
    }

    @ParameterizedTest(name = "{0} over 100 characters is refused")
    @MethodSource("namedThings")
    void tooLongNameIsRefused(String what, Function<String, String> create) {
        assertRefused(() -> create.apply("n".repeat(101)), what + " must be at most 100 characters");
    }

    @Test
    void renamingFollowsTheSameRuleAndARefusedRenameKeepsTheOldName() {
        Site site = new Site("North", ZoneId.of("UTC"));
        Team team = new Team("Billing", NORTH);
        CallQueue queue = new CallQueue("Billing line", "2001", NORTH);
        MonitoringGroup group = new MonitoringGroup("Coaches", Set.of(MonitoringMode.LISTEN));

        assertRefused(() -> site.rename(" "), "Site name is required");
        assertRefused(() -> team.rename(null), "Team name is required");
        assertRefused(() -> queue.rename("q".repeat(101)), "Queue name must be at most 100 characters");
        assertRefused(() -> group.rename(""), "Group name is required");
        assertThat(List.of(site.getName(), team.getName(), queue.getName(), group.getName()))
                .containsExactly("North", "Billing", "Billing line", "Coaches");

        team.rename(" Collections ");
        assertThat(team.getName()).isEqualTo("Collections");
    }

    private static void assertRefused(ThrowingCallable creation, String message) {
        assertThatThrownBy(creation).isInstanceOf(OrganizationException.class).hasMessage(message);
    }
}
