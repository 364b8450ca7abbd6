package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.assertProblem;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The recording governance API as clients call it: holds created, listed and released by
 * compliance with bad input refused on its field, the keys for administrators only, erasure, purge
 * preview and findings answering in their documented shapes, problems for everything refused; the
 * completeness alert in the readiness check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecordingGovernanceApiIT {

    private static final String MANAGEMENT = "http://127.0.0.1:" + System.getProperty("it.management-port", "10290");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void complianceCreatesListsAndReleasesAHoldOnce() throws Exception {
        String name = "Matter " + UUID.randomUUID();
        HttpResponse<String> created = post("compliance", "legal-holds",
                "{\"name\":\"" + name + "\",\"reason\":\"litigation\",\"agent\":\"agent1\",\"from\":\"2026-01-01T00:00:00Z\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/legal-holds/" + id));
        assertThat(json(created).get("scopeDescribed").asText()).isEqualTo("agent agent1, from 2026-01-01T00:00:00Z");

        List<String> active = new ArrayList<>();
        json(get("compliance", "legal-holds")).forEach(h -> active.add(h.get("name").asText()));
        assertThat(active).contains(name);
        assertThat(json(get("compliance", "legal-holds/" + id + "/recordings")).has("total")).isTrue();

        assertThat(fieldOf(assertProblem(post("compliance", "legal-holds/" + id + "/release", "{\"reason\":\" \"}"), 400)))
                .isEqualTo("reason");
        HttpResponse<String> released = post("compliance", "legal-holds/" + id + "/release", "{\"reason\":\"settled\"}");
        assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
        assertThat(json(released).get("releaseReason").asText()).isEqualTo("settled");
        assertProblem(post("compliance", "legal-holds/" + id + "/release", "{\"reason\":\"again\"}"), 409);
    }

    @Test
    void aHoldThatKeepsNothingInParticularIsAFieldError() throws Exception {
        assertThat(fieldOf(assertProblem(post("compliance", "legal-holds", "{\"name\":\"Everything\",\"reason\":\"why not\"}"), 400)))
                .isEqualTo("scope");
        assertThat(fieldOf(assertProblem(post("compliance", "legal-holds",
                "{\"name\":\"Backwards\",\"reason\":\"r\",\"from\":\"2026-02-01T00:00:00Z\",\"to\":\"2026-01-01T00:00:00Z\"}"), 400)))
                .isEqualTo("to");
        assertProblem(post("compliance", "legal-holds", ""), 400);
    }

    @Test
    void governanceIsComplianceAndKeysAreAdministrators() throws Exception {
        assertProblem(post("admin", "legal-holds", "{\"name\":\"N\",\"reason\":\"r\",\"callId\":\"c\"}"), 403);
        assertProblem(get("sup.billing", "recording-findings"), 403);
        assertProblem(get("compliance", "recording-keys"), 403);

        JsonNode keys = json(get("admin", "recording-keys"));
        assertThat(keys.get("primaryKeyId").isInt()).as(keys.toString()).isTrue();
        assertThat(keys.get("pending").isNumber()).isTrue();
    }

    @Test
    void erasurePurgePreviewAndFindingsAnswerInTheirShapes() throws Exception {
        assertThat(fieldOf(assertProblem(post("compliance", "erasure-requests", "{\"caller\":\"+351 999\"}"), 400))).isEqualTo("reference");
        assertThat(fieldOf(assertProblem(post("compliance", "erasure-requests", "{\"caller\":\" - \",\"reference\":\"R\"}"), 400)))
                .isEqualTo("caller");
        JsonNode report = json(post("compliance", "erasure-requests", "{\"caller\":\"+351 000 000 000\",\"reference\":\"DSR-none\"}"));
        assertThat(report.get("caller").asText()).isEqualTo("+351000000000");
        assertThat(report.get("erased").size()).isZero();

        JsonNode preview = json(get("compliance", "retention/purge-preview"));
        assertThat(preview.get("dryRun").asBoolean()).isTrue();
        assertThat(preview.has("recordings")).isTrue();

        assertThat(json(get("compliance", "recording-findings?kind=MISSING")).has("total")).isTrue();
        assertProblem(get("compliance", "recording-findings?kind=LOST"), 400);
        assertThat(json(get("compliance", "recordings?onHold=true")).has("total")).isTrue();
        assertProblem(post("compliance", "recordings/" + UUID.randomUUID() + "/deletion", "{\"reason\":\"asked\"}"), 404);
    }

    @Test
    void aFullDiskAndTheFindingsAreAnAlertInAReadinessCheckThatStaysUp() throws Exception {
        UUID stopped = UUID.randomUUID();
        String finding = "health-" + stopped;
        try (Connection db = Database.superuser(); Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO recording (id, call_id, started_at, recording_day, ended_at, status, incomplete_reason,"
                    + " not_recorded_ms, call_bytes, supervisor_bytes, kek_key_id, keep_supervisor, monitored, paused, retention_days,"
                    + " version) VALUES ('" + stopped + "', '" + finding + "', NOW(), CURRENT_DATE, NOW(), 'INCOMPLETE',"
                    + " 'No space left on device', 0, 0, 0, 0, FALSE, FALSE, FALSE, 30, 0)");
            sql.executeUpdate("INSERT INTO recording_finding (kind, subject, call_id, detail, found_at)"
                    + " VALUES ('STUCK', '" + finding + "', '" + finding + "', 'provoked', NOW())");
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(MANAGEMENT + "/health/ready")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
                JsonNode check = null;
                for (JsonNode c : json(ready).get("checks")) {
                    check = "recording-completeness".equals(c.get("name").asText()) ? c : check;
                }
                assertThat(check).as(ready.body()).isNotNull();
                assertThat(check.get("status").asText()).isEqualTo("UP");
                assertThat(check.get("data").get("alert").asBoolean()).isTrue();
                assertThat(check.get("data").get("writeFailuresLastDay").asLong()).isPositive();
                assertThat(check.get("data").get("findings.STUCK").asLong()).isPositive();
            } finally {
                sql.executeUpdate("DELETE FROM recording_finding WHERE subject = '" + finding + "'");
                sql.executeUpdate("DELETE FROM recording WHERE id = '" + stopped + "'");
            }
        }
    }

    private static String fieldOf(JsonNode problem) {
        return problem.path("errors").path(0).path("field").asText();
    }
}
