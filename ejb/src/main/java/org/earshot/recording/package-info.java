/**
 * Call recording: the queues' recording policies, the recordings of calls (started by policy or on
 * demand, paused and resumed, marked with what happened on their timeline, recovered after a crash),
 * who may find, play and download them, the encrypted vault their audio is kept in, and the speech
 * signals measured from it (talk, silence, overtalk, monologues, hold; docs/quality.md). The audio
 * itself is recorded by the telephony core into the vault's sinks; see docs/recording.md.
 */
package org.earshot.recording;
