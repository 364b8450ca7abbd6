package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * What the telephony reports reaches the records, the API and the database asynchronously: asks
 * again until the answer fits, for a bounded time, and fails with the last answer otherwise.
 */
final class Eventually {

    private Eventually() {
    }

    static <T> T answer(Callable<T> question, Predicate<T> fits, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        T answer = question.call();
        while (!fits.test(answer)) {
            assertThat(Instant.now()).as("an answer that fits within " + patience + ", last " + answer).isBefore(deadline);
            Thread.sleep(100);
            answer = question.call();
        }
        return answer;
    }
}
