package org.earshot.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitrary publishable forms of every question type (weights from 0, N/A allowed or not, critical
 * questions of both levels, questions shown only after an earlier YES) with arbitrary answers to them:
 * values, N/A where allowed, or none.
 */
final class FilledForms {

    /** A form and answers that fit it. */
    record FilledForm(Form form, Map<String, Answer> answers) {

        FilledForm with(String key, Answer answer) {
            Map<String, Answer> changed = new HashMap<>(answers);
            changed.put(key, answer);
            return new FilledForm(form, changed);
        }
    }

    /** What a generated question is made of, before it gets its key and its place. */
    private record Shape(QuestionType type, int weight, boolean naAllowed, int min, int span, List<Integer> points, CriticalLevel critical,
                         boolean yesPasses, boolean conditional) {
    }

    private FilledForms() {
    }

    static Arbitrary<FilledForm> filledForms() {
        Arbitrary<List<List<Shape>>> sections = shape().list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<List<Integer>> sectionWeights = Arbitraries.integers().between(0, 5).list().ofSize(4);
        return Combinators.combine(sections, sectionWeights).as(FilledForms::form)
                .filter(form -> FormValidation.ofPublished(form).isEmpty())
                .flatMap(form -> Arbitraries.integers().between(0, 1000).list().ofSize(form.questions().size())
                        .map(picks -> new FilledForm(form, answers(form, picks))));
    }

    /** The answer a critical question fails on. */
    static Answer failingAnswer(Question q) {
        return Answer.of(switch (q.type()) {
            case YES_NO -> q.critical().failingAnswer();
            case SCALE -> String.valueOf(q.scale().min());
            case CHOICE -> q.choices().stream().filter(Choice::failing).findFirst().orElseThrow().value();
            case TEXT -> throw new IllegalArgumentException("free text is never critical");
        });
    }

    private static Arbitrary<Shape> shape() {
        Arbitrary<QuestionType> type = Arbitraries.of(QuestionType.values());
        Arbitrary<Integer> weight = Arbitraries.integers().between(0, 5);
        Arbitrary<Integer> min = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> span = Arbitraries.integers().between(1, 10);
        Arbitrary<List<Integer>> points = Arbitraries.integers().between(0, 10).list().ofMinSize(2).ofMaxSize(4);
        Arbitrary<CriticalLevel> critical = Arbitraries.of(CriticalLevel.NONE, CriticalLevel.NONE, CriticalLevel.NONE, CriticalLevel.SECTION,
                CriticalLevel.FORM);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(type, weight, flag, min, span, points, critical, Arbitraries.of(0, 1, 2, 3))
                .as((t, w, na, lo, sp, pts, crit, bits) -> new Shape(t, w, na, lo, sp, pts, crit, (bits & 1) == 0, (bits & 2) != 0));
    }

    private static Form form(List<List<Shape>> sections, List<Integer> sectionWeights) {
        List<FormSection> built = new ArrayList<>();
        String lastYesNo = null;
        for (int s = 0; s < sections.size(); s++) {
            List<Question> questions = new ArrayList<>();
            for (int q = 0; q < sections.get(s).size(); q++) {
                Question question = question("s" + s + "q" + q, sections.get(s).get(q), lastYesNo);
                questions.add(question);
                lastYesNo = question.type() == QuestionType.YES_NO ? question.key() : lastYesNo;
            }
            built.add(new FormSection("s" + s, "Section " + s, sectionWeights.get(s), questions));
        }
        return new Form("Generated", null, built);
    }

    private static Question question(String key, Shape shape, String lastYesNo) {
        QuestionType type = shape.type();
        CriticalLevel level = type == QuestionType.TEXT ? CriticalLevel.NONE : shape.critical();
        String passing = shape.yesPasses() ? Question.YES : Question.NO;
        ScaleRange scale = type == QuestionType.SCALE ? new ScaleRange(shape.min(), shape.min() + shape.span()) : null;
        List<Choice> choices = new ArrayList<>();
        if (type == QuestionType.CHOICE) {
            List<Integer> points = shape.points();
            for (int c = 0; c < points.size(); c++) {
                // the last choice always gives a point, so some choice does; the first fails a critical question
                int given = c == points.size() - 1 ? Math.max(1, points.get(c)) : points.get(c);
                choices.add(new Choice("c" + c, "Choice " + c, given, level != CriticalLevel.NONE && c == 0));
            }
        }
        Critical critical = switch (level) {
            case NONE -> Critical.NONE;
            default -> new Critical(level, type == QuestionType.YES_NO ? (shape.yesPasses() ? Question.NO : Question.YES) : null,
                    type == QuestionType.SCALE ? shape.min() + 1 : null);
        };
        Condition condition = shape.conditional() && lastYesNo != null ? new Condition(lastYesNo, Question.YES) : null;
        return new Question(key, type, "Question " + key, null, shape.weight(), shape.naAllowed(), scale, choices,
                type == QuestionType.YES_NO ? passing : null, critical, condition, null);
    }

    /** For each question a pick: a quarter unanswered, a quarter N/A where allowed, the rest one of its values. */
    private static Map<String, Answer> answers(Form form, List<Integer> picks) {
        Map<String, Answer> answers = new HashMap<>();
        List<Question> questions = form.questions();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            int pick = picks.get(i);
            if (pick % 4 == 0) {
                continue;
            }
            if (pick % 4 == 1 && q.naAllowed()) {
                answers.put(q.key(), Answer.NOT_APPLICABLE);
                continue;
            }
            List<String> values = values(q);
            answers.put(q.key(), Answer.of(values.get((pick / 4) % values.size())));
        }
        return answers;
    }

    private static List<String> values(Question q) {
        return switch (q.type()) {
            case YES_NO -> List.of(Question.YES, Question.NO);
            case SCALE -> IntStream.rangeClosed(q.scale().min(), q.scale().max()).mapToObj(String::valueOf).toList();
            case CHOICE -> q.choices().stream().map(Choice::value).toList();
            case TEXT -> List.of("a note");
        };
    }
}
