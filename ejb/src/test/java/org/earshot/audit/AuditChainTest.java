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
 * The tamper-evident audit trail: each entry's hash covers the previous hash and all of its own
 * content, and the verifier names the first entry where the chain is broken.
 */
class AuditChainTest {

    /** An event with every field filled, so a change to any one of them can be seen. */
    private static final AuditEvent MONITORING = new AuditEvent(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, "Call", "c-42",
            "c-42", "ann", "Billing line", "BARGE", "COACHING", "outside the scope");
    private static final Instant AT = Instant.parse("2025-06-02T09:00:00.000001Z");
    private static final String PREV = "ab".repeat(32);

    @Nested
    class Verifying {

        @Test
        void intactChainVerifies() {
            ChainBuilder chain = ChainBuilder.ofLength(5);

            ChainVerification result = chain.verify();

            assertThat(result.intact()).isTrue();
            assertThat(result.entriesChecked()).isEqualTo(5);
            assertThat(result.firstBrokenSeq()).isNull();
            assertThat(result.problem()).isNull();
        }

        @Test
        void emptyChainWithTheInitialHeadIsIntact() {
            ChainVerification result = ChainBuilder.verify(List.of(), 0, AuditChain.GENESIS);

            assertThat(result.intact()).isTrue();
            assertThat(result.entriesChecked()).isZero();
        }

        @Test
        void firstEntryLinksToGenesis() {
            ChainBuilder chain = ChainBuilder.ofLength(2);

            assertThat(chain.entry(1).getPrevHash()).isEqualTo("0".repeat(64));
            assertThat(chain.entry(2).getPrevHash()).isEqualTo(chain.entry(1).getEntryHash());
        }

        @Test
        void alteredEntryIsNamedAsFirstBroken() {
            ChainBuilder chain = ChainBuilder.ofLength(5);
            Fields.set(chain.entry(3), "detail", "nothing to see here");

            ChainVerification result = chain.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(3L);
            assertThat(result.entriesChecked()).isEqualTo(2);
            assertThat(result.problem()).isEqualTo("entry 3 was altered: its content does not match its hash");
        }

        static Stream<Arguments> columnsATampererCouldChange() {
            return Stream.of(
                    Arguments.of("occurredAt", Instant.parse("2025-06-02T09:00:03.123457Z")),
                    Arguments.of("actor", "someone.else"),
                    Arguments.of("action", AuditAction.LOGIN),
                    Arguments.of("outcome", AuditOutcome.SUCCESS),
                    Arguments.of("targetType", "User"),
                    Arguments.of("targetId", "4"),
                    Arguments.of("callId", "c-43"),
                    Arguments.of("agent", "bob"),
                    Arguments.of("queue", "Support line"),
                    Arguments.of("mode", "LISTEN"),
                    Arguments.of("purpose", "QUALITY"),
                    Arguments.of("sourceAddress", "198.51.100.7"),
                    Arguments.of("detail", "allowed"));
        }

        @ParameterizedTest(name = "changing {0} of entry 3 breaks the chain at entry 3")
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
        void alteredAndRehashedEntryBreaksTheLinkOfTheNextOne() {
            ChainBuilder chain = ChainBuilder.ofLength(5);
            AuditEntry third = chain.entry(3);
            Fields.set(third, "detail", "nothing to see here");
            Fields.set(third, "entryHash", AuditChain.hash(third));

            ChainVerification result = chain.verify();

            assertThat(result.firstBrokenSeq()).isEqualTo(4L);
            assertThat(result.entriesChecked()).isEqualTo(3);
            assertThat(result.problem()).isEqualTo("entry 4 does not link to the entry before it");
        }

        @Test
        void missingEntryIsNamed() {
            ChainBuilder chain = ChainBuilder.ofLength(5);
            List<AuditEntry> withoutThird = chain.entries();
            withoutThird.remove(2);

            ChainVerification result = ChainBuilder.verify(withoutThird, chain.headSeq(), chain.headHash());

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(3L);
            assertThat(result.entriesChecked()).isEqualTo(2);
            assertThat(result.problem()).isEqualTo("entry 3 is missing (next present is 4)");
        }

        @Test
        void missingFirstEntryIsNamed() {
            ChainBuilder chain = ChainBuilder.ofLength(3);
            List<AuditEntry> withoutFirst = chain.entries().subList(1, 3);

            ChainVerification result = ChainBuilder.verify(withoutFirst, chain.headSeq(), chain.headHash());

            assertThat(result.firstBrokenSeq()).isEqualTo(1L);
            assertThat(result.problem()).contains("entry 1 is missing");
        }

        @Test
        void entryReplacedByOneFromAnotherChainDoesNotLink() {
            ChainBuilder chain = ChainBuilder.ofLength(4);
            ChainBuilder other = new ChainBuilder()
                    .append(AuditEvent.of(AuditAction.LOGIN, null, null, "other chain"))
                    .append(AuditEvent.of(AuditAction.LOGIN, null, null, "other chain"));
            List<AuditEntry> spliced = chain.entries();
            spliced.set(1, other.entry(2));

            ChainVerification result = ChainBuilder.verify(spliced, chain.headSeq(), chain.headHash());

            assertThat(result.firstBrokenSeq()).isEqualTo(2L);
            assertThat(result.problem()).contains("does not link");
        }

