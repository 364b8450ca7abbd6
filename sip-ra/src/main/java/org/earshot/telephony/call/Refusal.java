package org.earshot.telephony.call;

/** Why a call or a transfer cannot go ahead, as a SIP status and a reason phrase a person can read. */
record Refusal(int status, String reason) {

    @Override
    public String toString() {
        return status + " " + reason;
    }
}
