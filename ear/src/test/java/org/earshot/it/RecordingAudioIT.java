package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The recording audio servlet on the deployed server, over a real recorded call: the WAV it serves,
 * byte ranges over header and audio (RFC 9110), nothing cacheable, downloads only for those who may,
 * and a recording out of the user's scope answered 404, as an unknown one is, with the refusal in the
 * audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecordingAudioIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    // Each user logs in once for the whole class; the session outlives the browser that made it.
    private static final Map<String, String> SESSIONS = new ConcurrentHashMap<>();

    private static RecordedBillingCall recorded;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @BeforeAll
    static void recordACall() throws Exception {
        recorded = RecordedBillingCall.make();
    }

    @Test
    void theWholeRecordingIsAStereoWavOfEightKilohertzThatNothingCaches() throws Exception {
        HttpResponse<byte[]> whole = callTrack("sup.billing", null);

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("audio/wav"));
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(whole.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(whole.headers().firstValue("Content-Disposition")).as("played, not downloaded").isEmpty();
        assertThat(whole.headers().firstValue("Content-Range")).isEmpty();
        byte[] body = whole.body();
        assertThat(whole.headers().firstValueAsLong("Content-Length")).hasValue(body.length);
        ByteBuffer header = ByteBuffer.wrap(body, 0, 44).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(body, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(header.getInt(4)).isEqualTo(body.length - 8);
        assertThat(new String(body, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        assertThat(header.getShort(20)).as("PCM").isEqualTo((short) 1);
        assertThat(header.getShort(22)).as("channels: caller and agent").isEqualTo((short) 2);
        assertThat(header.getInt(24)).as("sample rate").isEqualTo(8000);
        assertThat(header.getShort(34)).as("bits per sample").isEqualTo((short) 16);
        assertThat(new String(body, 36, 4, StandardCharsets.US_ASCII)).isEqualTo("data");
        assertThat(header.getInt(40)).isEqualTo(body.length - 44);
        assertThat((body.length - 44) / 32L).as("ms of audio, as the recording says").isEqualTo(recorded.durationMillis());
    }

    @Test
    void rangesAreTheSameBytesAsTheWholeFileHas() throws Exception {
        byte[] whole = callTrack("sup.billing", null).body();
        int length = whole.length;

        HttpResponse<byte[]> first = callTrack("sup.billing", "bytes=0-99");
        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(first.headers().firstValue("Content-Range")).hasValue("bytes 0-99/" + length);
        assertThat(first.headers().firstValueAsLong("Content-Length")).hasValue(100);
        assertThat(first.body()).isEqualTo(Arrays.copyOf(whole, 100));

        HttpResponse<byte[]> middle = callTrack("sup.billing", "bytes=20000-29999");
        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.headers().firstValue("Content-Range")).hasValue("bytes 20000-29999/" + length);
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(whole, 20000, 30000));

        HttpResponse<byte[]> suffix = callTrack("sup.billing", "bytes=-100");
        assertThat(suffix.statusCode()).isEqualTo(206);
        assertThat(suffix.headers().firstValue("Content-Range")).hasValue("bytes " + (length - 100) + "-" + (length - 1) + "/" + length);
        assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(whole, length - 100, length));

        HttpResponse<byte[]> pastTheEnd = callTrack("sup.billing", "bytes=" + length + "-");
        assertThat(pastTheEnd.statusCode()).isEqualTo(416);
        assertThat(pastTheEnd.headers().firstValue("Content-Range")).hasValue("bytes */" + length);

        HttpResponse<byte[]> malformed = callTrack("sup.billing", "bytes=abc");
        assertThat(malformed.statusCode()).as("an invalid Range is ignored").isEqualTo(200);
        assertThat(malformed.body()).isEqualTo(whole);
    }

    @Test
    void onlyAUserWhoMayDownloadGetsTheFileAsAnAttachment() throws Exception {
        assertThat(audio("sup.billing", recorded.id() + "?download=1", null).statusCode())
                .as("supervisors play, they do not download").isEqualTo(404);

        HttpResponse<byte[]> download = audio("compliance", recorded.id() + "?download=1", null);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"recording-" + recorded.id() + "-call.wav\"");
        assertThat(download.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void aRecordingOutOfScopeIsNotFoundAsAnUnknownOneIsAndTheRefusalIsAudited() throws Exception {
        Instant before = Instant.now();

        assertThat(callTrack("sup.support", null).statusCode()).isEqualTo(404);
        assertThat(audio("sup.billing", UUID.randomUUID() + "?track=call", null).statusCode()).isEqualTo(404);
        assertThat(audio("sup.billing", "not-a-recording?track=call", null).statusCode()).isEqualTo(404);
        assertThat(audio("sup.billing", recorded.id() + "?track=everything", null).statusCode()).as("no such track").isEqualTo(404);

        JsonNode denials = Api.json(Api.get("admin", "audit?actor=sup.support&action=recording.RECORDING_PLAY&outcome=DENIED&from="
                + before));
        assertThat(denials.get("items")).as(denials.toString()).singleElement()
                .satisfies(entry -> assertThat(entry.toString()).contains(recorded.id()));
    }

    /** A path under the audio servlet (id and query), fetched with the user's session, as the player does. */
    private static HttpResponse<byte[]> audio(String user, String path, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + "app/recordings/audio/" + path))
                .header("Cookie", "JSESSIONID=" + SESSIONS.computeIfAbsent(user, RecordingAudioIT::logIn));
        if (range != null) {
            request.header("Range", range);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> callTrack(String user, String range) throws Exception {
        return audio(user, recorded.id() + "?track=call", range);
    }

    /** Logs the user in on the login page in a browser and keeps the page session's id. */
    private static String logIn(String user) {
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            browser.logIn(user);
            return browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
