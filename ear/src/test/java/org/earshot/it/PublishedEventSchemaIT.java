package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every event Earshot published, after a real call (sipp phones) among whatever the other tests did,
 * is valid against the envelope schema and its type's schema as documented in the ejb module's
 * {@code events/} resources. What is published is the outbox's payload itself (DomainEventsIT).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishedEventSchemaIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void everyPublishedEventIsValidAgainstItsSchema() throws Exception {
        Phones.Call call = Phones.callAgent("1002", Duration.ofSeconds(2));
        assertThat(call.wentAsScripted()).as("both phones went as scripted").isTrue();
        Eventually.answer(PublishedEventSchemaIT::callEndsPublishedAndNot, "published and not: true false"::equals, Duration.ofSeconds(10));

        List<JsonNode> published = new ArrayList<>();
        try (Connection db = Database.superuser(); Statement s = db.createStatement();
             ResultSet rows = s.executeQuery("SELECT payload FROM outbox_event WHERE published_at IS NOT NULL ORDER BY id")) {
            while (rows.next()) {
                published.add(JSON.readTree(rows.getString(1)));
            }
        }
        assertThat(published).extracting(event -> event.get("type").asText()).contains("call.started", "call.answered", "call.ended",
                "agent.state-changed");
        for (JsonNode event : published) {
            assertThat(schema("envelope.schema.json").validate(event)).as("envelope of " + event).isEmpty();
            String dataSchema = event.get("type").asText() + ".v" + event.get("version").asInt() + ".schema.json";
            assertThat(schema(dataSchema).validate(event.get("data"))).as("data of " + event).isEmpty();
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
