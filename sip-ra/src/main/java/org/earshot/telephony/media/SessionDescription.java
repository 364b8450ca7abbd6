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

    public static final int PCMU = 0;
    public static final int PCMA = 8;

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

    public int audioPort() {
        String[] parts = audioLine().split(" ");
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new SdpException("Malformed audio media line: " + audioLine());
        }
    }

    /** The payload types of the audio line, in the party's order of preference. */
    public List<Integer> payloadTypes() {
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
                return Integer.parseInt(line.substring("a=rtpmap:".length(), line.indexOf(' ')));
            }
        }
        return -1;
    }

    /** The G.711 payload types offered, in order; empty means there is no common codec. */
    public List<Integer> g711Types() {
        return payloadTypes().stream().filter(pt -> pt == PCMU || pt == PCMA).toList();
    }

    /** The direction attribute of the audio stream (sendrecv when absent). */
    public String direction() {
        for (String line : lines) {
            if (line.equals("a=sendonly") || line.equals("a=recvonly") || line.equals("a=inactive") || line.equals("a=sendrecv")) {
                return line.substring(2);
            }
        }
        return "sendrecv";
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
     * only G.711 and telephone-events, attributes of removed codecs dropped.
     */
    public String anchoredAt(String address, int port) {
        Set<Integer> kept = new LinkedHashSet<>(g711Types());
        if (kept.isEmpty()) {
            throw new SdpException("No common codec: Earshot relays PCMU and PCMA only");
        }
        int events = telephoneEventType();
        if (events >= 0) {
            kept.add(events);
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String rewritten = rewrite(line, address, port, kept);
            if (rewritten != null) {
                out.append(rewritten).append("\r\n");
            }
        }
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

    private String audioLine() {
        return lines.stream().filter(l -> l.startsWith("m=audio")).findFirst()
                .orElseThrow(() -> new SdpException("No audio stream offered"));
    }
}
