package org.earshot.evaluation;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FormScoring in process (docs/benchmarks.md, "Evaluation form scoring"): the form and the answer sets
 * bench/form-load.py generated and sends through the REST API (checked once to fit the form, as the
 * service checks them), each set scored by {@link FormScoring#score} and timed on its own, round after
 * round on one thread; the first round warms the JIT and is not counted. Prints one JSON line with the
 * percentiles of one score (with its explanation) in microseconds.
 *
 * <p>Usage: {@code FormScoringCost DIR [ROUNDS=20]} (DIR holds form.json and answers.json).
 */
public final class FormScoringCost {

    private FormScoringCost() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Form form = FormJson.read(Files.readString(dir.resolve("form.json")));
        List<Map<String, Answer>> sets = answerSets(Files.readString(dir.resolve("answers.json")));
        if (sets.stream().anyMatch(answers -> !AnswerCheck.problems(form, answers).isEmpty())) {
            throw new IllegalStateException("an answer set does not fit the form");
        }
        long[] nanos = new long[sets.size() * (rounds - 1)];
        int n = 0;
        double checksum = 0;
        for (int round = 0; round < rounds; round++) {
            for (Map<String, Answer> answers : sets) {
                long began = System.nanoTime();
                ScoreReport report = FormScoring.score(form, answers);
                long took = System.nanoTime() - began;
                checksum += report.total() == null ? 0 : report.total().doubleValue();
                if (round > 0) {
                    nanos[n++] = took;
                }
            }
        }
        Arrays.sort(nanos);
        System.out.printf("{\"questions\": %d, \"answer_sets\": %d, \"rounds_counted\": %d, \"scores\": %d,"
                        + " \"p50_us\": %.1f, \"p95_us\": %.1f, \"p99_us\": %.1f, \"max_us\": %.1f, \"checksum\": %.2f}%n",
                form.questions().size(), sets.size(), rounds - 1, nanos.length, micros(nanos, 0.50), micros(nanos, 0.95),
                micros(nanos, 0.99), nanos[nanos.length - 1] / 1000.0, checksum);
    }

    /** Nearest rank, as form-load.py counts the REST latencies. */
    private static double micros(long[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }

    private static List<Map<String, Answer>> answerSets(String json) {
        List<Map<String, Answer>> sets = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (JsonArray set : reader.readArray().getValuesAs(JsonArray.class)) {
                Map<String, Answer> answers = new LinkedHashMap<>();
                for (JsonObject answer : set.getValuesAs(JsonObject.class)) {
                    JsonValue value = answer.get("value");
                    answers.put(answer.getString("question"), answer.getBoolean("notApplicable", false) ? Answer.NOT_APPLICABLE
                            : Answer.of(value instanceof JsonString text ? text.getString() : value.toString()));
                }
                sets.add(answers);
            }
        }
        return sets;
    }
}
