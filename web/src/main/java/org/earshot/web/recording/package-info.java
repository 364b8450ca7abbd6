/**
 * Finding and playing call recordings: the recordings list and the player page, the audio servlet
 * that serves a recording as a WAV file with byte ranges, the recording policy dialog and the
 * record/pause/resume buttons. What a user may find, play or download is decided by the recording
 * services in the EJB layer.
 */
package org.earshot.web.recording;
