package org.earshot.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.earshot.testing.Fields;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tamper-evident audit trail: each link's hash covers the previous hash, its position and all
 * of its entry's content, and the verifier names the first entry where the chain is broken, whether
 * an entry was edited, deleted or inserted.
 */
class AuditChainTest {

    /** A monitoring event with every field filled, so a change to any one of them can be seen. */
    private static final AuditEvent MONITORING = new AuditEvent(TestActions.Monitoring.MONITOR_START, AuditOutcome.DENIED,
            AuditTarget.of("Call", "c-42"), AuditDetails.NONE.with(AuditDetails.CALL, "c-42").with(AuditDetails.AGENT, "ann")
            .with(AuditDetails.QUEUE, "Billing line").with(AuditDetails.MODE, "BARGE").with(AuditDetails.PURPOSE, "COACHING")
            .with("channel", "console"), "outside the scope");
    private static final Instant AT = Instant.parse("2025-06-02T09:00:00.000001Z");
    private static final String PREV = "ab".repeat(32);

    @Nested
    class Verifying {

        @Test
        void chainOfSeveralCapabilitiesActionsVerifies() {
            ChainBuilder chain = new ChainBuilder()
                    .append(AuditEvent.of(TestActions.Organization.ORG_UPDATE, "Team", 1, "renamed"))
                    .append(MONITORING)
                    .append(AuditEvent.of(TestActions.Recording.RECORDING_EXPORT, "Recording", "r-9", "exported")
                            .with("format", "opus").with("reason", "dispute \"#12\""))
                    .append(AuditEvent.of(AuditTrailAction.AUDIT_VERIFY, "AuditChain", null, "intact"))
                    .append(AuditEvent.of(TestActions.Monitoring.MONITOR_END, "Call", "c-42", "ended"));

            ChainVerification result = chain.verify();

            assertThat(result.intact()).isTrue();
            assertThat(result.entriesChecked()).isEqualTo(5);
            assertThat(result.firstBrokenSeq()).isNull();
            assertThat(result.problem()).isNull();
            assertThat(chain.entry(3).getAction()).isEqualTo("recording.RECORDING_EXPORT");
            assertThat(chain.entry(4).getAction()).isEqualTo("audit.AUDIT_VERIFY");
        }

        @Test
        void emptyChainWithTheInitialHeadIsIntact() {
            ChainVerification result = new ChainBuilder().verify(List.of(), 0, AuditChain.GENESIS);

            assertThat(result.intact()).isTrue();
            assertThat(result.entriesChecked()).isZero();
        }

        @Test
        void firstEntryLinksToGenesis() {
            ChainBuilder chain = ChainBuilder.ofLength(2);

            assertThat(chain.link(1).getPrevHash()).isEqualTo("0".repeat(64));
            assertThat(chain.link(2).getPrevHash()).isEqualTo(chain.link(1).getEntryHash());
        }

        @Test
        void editedEntryIsNamedAsFirstBroken() {
            ChainBuilder chain = ChainBuilder.ofLength(5);
            Fields.set(chain.entry(3), "detail", "nothing to see here");

            ChainVerification result = chain.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(3L);
            assertThat(result.entriesChecked()).isEqualTo(2);
            assertThat(result.problem()).isEqualTo("entry 3 was altered or put in another's place: its content does not match its hash");
        }

        static Stream<Arguments> columnsATampererCouldChange() {
            return Stream.of(
                    Arguments.of("occurredAt", Instant.parse("2025-06-02T09:00:03.123457Z")),
                    Arguments.of("actor", "someone.else"),
                    Arguments.of("action", "organization.ORG_UPDATE"),
                    Arguments.of("outcome", AuditOutcome.SUCCESS),
                    Arguments.of("targetType", "User"),
                    Arguments.of("targetId", "4"),
                    Arguments.of("callId", "c-43"),
                    Arguments.of("agent", "bob"),
                    Arguments.of("queue", "Support line"),
                    Arguments.of("mode", "LISTEN"),
                    Arguments.of("purpose", "QUALITY"),
                    Arguments.of("sourceAddress", "198.51.100.7"),
                    Arguments.of("detail", "allowed"),
                    Arguments.of("details", "{\"channel\":\"phone key\"}"),
                    Arguments.of("details", null));
        }

