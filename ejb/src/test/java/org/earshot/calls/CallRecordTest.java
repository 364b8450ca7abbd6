package org.earshot.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.calls.CallEvents.T0;

import java.time.Duration;
import org.earshot.access.AccessTarget;
import org.earshot.telephony.api.CallEvent.MediaSummary;
import org.earshot.telephony.api.CallEvent.Type;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.MonitoringMode;
import org.junit.jupiter.api.Test;

class CallRecordTest {

    private final CallEvents call = new CallEvents("c-1");

    @Test
    void answeredCallKeepsItsTimesDispositionMediaAndEveryEvent() {
        CallRecord record = recordOf(call.at(0, Type.RINGING), call.at(4, Type.ANSWERED), call.at(10, Type.HELD),
                call.at(20, Type.RESUMED), call.at(64, Type.ENDED, "caller hung up", new MediaSummary(3000, 3000, 2990, 2990, 3)));

        assertThat(record.getStartedAt()).isEqualTo(T0);
        assertThat(record.getRingingAt()).isEqualTo(T0);
        assertThat(record.getAnsweredAt()).isEqualTo(T0.plusSeconds(4));
        assertThat(record.getHeldAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(record.getEndedAt()).isEqualTo(T0.plusSeconds(64));
        assertThat(record.getState()).isEqualTo(CallState.ENDED);
        assertThat(record.getDisposition()).isEqualTo("caller hung up");
        assertThat(record.getPacketsFromCaller()).isEqualTo(3000);
        assertThat(record.getPacketsToCaller()).isEqualTo(2990);
        assertThat(record.getPacketsLost()).isEqualTo(3);
        assertThat(record.ringTime(T0.plusSeconds(999))).isEqualTo(Duration.ofSeconds(4));
        assertThat(record.talkTime(T0.plusSeconds(999))).isEqualTo(Duration.ofSeconds(60));
        assertThat(record.getChanges()).extracting(CallStateChange::getType)
                .containsExactly("RINGING", "ANSWERED", "HELD", "RESUMED", "ENDED");
    }

    @Test
    void queueCallWaitsQueuedBeforeItRingsAndKeepsTheWaitInItsHistory() {
        CallRecord record = recordOf(call.at(0, Type.QUEUED, "position 1", null), call.at(5, Type.RINGING),
                call.at(7, Type.ANSWERED), call.at(20, Type.ENDED, "caller hung up", null));

        assertThat(record.getStartedAt()).isEqualTo(T0);
        assertThat(record.getRingingAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(record.getState()).isEqualTo(CallState.ENDED);
        assertThat(record.getChanges()).extracting(CallStateChange::getType)
                .containsExactly("QUEUED", "RINGING", "ANSWERED", "ENDED");
    }

    @Test
    void callIsTransferringWhileTheTargetRingsAndAnsweredOnceTheTargetHasIt() {
        CallRecord record = recordOf(call.at(0, Type.RINGING), call.at(2, Type.ANSWERED),
                call.at(10, Type.TRANSFERRING, "1003", null));

        assertThat(record.getState()).isEqualTo(CallState.TRANSFERRING);
        assertThat(record.getTransferTarget()).isEqualTo("1003");
        record.apply(call.at(14, Type.TRANSFERRED, "1003", null));
        assertThat(record.getState()).isEqualTo(CallState.ANSWERED);
        assertThat(record.getTransferTarget()).isNull();
    }

    @Test
    void failedTransferGoesBackToTheHoldItStartedFromAndAHoldMeanwhileCountsAfterIt() {
        CallRecord record = recordOf(call.at(0, Type.RINGING), call.at(2, Type.ANSWERED), call.at(8, Type.HELD),
                call.at(10, Type.TRANSFERRING, "1003", null));

        record.apply(call.at(12, Type.TRANSFER_FAILED, "1003: 486 Busy Here", null));
        assertThat(record.getState()).isEqualTo(CallState.HELD);
        record.apply(call.at(20, Type.TRANSFERRING, "1004", null));
        record.apply(call.at(21, Type.RESUMED));
        assertThat(record.getState()).as("still transferring").isEqualTo(CallState.TRANSFERRING);
        record.apply(call.at(25, Type.TRANSFER_FAILED, "1004: 480 No answer", null));
        assertThat(record.getState()).isEqualTo(CallState.ANSWERED);
        record.apply(call.at(30, Type.TRANSFERRING, "1004", null));
        record.apply(call.at(31, Type.ENDED, "transfer to 1004 failed: 480 No answer", null));
        assertThat(record.getState()).isEqualTo(CallState.ENDED);
        assertThat(record.getTransferTarget()).isNull();
    }

    @Test
    void takeoverReleasesTheAgentAndATransferOnwardNamesTheNewAgent() {
        CallRecord record = recordOf(call.at(0, Type.RINGING), call.at(2, Type.ANSWERED));
        record.apply(new CallEvent("c-1", Type.MONITOR_STARTED, T0.plusSeconds(5), "555", "1002", null, "1002", "LISTEN",
                null, new CallEvent.Monitor("s1", "2001", MonitoringMode.LISTEN)));
        assertThat(record.isAgentReleased()).isFalse();

        record.apply(new CallEvent("c-1", Type.MONITOR_MODE_CHANGED, T0.plusSeconds(6), "555", "1002", null, "1002",
                "LISTEN -> TAKEOVER", null, new CallEvent.Monitor("s1", "2001", MonitoringMode.TAKEOVER)));
        assertThat(record.isAgentReleased()).isTrue();
        assertThat(record.getAgentExtension()).as("the record keeps the agent who took the call").isEqualTo("1002");
        record.assignAgent("1003", null);
        assertThat(record.isAgentReleased()).isFalse();
    }

    @Test
    void queueCallTakesTheAgentWhoIsOfferedIt() {
        CallRecord record = recordOf(call.at(0, Type.QUEUED, "position 1", null));

        record.assignAgent("1003", null);

        assertThat(record.getAgentExtension()).isEqualTo("1003");
    }

    @Test
    void callCutOffByARestartEndsWithTheReasonInItsHistoryAndKeepsTheMediaLastReported() {
        CallRecord record = recordOf(call.at(0, Type.RINGING), call.at(2, Type.ANSWERED),
                call.at(5, Type.HELD, null, new MediaSummary(150, 150, 140, 140, 0)));

        record.cutOff(T0.plusSeconds(600), TelephonyRestart.CUT_OFF);

        assertThat(record.getState()).isEqualTo(CallState.ENDED);
        assertThat(record.getEndedAt()).isEqualTo(T0.plusSeconds(600));
        assertThat(record.getDisposition()).isEqualTo(TelephonyRestart.CUT_OFF);
        assertThat(record.getPacketsFromCaller()).isEqualTo(150);
        assertThat(record.getChanges()).extracting(CallStateChange::getType).containsExactly("RINGING", "ANSWERED", "HELD", "ENDED");
    }

    @Test
    void heldCallIsStillInProgressAndResumingAnswersItAgain() {
        CallRecord record = recordOf(call.at(0, Type.RINGING), call.at(2, Type.ANSWERED), call.at(5, Type.HELD));
        assertThat(record.getState()).isEqualTo(CallState.HELD);
        assertThat(record.getState().isLive()).isTrue();

        record.apply(call.at(9, Type.RESUMED));
        assertThat(record.getState()).isEqualTo(CallState.ANSWERED);
        assertThat(record.talkTime(T0.plusSeconds(12))).as("running").isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void callThatEndsUnansweredRangUntilItEndedAndHadNoTalkTime() {
        CallRecord record = recordOf(call.at(0, Type.RINGING), call.at(7, Type.ENDED, "caller cancelled", null));

        assertThat(record.getAnsweredAt()).isNull();
        assertThat(record.ringTime(T0.plusSeconds(999))).isEqualTo(Duration.ofSeconds(7));
        assertThat(record.talkTime(T0.plusSeconds(999))).isZero();
        assertThat(record.getDisposition()).isEqualTo("caller cancelled");
    }

    @Test
    void overlongEndCauseIsClippedToItsColumn() {
        CallRecord record = recordOf(call.at(0, Type.ENDED, "x".repeat(300), null));

        assertThat(record.getDisposition()).hasSize(200);
        assertThat(record.getChanges().get(0).getDetail()).hasSize(300);
    }

    @Test
    void callWithNeitherAgentNorQueueIsVisibleOnlyOrganizationWide() {
        assertThat(recordOf(call.at(0, Type.RINGING)).accessTarget()).usingRecursiveComparison()
                .isEqualTo(AccessTarget.organization());
    }

    static CallRecord recordOf(CallEvent... events) {
        CallRecord record = new CallRecord(events[0], null, null);
        for (CallEvent event : events) {
            record.apply(event);
        }
        return record;
    }
}
