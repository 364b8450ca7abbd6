package org.earshot.recording;

/** A marker as the player shows it: where on the timeline, what, and who (a username or extension), if anyone. */
public record RecordingMarkerView(long offsetMillis, MarkerType type, String label, String actor) {
}