        @ParameterizedTest(name = "changing {0} of entry 3 to {1} breaks the chain at entry 3")
        @MethodSource("columnsATampererCouldChange")
        void changingAnyColumnIsDetectedAtThatEntry(String column, Object newValue) {
            ChainBuilder chain = new ChainBuilder();
            for (int i = 0; i < 5; i++) {
                chain.append(MONITORING);
            }
            Fields.set(chain.entry(3), column, newValue);

            ChainVerification result = chain.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(3L);
            assertThat(result.problem()).contains("entry 3", "altered");
        }

        @Test
        void editedEntryWithItsLinkRehashedBreaksTheLinkOfTheNextOne() {
            ChainBuilder chain = ChainBuilder.ofLength(5);
            Fields.set(chain.entry(3), "detail", "nothing to see here");
            Fields.set(chain.link(3), "entryHash", AuditChain.hash(chain.link(3).getPrevHash(), 3, chain.entry(3)));

            ChainVerification result = chain.verify();

            assertThat(result.firstBrokenSeq()).isEqualTo(4L);
            assertThat(result.entriesChecked()).isEqualTo(3);
            assertThat(result.problem()).isEqualTo("entry 4 does not link to the entry before it");
        }

        @Test
        void deletedEntryWithItsLinkIsNamedAsMissing() {
            ChainBuilder chain = ChainBuilder.ofLength(5);
            List<AuditLink> withoutThird = chain.links();
            withoutThird.remove(2);

            ChainVerification result = chain.verify(withoutThird, chain.headSeq(), chain.headHash());

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(3L);
            assertThat(result.entriesChecked()).isEqualTo(2);
            assertThat(result.problem()).isEqualTo("entry 3 is missing (next present is 4)");
        }

        @Test
        void deletedEntryWhoseLinkStaysIsNamedAsMissing() {
            ChainBuilder chain = ChainBuilder.ofLength(5);
            long id = chain.entry(3).getId();
            chain.removeContentOf(3);

            ChainVerification result = chain.verify();

            assertThat(result.firstBrokenSeq()).isEqualTo(3L);
            assertThat(result.problem()).isEqualTo("entry 3 is missing (its content, id " + id + ", was deleted)");
        }

        @Test
        void missingFirstEntryIsNamed() {
            ChainBuilder chain = ChainBuilder.ofLength(3);
            List<AuditLink> withoutFirst = chain.links().subList(1, 3);

            ChainVerification result = chain.verify(withoutFirst, chain.headSeq(), chain.headHash());

            assertThat(result.firstBrokenSeq()).isEqualTo(1L);
            assertThat(result.problem()).contains("entry 1 is missing");
        }

        @Test
        void entryInsertedInPlaceOfAnotherIsNamed() {
            ChainBuilder chain = ChainBuilder.ofLength(5);
            AuditEntry forged = chain.written(AuditEvent.of(TestActions.Organization.ORG_UPDATE, "Team", 3, "forged"));
            Fields.set(chain.link(3), "entryId", forged.getId());

            ChainVerification result = chain.verify();

            assertThat(result.firstBrokenSeq()).isEqualTo(3L);
            assertThat(result.problem()).contains("entry 3 was altered or put in another's place");
        }

