package org.earshot.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.earshot.testing.OrgFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A queue's number is what callers dial: 2 to 32 dialable characters. */
class CallQueueTest {

    private final OrgFixture org = new OrgFixture();
    private final Site north = org.site("North");
    private final CallQueue queue = org.queue("Billing line", "2001", north);

    @ParameterizedTest(name = "\"{0}\" is a valid queue number")
    @ValueSource(strings = {"20", "2001", "*99#", "+493012345678", "#1", "12345678901234567890123456789012"})
    void dialableNumbersAreAccepted(String number) {
        queue.renumber(number);

        assertThat(queue.getNumber()).isEqualTo(number);
    }

    @Test
    void numberIsTrimmed() {
        queue.renumber("  3001\t");

        assertThat(queue.getNumber()).isEqualTo("3001");
    }

    @ParameterizedTest(name = "\"{0}\" is refused as a queue number")
    @NullSource
    @ValueSource(strings = {"", "   ", "2", "123456789012345678901234567890123", "20a1", "30 01", "30-01", "(030)1234", "٣٠٠١"})
    void undialableNumbersAreRefused(String number) {
        assertThatThrownBy(() -> queue.renumber(number))
                .isInstanceOfSatisfying(OrganizationException.class, e -> assertThat(e.getField()).isEqualTo("number"))
                .hasMessage("Queue number must be 2 to 32 dialable characters (digits, *, #, +)");
        assertThat(queue.getNumber()).isEqualTo("2001");
    }

    @Test
    void newQueueIsValidatedLikeARenumber() {
        assertThatThrownBy(() -> new CallQueue("Support line", "x", north)).isInstanceOf(OrganizationException.class);
    }

    @Test
    void membersAreAddedOnceAndCanBeRemoved() {
        User ann = org.user("ann");

        queue.addMember(ann);
        queue.addMember(ann);
        assertThat(queue.getMembers()).containsExactly(ann);

        queue.removeMember(ann);
        assertThat(queue.getMembers()).isEmpty();
        assertThatThrownBy(() -> queue.getMembers().add(ann)).isInstanceOf(UnsupportedOperationException.class);
    }
}
