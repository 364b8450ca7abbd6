package org.earshot.telephony.call;

/** A request Earshot sent, kept on its client transaction: the call it belongs to and what to do with the answer. */
record Awaited(Call call, ResponseHandler handler) {
}