        @Test
        void truncatedTailIsBroken() {
            ChainBuilder chain = ChainBuilder.ofLength(5);
            List<AuditEntry> firstThree = chain.entries().subList(0, 3);

            ChainVerification result = ChainBuilder.verify(firstThree, chain.headSeq(), chain.headHash());

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(4L);
            assertThat(result.entriesChecked()).isEqualTo(3);
            assertThat(result.problem()).isEqualTo("the chain ends at entry 3 but its head records entry 5");
        }

        @Test
        void headWithTheRightNumberButAnotherHashIsBroken() {
            ChainBuilder chain = ChainBuilder.ofLength(3);

            ChainVerification result = ChainBuilder.verify(chain.entries(), 3, chain.entry(2).getEntryHash());

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(4L);
        }

        @Test
        void tailCutAndHeadHashRewrittenButNotItsNumberIsBroken() {
            ChainBuilder chain = ChainBuilder.ofLength(5);
            List<AuditEntry> firstThree = chain.entries().subList(0, 3);

            ChainVerification result = ChainBuilder.verify(firstThree, 5, chain.entry(3).getEntryHash());

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(4L);
            assertThat(result.problem()).contains("head records entry 5");
        }

        @Test
        void everyEntryRemovedLeavesABrokenChain() {
            ChainBuilder chain = ChainBuilder.ofLength(2);

            ChainVerification result = ChainBuilder.verify(List.of(), chain.headSeq(), chain.headHash());

            assertThat(result.firstBrokenSeq()).isEqualTo(1L);
            assertThat(result.problem()).contains("ends at entry 0", "head records entry 2");
        }

        @Test
        void verifierStopsAtTheFirstBreak() {
            ChainBuilder chain = ChainBuilder.ofLength(5);
            Fields.set(chain.entry(2), "actor", "intruder");
            Fields.set(chain.entry(4), "actor", "intruder");
            AuditChain.Verifier verifier = new AuditChain.Verifier();

            assertThat(verifier.accept(chain.entry(1))).isTrue();
            assertThat(verifier.accept(chain.entry(2))).isFalse();
            assertThat(verifier.accept(chain.entry(3))).as("nothing is accepted after a break").isFalse();
            assertThat(verifier.finish(chain.headSeq(), chain.headHash()).firstBrokenSeq()).isEqualTo(2L);
        }

        @Test
        void entriesOutOfOrderAreBroken() {
            ChainBuilder chain = ChainBuilder.ofLength(3);
            List<AuditEntry> swapped = List.of(chain.entry(1), chain.entry(3), chain.entry(2));

            ChainVerification result = ChainBuilder.verify(swapped, chain.headSeq(), chain.headHash());

            assertThat(result.firstBrokenSeq()).isEqualTo(2L);
            assertThat(result.problem()).contains("entry 2 is missing");
        }
    }

    @Nested
    class Hashing {

        @Test
        void hashIsDeterministic() {
            AuditEntry one = new AuditEntry(7, AT, "sup.billing", "192.0.2.1", MONITORING, PREV);
            AuditEntry two = new AuditEntry(7, AT, "sup.billing", "192.0.2.1", MONITORING, PREV);

            assertThat(one.getEntryHash()).isEqualTo(two.getEntryHash()).matches("[0-9a-f]{64}");
            assertThat(AuditChain.hash(one)).isEqualTo(one.getEntryHash());
        }

