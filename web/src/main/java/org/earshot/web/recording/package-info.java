/**
 * Call recording on the web: the REST API (finding recordings and their markers, the recording
 * policies, starting, pausing and resuming a call's recording), the recordings list and the player
 * page, the audio servlet that serves a recording as a WAV file with byte ranges, the recording
 * policies page and the console's record/pause/resume buttons. What a user may find, play, download
 * or change is decided, and audited, by the recording services in the EJB layer.
 */
package org.earshot.web.recording;