        @Test
        void entryInsertedWithAFittingLinkBreaksTheChainRightAfterIt() {
            ChainBuilder chain = ChainBuilder.ofLength(4);
            AuditEntry forged = chain.written(AuditEvent.of(TestActions.Organization.ORG_UPDATE, "Team", 9, "forged"));
            AuditLink forgedLink = new AuditLink(3, forged, chain.link(2).getEntryHash());
            List<AuditLink> renumbered = List.of(chain.link(1), chain.link(2), forgedLink,
                    renumbered(chain.link(3), 4), renumbered(chain.link(4), 5));

            ChainVerification result = chain.verify(renumbered, 5, chain.link(4).getEntryHash());

            assertThat(result.firstBrokenSeq()).isEqualTo(4L);
            assertThat(result.entriesChecked()).isEqualTo(3);
            assertThat(result.problem()).isEqualTo("entry 4 does not link to the entry before it");
        }

        private AuditLink renumbered(AuditLink link, long seq) {
            Fields.set(link, "seq", seq);
            return link;
        }

        @Test
        void entryLeftOutOfTheChainIsNamedByItsId() {
            ChainBuilder chain = ChainBuilder.ofLength(3);
            AuditEntry unchained = chain.written(AuditEvent.of(TestActions.Organization.ORG_UPDATE, "Team", 9, "slipped in"));

            ChainVerification result = chain.verify(chain.links(), chain.headSeq(), chain.headHash(), unchained);

            assertThat(result.intact()).isFalse();
            assertThat(result.entriesChecked()).isEqualTo(3);
            assertThat(result.firstBrokenSeq()).isNull();
            assertThat(result.problem()).startsWith("the entry with id " + unchained.getId() + " (written ")
                    .contains("is in no link");
        }

        @Test
        void truncatedTailIsBroken() {
            ChainBuilder chain = ChainBuilder.ofLength(5);
            List<AuditLink> firstThree = chain.links().subList(0, 3);

            ChainVerification result = chain.verify(firstThree, chain.headSeq(), chain.headHash());

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(4L);
            assertThat(result.entriesChecked()).isEqualTo(3);
            assertThat(result.problem()).isEqualTo("the chain ends at entry 3 but its head records entry 5");
        }

        @Test
        void headWithTheRightNumberButAnotherHashIsBroken() {
            ChainBuilder chain = ChainBuilder.ofLength(3);

            ChainVerification result = chain.verify(chain.links(), 3, chain.link(2).getEntryHash());

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(4L);
        }

        @Test
        void everyEntryRemovedLeavesABrokenChain() {
            ChainBuilder chain = ChainBuilder.ofLength(2);

            ChainVerification result = chain.verify(List.of(), chain.headSeq(), chain.headHash());

            assertThat(result.firstBrokenSeq()).isEqualTo(1L);
            assertThat(result.problem()).contains("ends at entry 0", "head records entry 2");
        }

        @Test
        void verifierStopsAtTheFirstBreak() {
            ChainBuilder chain = ChainBuilder.ofLength(5);
            Fields.set(chain.entry(2), "actor", "intruder");
            Fields.set(chain.entry(4), "actor", "intruder");
            AuditChain.Verifier verifier = new AuditChain.Verifier();

            assertThat(verifier.accept(chain.link(1), chain.entry(1))).isTrue();
            assertThat(verifier.accept(chain.link(2), chain.entry(2))).isFalse();
            assertThat(verifier.accept(chain.link(3), chain.entry(3))).as("nothing is accepted after a break").isFalse();
            assertThat(verifier.finish(chain.headSeq(), chain.headHash(), null).firstBrokenSeq()).isEqualTo(2L);
        }

        @Test
        void linksOutOfOrderAreBroken() {
            ChainBuilder chain = ChainBuilder.ofLength(3);
            List<AuditLink> swapped = List.of(chain.link(1), chain.link(3), chain.link(2));

            ChainVerification result = chain.verify(swapped, chain.headSeq(), chain.headHash());

            assertThat(result.firstBrokenSeq()).isEqualTo(2L);
            assertThat(result.problem()).contains("entry 2 is missing");
        }
    }

    @Nested
    class Hashing {

        @Test
        void hashIsDeterministic() {
            AuditEntry entry = entryWith(MONITORING);

            assertThat(AuditChain.hash(PREV, 7, entry)).isEqualTo(AuditChain.hash(PREV, 7, entryWith(MONITORING)))
                    .matches("[0-9a-f]{64}");
        }

