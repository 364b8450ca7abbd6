package org.earshot.recording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The parts of a recording's timeline its markers set apart from the conversation: the holds (HELD
 * to RESUMED) and the pauses (RECORDING_PAUSED to RECORDING_RESUMED), in milliseconds from the
 * timeline's start. One still open at the last marker lasts to the recording's end.
 */
record TimelineSpans(List<Span> holds, List<Span> pauses) {

    /** From start (inclusive) to end (exclusive), in milliseconds. */
    record Span(long from, long to) {

        long millisWithin(long length) {
            return Math.max(0, Math.min(to, length) - Math.max(0, from));
        }
    }

    TimelineSpans {
        holds = List.copyOf(holds);
        pauses = List.copyOf(pauses);
    }

    static TimelineSpans none() {
        return new TimelineSpans(List.of(), List.of());
    }

    static TimelineSpans of(List<RecordingMarkerView> markers) {
        List<RecordingMarkerView> inOrder = markers.stream().sorted(Comparator.comparingLong(RecordingMarkerView::offsetMillis)).toList();
        return new TimelineSpans(spans(inOrder, MarkerType.HELD, MarkerType.RESUMED),
                spans(inOrder, MarkerType.RECORDING_PAUSED, MarkerType.RECORDING_RESUMED));
    }

    private static List<Span> spans(List<RecordingMarkerView> markers, MarkerType opens, MarkerType closes) {
        List<Span> spans = new ArrayList<>();
        long openedAt = -1;
        for (RecordingMarkerView marker : markers) {
            if (marker.type() == opens && openedAt < 0) {
                openedAt = marker.offsetMillis();
            } else if (marker.type() == closes && openedAt >= 0) {
                spans.add(new Span(openedAt, marker.offsetMillis()));
                openedAt = -1;
            }
        }
        if (openedAt >= 0) {
            spans.add(new Span(openedAt, Long.MAX_VALUE));
        }
        return spans;
    }

    /**
     * Which of so many frames of that length start on hold or paused: not part of the conversation the
     * signals describe.
     */
    boolean[] setApart(int frames, int frameMillis) {
        boolean[] setApart = new boolean[frames];
        for (List<Span> spans : List.of(holds, pauses)) {
            for (Span span : spans) {
                long last = Math.min(frames, firstFrameFrom(span.to(), frameMillis));
                for (long frame = firstFrameFrom(span.from(), frameMillis); frame < last; frame++) {
                    setApart[(int) frame] = true;
                }
            }
        }
        return setApart;
    }

    private static long firstFrameFrom(long millis, int frameMillis) {
        return Math.floorDiv(millis - 1, frameMillis) + 1;
    }

    /** The time on hold within a timeline of that length. */
    long holdMillis(long length) {
        return holds.stream().mapToLong(span -> span.millisWithin(length)).sum();
    }
}