        static Stream<Arguments> singleChanges() {
            AuditEvent e = MONITORING;
            return Stream.of(
                    Arguments.of("seq", new AuditEntry(8, AT, "sup.billing", "192.0.2.1", e, PREV)),
                    Arguments.of("occurredAt (one microsecond later)", new AuditEntry(7, AT.plusNanos(1000), "sup.billing", "192.0.2.1", e, PREV)),
                    Arguments.of("actor", new AuditEntry(7, AT, "sup.support", "192.0.2.1", e, PREV)),
                    Arguments.of("sourceAddress", new AuditEntry(7, AT, "sup.billing", "192.0.2.2", e, PREV)),
                    Arguments.of("sourceAddress removed", new AuditEntry(7, AT, "sup.billing", null, e, PREV)),
                    Arguments.of("prevHash", new AuditEntry(7, AT, "sup.billing", "192.0.2.1", e, "cd".repeat(32))),
                    Arguments.of("action", entryWith(new AuditEvent(AuditAction.LOGIN, e.outcome(), e.targetType(), e.targetId(),
                            e.callId(), e.agent(), e.queue(), e.mode(), e.purpose(), e.detail()))),
                    Arguments.of("outcome", entryWith(e.withOutcome(AuditOutcome.FAILED))),
                    Arguments.of("targetType", entryWith(new AuditEvent(e.action(), e.outcome(), "Team", e.targetId(),
                            e.callId(), e.agent(), e.queue(), e.mode(), e.purpose(), e.detail()))),
                    Arguments.of("targetId", entryWith(new AuditEvent(e.action(), e.outcome(), e.targetType(), "c-43",
                            e.callId(), e.agent(), e.queue(), e.mode(), e.purpose(), e.detail()))),
                    Arguments.of("callId", entryWith(new AuditEvent(e.action(), e.outcome(), e.targetType(), e.targetId(),
                            "c-43", e.agent(), e.queue(), e.mode(), e.purpose(), e.detail()))),
                    Arguments.of("agent", entryWith(new AuditEvent(e.action(), e.outcome(), e.targetType(), e.targetId(),
                            e.callId(), "bob", e.queue(), e.mode(), e.purpose(), e.detail()))),
                    Arguments.of("queue", entryWith(new AuditEvent(e.action(), e.outcome(), e.targetType(), e.targetId(),
                            e.callId(), e.agent(), "Support line", e.mode(), e.purpose(), e.detail()))),
                    Arguments.of("mode", entryWith(new AuditEvent(e.action(), e.outcome(), e.targetType(), e.targetId(),
                            e.callId(), e.agent(), e.queue(), "TAKEOVER", e.purpose(), e.detail()))),
                    Arguments.of("purpose", entryWith(new AuditEvent(e.action(), e.outcome(), e.targetType(), e.targetId(),
                            e.callId(), e.agent(), e.queue(), e.mode(), "TRAINING", e.detail()))),
                    Arguments.of("detail", entryWith(new AuditEvent(e.action(), e.outcome(), e.targetType(), e.targetId(),
                            e.callId(), e.agent(), e.queue(), e.mode(), e.purpose(), "outside the scope."))),
                    Arguments.of("detail removed", entryWith(new AuditEvent(e.action(), e.outcome(), e.targetType(), e.targetId(),
                            e.callId(), e.agent(), e.queue(), e.mode(), e.purpose(), null))));
        }

        @ParameterizedTest(name = "hash changes with {0}")
        @MethodSource("singleChanges")
        void hashChangesWithAnyField(String change, AuditEntry changed) {
            AuditEntry original = new AuditEntry(7, AT, "sup.billing", "192.0.2.1", MONITORING, PREV);

            assertThat(changed.getEntryHash()).isNotEqualTo(original.getEntryHash());
        }

        @Test
        void textMovedBetweenNeighbouringFieldsChangesTheHash() {
            AuditEvent agentOnly = new AuditEvent(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, null, null, null, "ann", null, null, null, null);
            AuditEvent queueOnly = new AuditEvent(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, null, null, null, null, "ann", null, null, null);

            assertThat(new AuditEntry(1, AT, "a", null, agentOnly, PREV).getEntryHash())
                    .isNotEqualTo(new AuditEntry(1, AT, "a", null, queueOnly, PREV).getEntryHash());
        }

        @Test
        void absentFieldAndEmptyFieldHashDifferently() {
            AuditEvent absent = AuditEvent.of(AuditAction.ORG_UPDATE, "Team", 1, null);
            AuditEvent empty = AuditEvent.of(AuditAction.ORG_UPDATE, "Team", 1, "");

            assertThat(new AuditEntry(1, AT, "a", null, absent, PREV).getEntryHash())
                    .isNotEqualTo(new AuditEntry(1, AT, "a", null, empty, PREV).getEntryHash());
        }

        @Test
        void separatorLikeTextCannotShiftContentBetweenFields() {
            AuditEvent split = new AuditEvent(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, null, null, null,
                    "ann;4:team", null, null, null, null);
            AuditEvent shifted = new AuditEvent(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, null, null, null,
                    "ann", "team", null, null, null);
            AuditEvent separator = new AuditEvent(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, null, null, null,
                    "ann\u001fteam", null, null, null, null);
            AuditEvent separated = new AuditEvent(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, null, null, null,
                    "ann", "team", null, null, null);

            assertThat(new AuditEntry(1, AT, "a", null, split, PREV).getEntryHash())
                    .isNotEqualTo(new AuditEntry(1, AT, "a", null, shifted, PREV).getEntryHash());
            assertThat(new AuditEntry(1, AT, "a", null, separator, PREV).getEntryHash())
                    .isNotEqualTo(new AuditEntry(1, AT, "a", null, separated, PREV).getEntryHash());
        }

        @Test
        void overlongDetailIsCutTo2000CharactersAndTheEntryStillVerifies() {
            AuditEvent verbose = AuditEvent.of(AuditAction.ORG_UPDATE, "Team", 1, "x".repeat(2500));
            ChainBuilder chain = new ChainBuilder().append(verbose);

            assertThat(chain.entry(1).getDetail()).hasSize(2000);
            assertThat(chain.verify().intact()).isTrue();
        }

        /** The reference entry with only the event changed. */
        private static AuditEntry entryWith(AuditEvent event) {
            return new AuditEntry(7, AT, "sup.billing", "192.0.2.1", event, PREV);
        }
    }
}
