package org.earshot.web.recording;

import static org.assertj.core.api.Assertions.assertThat;

import org.earshot.web.recording.RangeSelection.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RangeSelectionTest {

    private static final long LENGTH = 1000;

    @Test
    void noRangeHeaderSelectsTheWholeEntityWithoutContentRange() {
        RangeSelection selection = RangeSelection.of(null, LENGTH);

        assertThat(selection.kind()).isEqualTo(Kind.WHOLE);
        assertThat(selection.bytes()).isEqualTo(new ByteRange(0, 999));
        assertThat(selection.contentRange()).isNull();
    }

    @Test
    void firstAndLastPositionsSelectThoseBytesInclusive() {
        RangeSelection selection = RangeSelection.of("bytes=0-99", LENGTH);

        assertThat(selection.kind()).isEqualTo(Kind.PART);
        assertThat(selection.bytes().length()).isEqualTo(100);
        assertThat(selection.contentRange()).isEqualTo("bytes 0-99/1000");
    }

    @Test
    void anOpenRangeRunsToTheEnd() {
        assertThat(RangeSelection.of("bytes=500-", LENGTH).contentRange()).isEqualTo("bytes 500-999/1000");
    }

    @Test
    void aSuffixSelectsTheLastBytes() {
        assertThat(RangeSelection.of("bytes=-100", LENGTH).contentRange()).isEqualTo("bytes 900-999/1000");
    }

    @Test
    void aSuffixLongerThanTheEntitySelectsAllOfItAsAPart() {
        RangeSelection selection = RangeSelection.of("bytes=-5000", LENGTH);

        assertThat(selection.kind()).isEqualTo(Kind.PART);
        assertThat(selection.contentRange()).isEqualTo("bytes 0-999/1000");
    }

    @Test
    void aLastPositionPastTheEndIsCutToTheEnd() {
        assertThat(RangeSelection.of("bytes=990-2000", LENGTH).contentRange()).isEqualTo("bytes 990-999/1000");
    }

    @Test
    void theLastByteAloneIsARange() {
        assertThat(RangeSelection.of("bytes=999-999", LENGTH).bytes()).isEqualTo(new ByteRange(999, 999));
    }

    @Test
    void theUnitIsCaseInsensitive() {
        assertThat(RangeSelection.of("Bytes=0-0", LENGTH).kind()).isEqualTo(Kind.PART);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=1000-", "bytes=1000-1999", "bytes=-0", "bytes=99999999999999999999999-"})
    void aRangeThatStartsAtOrPastTheEndIsUnsatisfiable(String header) {
        RangeSelection selection = RangeSelection.of(header, LENGTH);

        assertThat(selection.kind()).isEqualTo(Kind.UNSATISFIABLE);
        assertThat(selection.bytes()).isNull();
        assertThat(selection.contentRange()).isEqualTo("bytes */1000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=abc", "bytes=", "bytes=-", "bytes=5-1", "bytes=1--2", "bytes=+1-2", "bytes= 0-1",
            "items=0-1", "0-99", "bytes=0-1,x", "bytes=,"})
    void aSyntacticallyInvalidHeaderIsIgnored(String header) {
        RangeSelection selection = RangeSelection.of(header, LENGTH);

        assertThat(selection.kind()).isEqualTo(Kind.WHOLE);
        assertThat(selection.bytes()).isEqualTo(ByteRange.whole(LENGTH));
    }

    @Test
    void severalRangesAreAnsweredWithTheWholeEntity() {
        assertThat(RangeSelection.of("bytes=0-9, 20-29", LENGTH).kind()).isEqualTo(Kind.WHOLE);
    }

    @Test
    void severalRangesNoneSatisfiableAreUnsatisfiable() {
        assertThat(RangeSelection.of("bytes=1000-1001,2000-", LENGTH).kind()).isEqualTo(Kind.UNSATISFIABLE);
    }

    @Test
    void emptyListElementsAroundOneRangeAreSkipped() {
        assertThat(RangeSelection.of("bytes=, 10-19 ,", LENGTH).contentRange()).isEqualTo("bytes 10-19/1000");
    }

    @Test
    void aPositionTooLargeForALongIsPastAnyEndNotAnError() {
        assertThat(RangeSelection.of("bytes=0-99999999999999999999999", LENGTH).contentRange()).isEqualTo("bytes 0-999/1000");
    }
}
