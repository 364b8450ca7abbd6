package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every event Earshot published, after a real call (sipp phones) that a supervisor monitors, switches
 * and stops monitoring through the API, among whatever the other tests did, is valid against the
 * envelope schema and its type's schema as documented in the ejb module's {@code events/} resources.
 * What is published is the outbox's payload itself (DomainEventsIT).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishedEventSchemaIT {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void everyPublishedEventIsValidAgainstItsSchema() throws Exception {
        Instant before = Instant.now();
        Process supervisorPhone = Phones.supervisorPhone("2001", "sip-2001-demo"); // sup.billing's
        Phones.Call call = Phones.callAgent("1002", Duration.ofSeconds(15)); // agent2, Billing
        try {
            String callId = Eventually.answer(() -> callAnsweredByAgent2Since(before), id -> id != null, PATIENCE);
            HttpResponse<String> started = Api.post("sup.billing", "monitoring/sessions",
                    "{\"callId\":\"" + callId + "\",\"mode\":\"LISTEN\",\"purpose\":\"QUALITY_ASSURANCE\"}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            long session = Api.json(started).get("id").asLong();
            Eventually.answer(() -> Api.json(Api.get("sup.billing", "monitoring/sessions")).toString(),
                    sessions -> sessions.contains("CONNECTED"), PATIENCE);
            HttpResponse<String> switched = Api.put("sup.billing", "monitoring/sessions/" + session + "/mode", "{\"mode\":\"WHISPER\"}");
            assertThat(switched.statusCode()).as(switched.body()).isEqualTo(200);
            HttpResponse<String> ended = Api.delete("sup.billing", "monitoring/sessions/" + session);
            assertThat(ended.statusCode()).as(ended.body()).isBetween(200, 204);
            assertThat(call.wentAsScripted()).as("both phones went as scripted").isTrue();
        } finally {
            call.stopPhones();
            supervisorPhone.destroyForcibly();
        }
        Eventually.answer(PublishedEventSchemaIT::callEndsPublishedAndNot, "published and not: true false"::equals, PATIENCE);

        List<JsonNode> published = new ArrayList<>();
        try (Connection db = Database.superuser(); Statement s = db.createStatement();
             ResultSet rows = s.executeQuery("SELECT payload FROM outbox_event WHERE published_at IS NOT NULL ORDER BY id")) {
            while (rows.next()) {
                published.add(JSON.readTree(rows.getString(1)));
            }
        }
        assertThat(published).extracting(event -> event.get("type").asText()).contains("call.started", "call.answered", "call.ended",
                "agent.state-changed", "monitoring.started", "monitoring.mode-changed", "monitoring.ended");
        for (JsonNode event : published) {
            assertThat(schema("envelope.schema.json").validate(event)).as("envelope of " + event).isEmpty();
            String dataSchema = event.get("type").asText() + ".v" + event.get("version").asInt() + ".schema.json";
            assertThat(schema(dataSchema).validate(event.get("data"))).as("data of " + event).isEmpty();
        }
    }

    private static String callAnsweredByAgent2Since(Instant since) throws Exception {
        try (Connection db = Database.superuser();
             PreparedStatement query = db.prepareStatement("SELECT aggregate_id FROM outbox_event WHERE event_type = 'call.answered'"
                     + " AND occurred_at >= ? AND payload LIKE '%\"agent\":\"agent2\"%'")) {
            query.setObject(1, since.atOffset(ZoneOffset.UTC));
            ResultSet rows = query.executeQuery();
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static String callEndsPublishedAndNot() throws Exception {
        try (Connection db = Database.superuser(); Statement s = db.createStatement();
             ResultSet row = s.executeQuery("SELECT COUNT(*) FILTER (WHERE published_at IS NOT NULL) > 0,"
                     + " COUNT(*) FILTER (WHERE published_at IS NULL) > 0 FROM outbox_event WHERE event_type = 'call.ended'")) {
            row.next();
            return "published and not: " + row.getBoolean(1) + " " + row.getBoolean(2);
        }
    }

    private static Schema schema(String file) throws Exception {
        try (InputStream schema = PublishedEventSchemaIT.class.getResourceAsStream("/events/" + file)) {
            assertThat(schema).as("schema " + file).isNotNull();
            return SCHEMAS.getSchema(schema);
        }
    }
}