        /** The form existing chains were hashed in; entries without details must keep it so they still verify. */
        @Test
        void entryWithoutDetailsIsEncodedAsBeforeDetailsExisted() {
            AuditEntry entry = new AuditEntry(AT, "sup.billing", null,
                    AuditEvent.of(TestActions.Organization.ORG_UPDATE, "Team", 1, "team A"));

            assertThat(entry.canonicalContent(7)).isEqualTo(
                    "1:7;27:2025-06-02T09:00:00.000001Z;11:sup.billing;23:organization.ORG_UPDATE;7:SUCCESS;4:Team;1:1;-;-;-;-;-;-;6:team A;");
        }

        @Test
        void detailsAreHashedLastInCanonicalJson() {
            AuditEntry entry = entryWith(AuditEvent.of(TestActions.Recording.RECORDING_EXPORT, "Recording", "r-1", null)
                    .with("reason", "dispute").with("format", "opus"));

            String json = "{\"format\":\"opus\",\"reason\":\"dispute\"}";
            assertThat(entry.canonicalContent(1)).endsWith(";-;" + json.length() + ":" + json + ";");
        }

        static Stream<Arguments> singleChanges() {
            AuditEvent e = MONITORING;
            return Stream.of(
                    Arguments.of("seq", AuditChain.hash(PREV, 8, entryWith(e))),
                    Arguments.of("prevHash", AuditChain.hash("cd".repeat(32), 7, entryWith(e))),
                    Arguments.of("occurredAt (one microsecond later)",
                            hashOf(new AuditEntry(AT.plusNanos(1000), "sup.billing", "192.0.2.1", e))),
                    Arguments.of("actor", hashOf(new AuditEntry(AT, "sup.support", "192.0.2.1", e))),
                    Arguments.of("sourceAddress", hashOf(new AuditEntry(AT, "sup.billing", "192.0.2.2", e))),
                    Arguments.of("sourceAddress removed", hashOf(new AuditEntry(AT, "sup.billing", null, e))),
                    Arguments.of("action", hashOf(entryWith(new AuditEvent(TestActions.Monitoring.MONITOR_END, e.outcome(),
                            e.target(), e.details(), e.detail())))),
                    Arguments.of("action of another capability", hashOf(entryWith(new AuditEvent(
                            TestActions.Recording.RECORDING_EXPORT, e.outcome(), e.target(), e.details(), e.detail())))),
                    Arguments.of("outcome", hashOf(entryWith(e.withOutcome(AuditOutcome.FAILED)))),
                    Arguments.of("target type", hashOf(entryWith(new AuditEvent(e.action(), e.outcome(),
                            AuditTarget.of("Team", "c-42"), e.details(), e.detail())))),
                    Arguments.of("target id", hashOf(entryWith(new AuditEvent(e.action(), e.outcome(),
                            AuditTarget.of("Call", "c-43"), e.details(), e.detail())))),
                    Arguments.of("call", hashOf(entryWith(e.with(AuditDetails.CALL, "c-43")))),
                    Arguments.of("agent", hashOf(entryWith(e.with(AuditDetails.AGENT, "bob")))),
                    Arguments.of("queue", hashOf(entryWith(e.with(AuditDetails.QUEUE, "Support line")))),
                    Arguments.of("mode", hashOf(entryWith(e.with(AuditDetails.MODE, "TAKEOVER")))),
                    Arguments.of("purpose", hashOf(entryWith(e.with(AuditDetails.PURPOSE, "TRAINING")))),
                    Arguments.of("another detail", hashOf(entryWith(e.with("channel", "phone key")))),
                    Arguments.of("one more detail", hashOf(entryWith(e.with("feature", "*44")))),
                    Arguments.of("detail", hashOf(entryWith(new AuditEvent(e.action(), e.outcome(), e.target(), e.details(),
                            "outside the scope.")))),
                    Arguments.of("detail removed", hashOf(entryWith(new AuditEvent(e.action(), e.outcome(), e.target(),
                            e.details(), null)))));
        }

