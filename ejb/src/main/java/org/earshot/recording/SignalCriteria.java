package org.earshot.recording;

import java.util.ArrayList;
import java.util.List;
import org.earshot.query.Conditions;

/**
 * Bounds on a recording's speech signals, all of which it must meet: the recordings list's filters
 * and what sampling rules select calls by. A recording without signals (recorded before they were
 * computed, or whose audio could not be read) meets no bound, and meets no criteria. The same
 * criteria are a predicate ({@link #matches}) and JPQL conditions ({@link #restrict}), so a rule
 * can test a call it holds and the database can find the calls.
 */
public record SignalCriteria(List<SignalBound> bounds) {

    public SignalCriteria {
        bounds = List.copyOf(bounds);
    }

    public static SignalCriteria none() {
        return new SignalCriteria(List.of());
    }

    /** These criteria and the signal at least the value; a null value adds nothing. */
    public SignalCriteria atLeast(SpeechSignal signal, Number value) {
        return with(signal, SignalBound.Comparison.AT_LEAST, value);
    }

    /** These criteria and the signal at most the value; a null value adds nothing. */
    public SignalCriteria atMost(SpeechSignal signal, Number value) {
        return with(signal, SignalBound.Comparison.AT_MOST, value);
    }

    private SignalCriteria with(SpeechSignal signal, SignalBound.Comparison comparison, Number value) {
        if (value == null) {
            return this;
        }
        List<SignalBound> more = new ArrayList<>(bounds);
        more.add(new SignalBound(signal, comparison, value.longValue()));
        return new SignalCriteria(more);
    }

    public boolean isEmpty() {
        return bounds.isEmpty();
    }

    /** Whether a recording with these signals (null: none computed) meets every bound. */
    public boolean matches(SpeechSignals signals) {
        return signals != null && bounds.stream().allMatch(bound -> bound.matches(signals));
    }

    /** Adds the bounds as JPQL conditions on {@link RecordingSpeech} under the alias (the attribute names are the signals' keys). */
    Conditions restrict(Conditions where, String alias) {
        for (int i = 0; i < bounds.size(); i++) {
            SignalBound bound = bounds.get(i);
            where.add(alias + '.' + bound.signal().key() + ' ' + bound.comparison().operator() + " :signal" + i)
                    .with("signal" + i, bound.value());
        }
        return where;
    }
}
