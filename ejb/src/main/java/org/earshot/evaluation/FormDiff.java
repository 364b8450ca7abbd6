package org.earshot.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed from one form to another, for the version history and the audit trail. Sections and
 * questions are matched by key, so a question moved to another section is one change of its
 * {@code section} field, and a renamed key is a removal and an addition. The order of the sections
 * is one field of the form; the order of questions within a section is not compared.
 */
public final class FormDiff {

    private FormDiff() {
    }

    public static List<FormChange> between(Form before, Form after) {
        List<FormChange> changes = new ArrayList<>();
        compare(null, null, formFields(before), formFields(after)).ifPresent(changes::add);
        diff(index(before.sections(), FormSection::key), index(after.sections(), FormSection::key), FormDiff::sectionFields,
                FormDiff::sectionFields, (key, kind, fields) -> new FormChange(kind, key, null, fields), changes);
        Map<String, String> sectionBefore = sectionOf(before);
        Map<String, String> sectionAfter = sectionOf(after);
        diff(index(before.questions(), Question::key), index(after.questions(), Question::key),
                q -> questionFields(q, sectionBefore.get(q.key())), q -> questionFields(q, sectionAfter.get(q.key())),
                (key, kind, fields) -> new FormChange(kind, sectionAfter.getOrDefault(key, sectionBefore.get(key)), key, fields),
                changes);
        return changes;
    }

    /** One line for the audit trail: "question q3 added; question q1 changed (weight, text); section s2 removed". */
    public static String summary(List<FormChange> changes) {
        if (changes.isEmpty()) {
            return "no change";
        }
        return changes.stream().map(c -> (c.isAboutQuestion() ? "question " + c.question()
                        : c.section() != null ? "section " + c.section() : "form")
                        + " " + c.kind().name().toLowerCase()
                        + (c.kind() == FormChange.Kind.CHANGED ? " (" + c.fields().stream().map(FormChange.FieldChange::field)
                        .collect(Collectors.joining(", ")) + ")" : ""))
                .collect(Collectors.joining("; "));
    }

    private interface Change {
        FormChange of(String key, FormChange.Kind kind, List<FormChange.FieldChange> fields);
    }

    private static <T> void diff(Map<String, T> before, Map<String, T> after, Function<T, Map<String, String>> fieldsBefore,
                                 Function<T, Map<String, String>> fieldsAfter, Change change, List<FormChange> changes) {
        before.forEach((key, old) -> {
            T now = after.get(key);
            if (now == null) {
                changes.add(change.of(key, FormChange.Kind.REMOVED, List.of()));
            } else {
                compare(key, change, fieldsBefore.apply(old), fieldsAfter.apply(now)).ifPresent(changes::add);
            }
        });
        after.forEach((key, now) -> {
            if (!before.containsKey(key)) {
                changes.add(change.of(key, FormChange.Kind.ADDED, List.of()));
            }
        });
    }

    private static Optional<FormChange> compare(String key, Change change, Map<String, String> before, Map<String, String> after) {
        List<FormChange.FieldChange> fields = new ArrayList<>();
        before.forEach((name, value) -> {
            if (!Objects.equals(value, after.get(name))) {
                fields.add(new FormChange.FieldChange(name, value, after.get(name)));
            }
        });
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(change == null ? new FormChange(FormChange.Kind.CHANGED, null, null, fields)
                : change.of(key, FormChange.Kind.CHANGED, fields));
    }

    private static Map<String, String> formFields(Form form) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", form.name());
        fields.put("description", form.description());
        fields.put("sectionOrder", form.sections().stream().map(FormSection::key).collect(Collectors.joining(", ")));
        return fields;
    }

    private static Map<String, String> sectionFields(FormSection section) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", section.title());
        fields.put("weight", number(section.weight()));
        return fields;
    }

    private static Map<String, String> questionFields(Question q, String section) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("section", section);
        fields.put("type", q.type().name());
        fields.put("text", q.text());
        fields.put("help", q.help());
        fields.put("weight", number(q.weight()));
        fields.put("naAllowed", String.valueOf(q.naAllowed()));
        fields.put("scale", q.scale() == null ? null : q.scale().min() + " to " + q.scale().max());
        fields.put("choices", q.choices().isEmpty() ? null : q.choices().stream()
                .map(c -> c.value() + " \"" + c.label() + "\" " + number(c.points()) + (c.failing() ? " failing" : ""))
                .collect(Collectors.joining("; ")));
        fields.put("passingAnswer", q.passingAnswer());
        fields.put("critical", q.critical().level().name());
        fields.put("failingAnswer", q.critical().failingAnswer());
        fields.put("failBelow", q.critical().failBelow() == null ? null : q.critical().failBelow().toString());
        fields.put("shownWhen", q.shownWhen() == null ? null : q.shownWhen().question() + " = " + q.shownWhen().equals());
        SignalPreAnswer pre = q.preAnswer();
        fields.put("preAnswer", pre == null ? null : pre.condition() + ": " + pre.whenTrue()
                + (pre.whenFalse() == null ? "" : ", else " + pre.whenFalse()));
        return fields;
    }

    private static Map<String, String> sectionOf(Form form) {
        Map<String, String> sections = new LinkedHashMap<>();
        form.sections().forEach(s -> s.questions().forEach(q -> sections.put(q.key(), s.key())));
        return sections;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.putIfAbsent(key.apply(item), item));
        return byKey;
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