        @ParameterizedTest(name = "hash changes with {0}")
        @MethodSource("singleChanges")
        void hashChangesWithAnyField(String change, String changedHash) {
            assertThat(changedHash).isNotEqualTo(hashOf(entryWith(MONITORING)));
        }

        @Test
        void sameActionNameOfAnotherCapabilityHashesDifferently() {
            AuditEvent organization = AuditEvent.of(TestActions.Organization.ORG_UPDATE, "Team", 1, "x");
            AuditEvent recording = AuditEvent.of(TestActions.Recording.ORG_UPDATE, "Team", 1, "x");

            assertThat(hashOf(entryWith(organization))).isNotEqualTo(hashOf(entryWith(recording)));
        }

        @Test
        void detailsHashAlikeWhateverOrderTheyWereGivenIn() {
            AuditEvent oneWay = AuditEvent.of(TestActions.Recording.RECORDING_EXPORT, "Recording", 1, null)
                    .with("b", "2").with("a", "1");
            AuditEvent otherWay = AuditEvent.of(TestActions.Recording.RECORDING_EXPORT, "Recording", 1, null)
                    .with("a", "1").with("b", "2");

            assertThat(hashOf(entryWith(oneWay))).isEqualTo(hashOf(entryWith(otherWay)));
        }

        @Test
        void textMovedBetweenNeighbouringFieldsChangesTheHash() {
            AuditEvent agentOnly = MONITORING.with(AuditDetails.AGENT, "ann").with(AuditDetails.QUEUE, "");
            AuditEvent queueOnly = MONITORING.with(AuditDetails.AGENT, "").with(AuditDetails.QUEUE, "ann");

            assertThat(hashOf(entryWith(agentOnly))).isNotEqualTo(hashOf(entryWith(queueOnly)));
        }

        @Test
        void absentFieldAndEmptyFieldHashDifferently() {
            AuditEvent absent = AuditEvent.of(TestActions.Organization.ORG_UPDATE, "Team", 1, null);
            AuditEvent empty = AuditEvent.of(TestActions.Organization.ORG_UPDATE, "Team", 1, "");

            assertThat(hashOf(entryWith(absent))).isNotEqualTo(hashOf(entryWith(empty)));
        }

        @Test
        void separatorLikeTextCannotShiftContentBetweenFieldsOrDetails() {
            AuditEvent base = AuditEvent.of(TestActions.Organization.ORG_UPDATE, null, null, null);
            AuditEvent split = base.with(AuditDetails.AGENT, "ann;4:team");
            AuditEvent shifted = base.with(AuditDetails.AGENT, "ann").with(AuditDetails.QUEUE, "team");
            AuditEvent quoted = base.with("a", "1\",\"b\":\"2");
            AuditEvent twoDetails = base.with("a", "1").with("b", "2");

            assertThat(hashOf(entryWith(split))).isNotEqualTo(hashOf(entryWith(shifted)));
            assertThat(hashOf(entryWith(quoted))).isNotEqualTo(hashOf(entryWith(twoDetails)));
        }

        @Test
        void overlongDetailIsCutTo2000CharactersAndTheEntryStillVerifies() {
            AuditEvent verbose = AuditEvent.of(TestActions.Organization.ORG_UPDATE, "Team", 1, "x".repeat(2500));
            ChainBuilder chain = new ChainBuilder().append(verbose);

            assertThat(chain.entry(1).getDetail()).hasSize(2000);
            assertThat(chain.verify().intact()).isTrue();
        }

        private static String hashOf(AuditEntry entry) {
            return AuditChain.hash(PREV, 7, entry);
        }

        /** The reference entry with only the event changed. */
        private static AuditEntry entryWith(AuditEvent event) {
            return new AuditEntry(AT, "sup.billing", "192.0.2.1", event);
        }
    }
}
