package org.earshot.telephony.media;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The audio part of an SDP offer or answer (RFC 4566/3264), as far as anchoring needs it: where
 * the party receives RTP, which payload types it offers, and the rest of the text to carry over.
 * Earshot relays G.711 (PCMU 0, PCMA 8) and RFC 4733 telephone-events; other codecs are removed.
 */
public final class SessionDescription {

    static final int PCMU = 0;
    static final int PCMA = 8;

    private final List<String> lines;

    private SessionDescription(List<String> lines) {
        this.lines = lines;
    }

    public static SessionDescription parse(String sdp) {
        if (sdp == null || !sdp.startsWith("v=")) {
            throw new SdpException("Not a session description");
        }
        List<String> lines = new ArrayList<>();
        for (String line : sdp.split("\r?\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        SessionDescription description = new SessionDescription(lines);
        description.audioLine(); // fails early when there is no audio
        description.mediaAddress();
        return description;
    }

    /** Where this party wants to receive audio: the c= line (media level wins) and the m=audio port. */
    public InetSocketAddress mediaAddress() {
        String host = null;
        boolean inAudio = false;
        for (String line : lines) {
            if (line.startsWith("m=")) {
                inAudio = line.startsWith("m=audio");
            } else if (line.startsWith("c=") && (host == null || inAudio)) {
                String[] parts = line.substring(2).split(" ");
                if (parts.length < 3) {
                    throw new SdpException("Malformed connection line: " + line);
                }
                host = parts[2];
            }
        }
        if (host == null) {
            throw new SdpException("No connection address");
        }
        return InetSocketAddress.createUnresolved(host, audioPort());
    }

    int audioPort() {
        String[] parts = audioLine().split(" ");
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new SdpException("Malformed audio media line: " + audioLine());
        }
    }

    /** The payload types of the audio line, in the party's order of preference. */
    List<Integer> payloadTypes() {
        String[] parts = audioLine().split(" ");
        List<Integer> types = new ArrayList<>();
        for (int i = 3; i < parts.length; i++) {
            try {
                types.add(Integer.parseInt(parts[i]));
            } catch (NumberFormatException e) {
                throw new SdpException("Malformed payload type in: " + audioLine());
            }
        }
        return types;
    }

    /** The dynamic payload type this party uses for RFC 4733 telephone-events, or -1. */
    public int telephoneEventType() {
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("a=rtpmap:") && line.toLowerCase(Locale.ROOT).contains("telephone-event/8000")) {
                try {
                    return Integer.parseInt(line.substring("a=rtpmap:".length(), line.indexOf(' ')).strip());
                } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                    throw new SdpException("Malformed rtpmap: " + line);
                }
            }
        }
        return -1;
    }

    /** The G.711 payload types offered, in order; empty means there is no common codec. */
    public List<Integer> g711Types() {
        return payloadTypes().stream().filter(pt -> pt == PCMU || pt == PCMA).toList();
    }

    /** The direction attribute of the audio stream (sendrecv when absent). */
    public MediaDirection direction() {
        for (String line : lines) {
            MediaDirection direction = directionOf(line);
            if (direction != null) {
                return direction;
            }
        }
        return MediaDirection.SENDRECV;
    }

    /** The same description with another direction for its audio: Earshot's way of holding and resuming a leg. */
    public SessionDescription withDirection(MediaDirection direction) {
        List<String> out = new ArrayList<>();
        boolean inAudio = false;
        for (String line : lines) {
            if (line.startsWith("m=")) {
                if (inAudio) {
                    out.add("a=" + direction.attribute());
                }
                inAudio = line.startsWith("m=audio");
            }
            if (directionOf(line) == null) {
                out.add(line);
            }
        }
        if (inAudio) {
            out.add("a=" + direction.attribute());
        }
        return new SessionDescription(out);
    }

    /** The same description marked as changed: RFC 3264 §8 wants a higher version in the o= line for every change. */
    public SessionDescription withNextVersion() {
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            String[] origin = out.get(i).split(" ");
            if (out.get(i).startsWith("o=") && origin.length >= 6) {
                try {
                    origin[2] = Long.toString(Long.parseLong(origin[2]) + 1);
                } catch (NumberFormatException e) {
                    throw new SdpException("Malformed origin line: " + out.get(i));
                }
                out.set(i, String.join(" ", origin));
            }
        }
        return new SessionDescription(out);
    }

    /**
     * The same description with this law as its only codec (telephone-events kept). When Earshot
     * answers a caller itself, as it does for queue calls, it answers in one law and offers the
     * agents only that law, so that the relayed audio needs no transcoding.
     */
    public SessionDescription limitedTo(G711 law) {
        if (!g711Types().contains(law.payloadType())) {
            throw new SdpException("No common codec: " + law + " was not offered");
        }
        int events = telephoneEventType();
        String[] audio = audioLine().split(" ");
        String limited = String.join(" ", audio[0], audio[1], audio[2], String.valueOf(law.payloadType()))
                + (events >= 0 ? " " + events : "");
        return new SessionDescription(lines.stream().map(line -> line.startsWith("m=audio") ? limited : line).toList());
    }

    /**
     * The same description as Earshot presents it to the other leg: Earshot's address and port,
     * only G.711 and telephone-events, attributes of removed codecs dropped, other streams refused.
     */
    public SessionDescription anchored(String address, int port) {
        Set<Integer> kept = new LinkedHashSet<>(g711Types());
        if (kept.isEmpty()) {
            throw new SdpException("No common codec: Earshot relays PCMU and PCMA only");
        }
        int events = telephoneEventType();
        if (events >= 0) {
            kept.add(events);
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String rewritten = rewrite(line, address, port, kept);
            if (rewritten != null) {
                out.add(rewritten);
            }
        }
        return new SessionDescription(out);
    }

    /** The text to send, with the CRLF line ends SDP requires. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line).append("\r\n"));
        return out.toString();
    }

    private static String rewrite(String line, String address, int port, Set<Integer> kept) {
        if (line.startsWith("c=")) {
            return "c=IN IP4 " + address;
        }
        if (line.startsWith("o=")) {
            String[] parts = line.split(" ");
            if (parts.length >= 6) {
                parts[5] = address;
                return String.join(" ", parts);
            }
            return line;
        }
        if (line.startsWith("m=audio")) {
            String[] parts = line.split(" ");
            StringBuilder media = new StringBuilder("m=audio ").append(port).append(' ').append(parts[2]);
            kept.forEach(pt -> media.append(' ').append(pt));
            return media.toString();
        }
        if (line.startsWith("m=")) {
            String[] parts = line.split(" ");
            if (parts.length >= 2) {
                parts[1] = "0"; // port 0 refuses the stream (RFC 3264 §6): Earshot anchors audio only
                return String.join(" ", parts);
            }
            return line;
        }
        if (line.startsWith("a=rtpmap:") || line.startsWith("a=fmtp:")) {
            int colon = line.indexOf(':');
            int space = line.indexOf(' ');
            try {
                int pt = Integer.parseInt(line.substring(colon + 1, space));
                return kept.contains(pt) ? line : null;
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                return line;
            }
        }
        if (line.startsWith("a=rtcp:")) {
            return null; // RTCP is not relayed; the port would point past Earshot
        }
        return line;
    }

    private static MediaDirection directionOf(String line) {
        for (MediaDirection direction : MediaDirection.values()) {
            if (line.equals("a=" + direction.attribute())) {
                return direction;
            }
        }
        return null;
    }

    private String audioLine() {
        return lines.stream().filter(l -> l.startsWith("m=audio")).findFirst()
                .orElseThrow(() -> new SdpException("No audio stream offered"));
    }
}
