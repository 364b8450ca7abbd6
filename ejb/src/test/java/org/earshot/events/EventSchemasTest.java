package org.earshot.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.earshot.calls.AgentPresence;
import org.earshot.calls.AgentStateChanged;
import org.earshot.calls.AgentStatus;
import org.earshot.calls.CallLifecycle;
import org.earshot.evaluation.EvaluationLifecycle;
import org.earshot.evaluation.EvaluationState;
import org.earshot.monitoring.MonitoringLifecycle;
import org.earshot.monitoring.MonitoringPurpose;
import org.earshot.recording.RecordingLifecycle;
import org.earshot.recording.RecordingStatus;
import org.earshot.telephony.api.MonitoringMode;
import org.junit.jupiter.api.Test;

/**
 * Every event type is published as its documented JSON Schema says: the envelope and the data of a
 * sample of each type (every field set, and with the fields that may be null set to null) validate,
 * every event record in the code has a schema and a sample here, and a renamed field does not validate.
 */
class EventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Instant AT = Instant.parse("2026-12-06T21:30:15.123456Z");

    /** One of each type with every field set; a new event type adds its sample here. */
    static final List<DomainEvent> SAMPLES = List.of(
            new CallLifecycle.Started("c-1", "+3225551234", "6001", "Billing", "agent2", "1002"),
            new CallLifecycle.Answered("c-1", "agent2", "1002"),
            new CallLifecycle.Held("c-1"),
            new CallLifecycle.Resumed("c-1"),
            new CallLifecycle.Transferred("c-1", "agent2", "agent3", "1003"),
            new CallLifecycle.Ended("c-1", "caller hung up", true, "agent3"),
            new MonitoringLifecycle.Started(7, "c-1", "sup.billing", "agent2", MonitoringMode.LISTEN, MonitoringPurpose.TRAINING),
            new MonitoringLifecycle.ModeChanged(7, "c-1", MonitoringMode.LISTEN, MonitoringMode.WHISPER),
            new MonitoringLifecycle.Ended(7, "c-1", "ended by the supervisor"),
            new AgentStateChanged(12, "agent2", AgentPresence.AVAILABLE, AgentStatus.ON_CALL, "c-1"),
            new RecordingLifecycle.Available("5b0f5c1e-8a2c-4c8e-9d8e-0f3c2b1a6d7e", "c-1", RecordingStatus.INCOMPLETE,
                    "server stopped while recording", 61_250, 1500, true),
            new EvaluationLifecycle.Completed(41, "c-1", 12, "agent2", "qa", 3, 2, EvaluationState.CLOSED, 2, new BigDecimal("87.50"),
                    false));

    /** The fields a schema allows to be null, null. */
    static final List<DomainEvent> SAMPLES_WITH_NULLS = List.of(
            new CallLifecycle.Started("c-2", null, null, null, null, null),
            new CallLifecycle.Answered("c-2", null, null),
            new CallLifecycle.Transferred("c-2", null, null, null),
            new CallLifecycle.Ended("c-2", null, false, null),
            new MonitoringLifecycle.Ended(8, "c-2", null),
            new AgentStateChanged(12, "agent2", AgentPresence.LOGGED_OUT, AgentStatus.IDLE, null),
            new RecordingLifecycle.Available("5b0f5c1e-8a2c-4c8e-9d8e-0f3c2b1a6d7e", "c-2", RecordingStatus.COMPLETE, null, 0, 0,
                    false),
            new EvaluationLifecycle.Completed(42, "c-2", 12, "agent2", "qa", 3, 1, EvaluationState.ACKNOWLEDGED, 1, null, false));

    @Test
    void everyEventRecordHasASchemaAndASampleAndEverySchemaAnEventRecord() throws Exception {
        Set<Class<?>> declared = eventRecordsCompiled();
        assertThat(declared).as("event records found").hasSizeGreaterThanOrEqualTo(10);
        assertThat(SAMPLES.stream().map(Object::getClass).collect(Collectors.toSet())).as("samples")
                .containsExactlyInAnyOrderElementsOf(declared);
        Set<String> schemaFiles;
        try (Stream<Path> files = Files.list(Path.of(EventSchemasTest.class.getResource("/events").toURI()))) {
            schemaFiles = files.map(file -> file.getFileName().toString()).filter(name -> !name.equals("envelope.schema.json"))
                    .collect(Collectors.toSet());
        }
        assertThat(schemaFiles).containsExactlyInAnyOrderElementsOf(declared.stream()
                .map(type -> schemaFileOf(type.asSubclass(DomainEvent.class))).toList());
    }

    @Test
    void eachEventTypeIsPublishedAsItsSchemaSays() throws Exception {
        for (DomainEvent event : Stream.concat(SAMPLES.stream(), SAMPLES_WITH_NULLS.stream()).toList()) {
            JsonNode published = JSON.readTree(EventJson.of(EventEnvelope.of(event, AT)));
            assertThat(errors("envelope.schema.json", published)).as("envelope of " + event).isEmpty();
            assertThat(errors(schemaFileOf(event.getClass()), published.get("data"))).as("data of " + event).isEmpty();
        }
    }

    @Test
    void envelopeNamesTheEventItsTimeAndItsAggregate() throws Exception {
        EventEnvelope envelope = EventEnvelope.of(new CallLifecycle.Held("c-9"), AT);
        JsonNode published = JSON.readTree(EventJson.of(envelope));
        assertThat(published.get("id").asText()).isEqualTo(envelope.id().toString());
        assertThat(published.get("type").asText()).isEqualTo("call.held");
        assertThat(published.get("version").asInt()).isEqualTo(1);
        assertThat(Instant.parse(published.get("occurredAt").asText())).isEqualTo(AT);
        assertThat(published.get("aggregate").get("type").asText()).isEqualTo("call");
        assertThat(published.get("aggregate").get("id").asText()).isEqualTo("c-9");
        assertThat(published.get("data").get("callId").asText()).isEqualTo("c-9");
        assertThat(EventEnvelope.of(new CallLifecycle.Held("c-9"), AT).id()).as("a new id per event").isNotEqualTo(envelope.id());
    }

    @Test
    void aRenamedOrMissingFieldDoesNotValidate() throws Exception {
        ObjectNode data = (ObjectNode) JSON.readTree(EventJson.of(EventEnvelope.of(SAMPLES.get(5), AT))).get("data");
        ObjectNode renamed = data.deepCopy();
        renamed.set("reason", renamed.remove("disposition"));
        assertThat(errors("call.ended.v1.schema.json", renamed)).as("disposition renamed to reason").isNotEmpty();
        ObjectNode missing = data.deepCopy();
        missing.remove("answered");
        assertThat(errors("call.ended.v1.schema.json", missing)).as("answered missing").isNotEmpty();
    }

    static String schemaFileOf(Class<? extends DomainEvent> type) {
        EventType declared = EventEnvelope.typeOf(type);
        return declared.name() + ".v" + declared.version() + ".schema.json";
    }

    private static List<Error> errors(String schemaFile, JsonNode json) throws IOException {
        try (InputStream schema = EventSchemasTest.class.getResourceAsStream("/events/" + schemaFile)) {
            assertThat(schema).as("schema " + schemaFile).isNotNull();
            Schema compiled = SCHEMAS.getSchema(schema);
            return compiled.validate(json);
        }
    }

    /** The compiled classes of the ejb module that are event records (annotated, implementing DomainEvent). */
    private static Set<Class<?>> eventRecordsCompiled() throws URISyntaxException, IOException {
        Path classes = Path.of(DomainEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(classes::relativize).map(Path::toString).filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(EventSchemasTest::load)
                    .filter(type -> DomainEvent.class.isAssignableFrom(type) && type.isRecord())
                    .collect(Collectors.toSet());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EventSchemasTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } catch (LinkageError e) {
            throw new UncheckedIOException(new IOException("cannot load " + name, e));
        }
    }
}
