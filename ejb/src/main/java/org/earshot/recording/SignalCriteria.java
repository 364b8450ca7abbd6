package org.earshot.recording;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounds on a recording's speech signals, all of which it must meet: the recordings list's filters
 * and what sampling rules select calls by. A recording without signals (recorded before they were
 * computed, or whose audio could not be read) meets no bound, and meets no criteria. The same
 * criteria are a predicate ({@link #matches}) and JPQL ({@link #conditions}, {@link #bind}), so a rule
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

    /**
     * The bounds as JPQL conditions on {@link RecordingSpeech} under the alias, each starting with AND
     * (nothing when there are none); the attribute names are the signals' keys.
     */
    String conditions(String alias) {
        StringBuilder conditions = new StringBuilder();
        for (int i = 0; i < bounds.size(); i++) {
            SignalBound bound = bounds.get(i);
            conditions.append(" AND ").append(alias).append('.').append(bound.signal().key()).append(' ')
                    .append(bound.comparison().operator()).append(" :signal").append(i);
        }
        return conditions.toString();
    }

    /** Binds the parameters of {@link #conditions}. */
    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        for (int i = 0; i < bounds.size(); i++) {
            query.setParameter("signal" + i, bounds.get(i).value());
        }
        return query;
    }
}
