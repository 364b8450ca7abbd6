package org.earshot.web.recording;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.earshot.recording.RecordingControl;
import org.earshot.web.faces.ServiceCall;

/**
 * The supervisor console's Record, Pause recording and Resume recording buttons of a call under way.
 * Whether the user may, and whether the call's policy allows it, is {@link RecordingControl}'s to
 * say; its refusal is shown as a message.
 */
@Named
@RequestScoped
public class RecordingButtons {

    @EJB
    private RecordingControl control;

    public void record(String callId) {
        ServiceCall.change(null, () -> {
            control.startOnDemand(callId);
            return "Recording the call";
        });
    }

    public void pause(String callId) {
        ServiceCall.change(null, () -> {
            control.pause(callId);
            return "Recording paused";
        });
    }

    public void resume(String callId) {
        ServiceCall.change(null, () -> {
            control.resume(callId);
            return "Recording resumed";
        });
    }
}
