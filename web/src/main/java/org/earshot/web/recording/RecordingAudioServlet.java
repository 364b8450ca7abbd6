package org.earshot.web.recording;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.earshot.audit.RequestOrigin;
import org.earshot.organization.NotFoundException;
import org.earshot.recording.PlaybackAudio;
import org.earshot.recording.RecordingPlayback;
import org.earshot.recording.RecordingRefusedException;
import org.earshot.recording.RecordingTrack;

/**
 * One track of a recording as a WAV file, for the player and the download button:
 * {@code /app/recordings/audio/{id}?track=call|supervisor[&download=1]}. Byte ranges are served
 * (players seek with them) over the WAV header and the PCM together. Whether the user may play or
 * download is decided, and audited, by {@link RecordingPlayback}; anything it refuses is a 404, so a
 * recording out of scope cannot be told from one that does not exist. Nothing may be cached.
 */
@WebServlet("/app/recordings/audio/*")
public class RecordingAudioServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private RecordingPlayback playback;

    @Inject
    private RequestOrigin origin;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Optional<UUID> id = recordingId(request.getPathInfo());
        Optional<RecordingTrack> track = track(request.getParameter("track"));
        if (id.isEmpty() || track.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean download = "1".equals(request.getParameter("download"));
        try (PlaybackAudio audio = playback.open(id.get(), track.get(), download, origin)) {
            WaveEntity entity = new WaveEntity(audio.channels(), audio.sampleRate(), audio.size(), audio.audio());
            if (download) {
                response.setHeader("Content-Disposition", "attachment; filename=\"recording-" + id.get() + "-"
                        + track.get().name().toLowerCase(Locale.ROOT) + ".wav\"");
            }
            send(entity, rangeAsked(request), response);
        } catch (NotFoundException refusedOrUnknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (RecordingRefusedException notNow) {
            // Still being recorded, or the vault cannot open it at the moment: the recording exists but cannot be had now.
            response.sendError(HttpServletResponse.SC_CONFLICT, notNow.getMessage());
        }
    }

    private static void send(WaveEntity entity, String range, HttpServletResponse response) throws IOException {
        RangeSelection selection = RangeSelection.of(range, entity.length());
        response.setHeader("Accept-Ranges", "bytes");
        if (selection.contentRange() != null) {
            response.setHeader("Content-Range", selection.contentRange());
        }
        if (selection.kind() == RangeSelection.Kind.UNSATISFIABLE) {
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setContentLength(0);
            return;
        }
        response.setStatus(selection.kind() == RangeSelection.Kind.PART ? HttpServletResponse.SC_PARTIAL_CONTENT
                : HttpServletResponse.SC_OK);
        response.setContentType("audio/wav");
        response.setContentLengthLong(selection.bytes().length());
        entity.write(selection.bytes(), response.getOutputStream());
    }

    /**
     * The Range to honour. An If-Range names a validator the client holds from an earlier answer; this
     * servlet sends none (nothing is cached), so none can match and the whole entity is due (RFC 9110 §13.1.5).
     */
    private static String rangeAsked(HttpServletRequest request) {
        return request.getHeader("If-Range") != null ? null : request.getHeader("Range");
    }

    private static Optional<UUID> recordingId(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(pathInfo.substring(1)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** "call" unless asked otherwise. */
    private static Optional<RecordingTrack> track(String name) {
        if (name == null) {
            return Optional.of(RecordingTrack.CALL);
        }
        try {
            return Optional.of(RecordingTrack.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
