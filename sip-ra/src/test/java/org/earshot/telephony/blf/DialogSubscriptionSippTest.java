package org.earshot.telephony.blf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.SubscriptionRequest;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The busy lamp field with real sipp phones: a registered phone subscribes to an agent's dialog
 * events; the subscription waits pending for the EJB layer's decision (here the test's), then
 * follows the agent's call as it rings, is answered and ends, each NOTIFY the full state one
 * version up; a refresh gets the state again and an un-SUBSCRIBE a last NOTIFY. A refused watcher
 * learns it was rejected, and its refresh finds no subscription (481); a wrong package, an unknown extension and a foreign device are refused
 * at once.
 */
class DialogSubscriptionSippTest {

    private static final Pattern SUBSCRIPTION_STATE = Pattern.compile("(?i)Subscription-State:\\s*([a-z]+)(?:;reason=([a-z]+))?");
    private static final Pattern VERSION = Pattern.compile("version=\"(\\d+)\"");
    private static final Pattern DIALOG_STATE = Pattern.compile("<state>([a-z]+)</state>");

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1002", "secret-1002").add("1003", "secret-1003")
            .add("1005", "secret-1005"));

    @Test
    void anAllowedWatcherSeesTheAgentsCallRingBeAnsweredAndEnd() throws Exception {
        Sipp.Running watcher = watch("watcher_subscribes.xml", "1002", registeredWatcher());
        SubscriptionRequest request = awaitRequest();
        assertThat(earshot.server().subscriptions().authorize(request.subscriptionId(), true)).isTrue();

        Sipp.Running agent = earshot.registeredPhone("agent_answers_tone.xml", "1002", "secret-1002", 1, 1000)
                .startAgainst(earshot.port());
        Sipp.Result caller = earshot.phone("caller_tone.xml", 0, 440).arg("-s", "1002", "-d", "1000").runAgainst(earshot.port());
        Sipp.Result answered = agent.finish();
        Sipp.Result watched = watcher.finish();

        for (Sipp.Result phone : List.of(caller, answered, watched)) {
            assertThat(phone.succeeded()).as(phone.describe()).isTrue();
        }
        assertThat(request.subscriber()).isEqualTo("1005");
        assertThat(request.agent()).isEqualTo("1002");
        assertThat(notifies(watched.logged())).containsExactly("pending", "active 0 []", "active 1 [early]",
                "active 2 [confirmed]", "active 3 [terminated]", "active 4 []", "terminated 5 []");
        assertThat(watched.logged()).contains("entity=\"sip:1002@127.0.0.1\"").contains("direction=\"recipient\"")
                .contains("<identity>sip:caller@127.0.0.1</identity>");
        assertThat(earshot.server().subscriptions().authorize(request.subscriptionId(), true))
                .as("a subscription that ended waits for no decision").isFalse();
        assertThat(earshot.eventTypes()).contains(CallEvent.Type.ENDED);
    }

    /** A transfer's target rings (early) while the transferring agent still has the caller, then has the call. */
    @Test
    void aWatcherOfATransfersTargetSeesItRingThenTakeTheCall() throws Exception {
        Sipp.Running watcher = watch("watcher_subscribes.xml", "1003", registeredWatcher());
        assertThat(earshot.server().subscriptions().authorize(awaitRequest().subscriptionId(), true)).isTrue();
        Sipp.Running target = earshot.registeredPhone("agent_answers_tone.xml", "1003", "secret-1003", 2, 2600)
                .startAgainst(earshot.port());
        Sipp.Running transferring = earshot.registeredPhone("agent_transfers.xml", "1002", "secret-1002", 1, 1000)
                .arg("-d", "1000", "-key", "target", "1003").startAgainst(earshot.port());

        Sipp.Result caller = earshot.phone("caller_tone.xml", 0, 440).arg("-s", "1002", "-d", "4000").runAgainst(earshot.port());
        Sipp.Result watched = watcher.finish();

        for (Sipp.Result phone : List.of(caller, transferring.finish(), target.finish(), watched)) {
            assertThat(phone.succeeded()).as(phone.describe()).isTrue();
        }
        assertThat(notifies(watched.logged())).containsExactly("pending", "active 0 []", "active 1 [early]",
                "active 2 [confirmed]", "active 3 [terminated]", "active 4 []", "terminated 5 []");
        assertThat(earshot.eventTypes()).containsSubsequence(CallEvent.Type.TRANSFERRING, CallEvent.Type.TRANSFERRED);
    }

    @Test
    void aRefusedWatcherIsToldItWasRejected() throws Exception {
        Sipp.Running watcher = watch("watcher_rejected.xml", "1002", registeredWatcher());

        SubscriptionRequest request = awaitRequest();
        assertThat(earshot.server().subscriptions().authorize(request.subscriptionId(), false)).isTrue();
        Sipp.Result rejected = watcher.finish();

        assertThat(rejected.succeeded()).as(rejected.describe()).isTrue();
        assertThat(notifies(rejected.logged())).containsExactly("pending");
        assertThat(earshot.server().subscriptions().authorize(request.subscriptionId(), true)).isFalse();
    }

    @Test
    void anotherPackageAnUnknownExtensionAndAForeignDeviceAreRefusedAtOnce() throws Exception {
        int registered = registeredWatcher();

        Sipp.Result presence = watch("watcher_refused.xml", "1002", registered, "presence").finish();
        Sipp.Result unknown = watch("watcher_refused.xml", "1009", registered, "dialog").finish();
        Sipp.Result foreign = watch("watcher_refused.xml", "1002", FreePorts.udpAndTcp(), "dialog").finish();

        for (Sipp.Result phone : List.of(presence, unknown, foreign)) {
            assertThat(phone.succeeded()).as(phone.describe()).isTrue();
        }
        assertThat(presence.logged()).contains("SIP/2.0 489 Only the dialog event package is served").contains("Allow-Events: dialog");
        assertThat(unknown.logged()).contains("SIP/2.0 404 No such extension");
        assertThat(foreign.logged()).contains("SIP/2.0 403 Not from a registered device of the subscriber");
        assertThat(earshot.subscriptionRequests()).isEmpty();
    }

    /** The SIP port the watching phone registered 1005 from. */
    private int registeredWatcher() throws Exception {
        int port = FreePorts.udpAndTcp();
        earshot.register("1005", "secret-1005", port);
        return port;
    }

    private Sipp.Running watch(String scenario, String extension, int fromPort, String... eventPackage) throws Exception {
        Sipp watcher = Sipp.scenario(scenario).arg("-s", extension, "-key", "caller", "1005").fromPort(fromPort);
        if (eventPackage.length > 0) {
            watcher.arg("-key", "event", eventPackage[0]);
        }
        return watcher.startAgainst(earshot.port());
    }

    private SubscriptionRequest awaitRequest() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (earshot.subscriptionRequests().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(earshot.subscriptionRequests()).as("the subscription was put to the EJB layer").hasSize(1);
        return earshot.subscriptionRequests().get(0);
    }

    /** Each NOTIFY the phone logged: its subscription state, and with a document its version and its dialogs' states. */
    private static List<String> notifies(String logged) {
        List<String> notifies = new ArrayList<>();
        for (String notify : logged.split("--- NOTIFY")) {
            Matcher state = SUBSCRIPTION_STATE.matcher(notify);
            if (!state.find()) {
                continue;
            }
            StringBuilder described = new StringBuilder(state.group(1).toLowerCase());
            Matcher version = VERSION.matcher(notify);
            if (version.find()) {
                List<String> dialogs = new ArrayList<>();
                for (Matcher dialog = DIALOG_STATE.matcher(notify); dialog.find(); ) {
                    dialogs.add(dialog.group(1));
                }
                described.append(' ').append(version.group(1)).append(' ').append(dialogs);
            }
            notifies.add(described.toString());
        }
        return notifies;
    }
}
