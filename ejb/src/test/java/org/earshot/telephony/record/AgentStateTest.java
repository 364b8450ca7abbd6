package org.earshot.telephony.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.telephony.record.CallEvents.T0;

import org.earshot.telephony.call.CallEvent.Type;
import org.junit.jupiter.api.Test;

class AgentStateTest {

    private final AgentState agent = new AgentState(null, T0);

    @Test
    void agentRingsThenIsOnCallThenIdleWhenTheCallEnds() {
        CallEvents call = new CallEvents("c-1");
        CallRecord record = CallRecordTest.recordOf(call.at(1, Type.RINGING));
        agent.follow(record, T0.plusSeconds(1));
        assertThat(agent.getStatus()).isEqualTo(AgentStatus.RINGING);
        assertThat(agent.getCall()).isSameAs(record);

        record.apply(call.at(3, Type.ANSWERED));
        agent.follow(record, T0.plusSeconds(3));
        assertThat(agent.getStatus()).isEqualTo(AgentStatus.ON_CALL);
        assertThat(agent.getSince()).isEqualTo(T0.plusSeconds(3));

        record.apply(call.at(9, Type.ENDED));
        agent.follow(record, T0.plusSeconds(9));
        assertThat(agent.getStatus()).isEqualTo(AgentStatus.IDLE);
        assertThat(agent.getCall()).isNull();
        assertThat(agent.getSince()).isEqualTo(T0.plusSeconds(9));
    }

    @Test
    void holdingTheCallKeepsTheAgentOnItSinceTheAnswer() {
        CallEvents call = new CallEvents("c-1");
        CallRecord record = CallRecordTest.recordOf(call.at(1, Type.RINGING), call.at(3, Type.ANSWERED));
        agent.follow(record, T0.plusSeconds(3));

        record.apply(call.at(20, Type.HELD));
        agent.follow(record, T0.plusSeconds(20));

        assertThat(agent.getStatus()).isEqualTo(AgentStatus.ON_CALL);
        assertThat(agent.getSince()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void endOfAnEarlierCallDoesNotFreeAnAgentAlreadyRingingForTheNext() {
        CallEvents first = new CallEvents("c-1");
        CallEvents next = new CallEvents("c-2");
        CallRecord earlier = CallRecordTest.recordOf(first.at(1, Type.RINGING));
        CallRecord later = CallRecordTest.recordOf(next.at(5, Type.RINGING));
        agent.follow(earlier, T0.plusSeconds(1));
        agent.follow(later, T0.plusSeconds(5));

        earlier.apply(first.at(6, Type.ENDED));
        agent.follow(earlier, T0.plusSeconds(6));

        assertThat(agent.getStatus()).isEqualTo(AgentStatus.RINGING);
        assertThat(agent.getCall()).isSameAs(later);
    }
}
