package org.earshot.evaluation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/**
 * An evaluation's answers as canonical JSON, for storage: an object from question key to the answer's
 * value, keys sorted, N/A as null. The same answers always make the same text.
 */
public final class AnswersJson {

    private AnswersJson() {
    }

    public static String write(Map<String, Answer> answers) {
        JsonObjectBuilder out = Json.createObjectBuilder();
        new TreeMap<>(answers).forEach((key, answer) -> {
            if (answer.notApplicable()) {
                out.addNull(key);
            } else {
                out.add(key, answer.value());
            }
        });
        return out.build().toString();
    }

    public static Map<String, Answer> read(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        Map<String, Answer> answers = new TreeMap<>();
        json.forEach((key, value) -> answers.put(key, value.getValueType() == JsonValue.ValueType.NULL ? Answer.NOT_APPLICABLE
                : Answer.of(json.getString(key))));
        return answers;
    }
}
