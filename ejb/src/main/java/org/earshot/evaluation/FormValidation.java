package org.earshot.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.earshot.rules.FieldViolation;

/**
 * Whether a form can be saved and published, as a list of field errors (empty: it can). Paths name
 * the field like a JSON pointer without its leading slash, indexes from 0:
 * {@code sections/1/questions/3/weight}. A draft may still lack sections and questions; a form to be
 * published needs at least one section, a question in every section and a scored question. Every
 * other rule holds for drafts too, so any saved version can be previewed and scored.
 *
 * <p>A condition may only depend on an earlier question, so conditions cannot form a cycle: any cycle
 * has a condition pointing forward, and that condition is the field error.
 */
public final class FormValidation {

    public static final int NAME_LENGTH = 120;
    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int TITLE_LENGTH = 200;
    public static final int TEXT_LENGTH = 500;
    public static final int HELP_LENGTH = 2000;
    public static final double MAX_WEIGHT = 1000;
    public static final int MAX_SCALE_POINTS = 101;
    static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private final Form form;
    private final List<FieldViolation> violations = new ArrayList<>();
    /** Each question's position in the form, to tell earlier from later. */
    private final Map<String, Integer> positions = new HashMap<>();

    private FormValidation(Form form) {
        this.form = form;
        List<Question> questions = form.questions();
        for (int i = questions.size() - 1; i >= 0; i--) {
            positions.put(questions.get(i).key(), i); // the first of duplicate keys wins
        }
    }

    /** The faults of a form to be saved as a draft. */
    public static List<FieldViolation> ofDraft(Form form) {
        FormValidation check = new FormValidation(form);
        check.checkForm();
        return List.copyOf(check.violations);
    }

    /** The faults of a form to be published: a draft's, and the parts a published form cannot lack. */
    public static List<FieldViolation> ofPublished(Form form) {
        FormValidation check = new FormValidation(form);
        check.checkForm();
        check.checkComplete();
        return List.copyOf(check.violations);
    }

    private void checkForm() {
        text("name", form.name(), NAME_LENGTH, true, "Name the form");
        text("description", form.description(), DESCRIPTION_LENGTH, false, null);
        Map<String, Integer> sectionKeys = new HashMap<>();
        Map<String, String> questionKeys = new HashMap<>();
        int position = 0;
        for (int s = 0; s < form.sections().size(); s++) {
            FormSection section = form.sections().get(s);
            String at = "sections/" + s;
            key(at + "/key", section.key(), sectionKeys.putIfAbsent(section.key(), s), "section " + sectionKeys.get(section.key()));
            text(at + "/title", section.title(), TITLE_LENGTH, true, "Give the section a title");
            weight(at + "/weight", section.weight());
            for (int q = 0; q < section.questions().size(); q++) {
                Question question = section.questions().get(q);
                String path = at + "/questions/" + q;
                String earlier = questionKeys.putIfAbsent(question.key(), path);
                key(path + "/key", question.key(), earlier, earlier);
                checkQuestion(path, question, position++);
            }
            List<Question> scored = section.questions().stream().filter(Question::isScored).toList();
            if (!scored.isEmpty() && scored.stream().allMatch(q -> q.weight() == 0)) {
                add(at + "/questions", "The weights of this section's scored questions sum to 0: give at least one a positive weight");
            }
        }
        List<FormSection> scoredSections = form.sections().stream()
                .filter(s -> s.questions().stream().anyMatch(Question::isScored)).toList();
        if (!scoredSections.isEmpty() && scoredSections.stream().allMatch(s -> s.weight() == 0)) {
            add("sections", "The weights of the sections with scored questions sum to 0: give at least one a positive weight");
        }
    }

    private void checkComplete() {
        if (form.sections().isEmpty()) {
            add("sections", "A form needs at least one section");
        }
        for (int s = 0; s < form.sections().size(); s++) {
            if (form.sections().get(s).questions().isEmpty()) {
                add("sections/" + s + "/questions", "A section needs at least one question");
            }
        }
        if (!form.sections().isEmpty() && form.questions().stream().noneMatch(Question::isScored)) {
            add("sections", "A form needs at least one scored question (yes/no, scale or choice)");
        }
    }

    private void checkQuestion(String at, Question question, int position) {
        if (question.type() == null) {
            add(at + "/type", "Choose the question's type: " + Arrays.toString(QuestionType.values()));
            return;
        }
        text(at + "/text", question.text(), TEXT_LENGTH, true, "Write the question");
        text(at + "/help", question.help(), HELP_LENGTH, false, null);
        weight(at + "/weight", question.weight());
        scale(at, question);
        choices(at, question);
        passingAnswer(at, question);
        critical(at, question);
        condition(at + "/shownWhen", question, position);
        preAnswer(at + "/preAnswer", question);
    }

    private void scale(String at, Question question) {
        ScaleRange scale = question.scale();
        if (question.type() != QuestionType.SCALE) {
            if (scale != null) {
                add(at + "/scale", "Only a SCALE question has a scale");
            }
            return;
        }
        if (scale == null) {
            add(at + "/scale", "Give the scale's minimum and maximum, e.g. 1 to 5");
        } else if (scale.min() >= scale.max()) {
            add(at + "/scale/max", "The scale's maximum must be above its minimum (" + scale.min() + ")");
        } else if ((long) scale.max() - scale.min() + 1 > MAX_SCALE_POINTS) {
            add(at + "/scale/max", "A scale has at most " + MAX_SCALE_POINTS + " points");
        }
    }

    private void choices(String at, Question question) {
        List<Choice> choices = question.choices();
        if (question.type() != QuestionType.CHOICE) {
            if (!choices.isEmpty()) {
                add(at + "/choices", "Only a CHOICE question has choices");
            }
            return;
        }
        if (choices.size() < 2) {
            add(at + "/choices", "A choice question needs at least two choices");
        }
        Map<String, Integer> values = new HashMap<>();
        for (int c = 0; c < choices.size(); c++) {
            Choice choice = choices.get(c);
            String path = at + "/choices/" + c;
            if (choice.value() == null || choice.value().isBlank()) {
                add(path + "/value", "Give the choice a value");
            } else if (values.putIfAbsent(choice.value(), c) != null) {
                add(path + "/value", "Choice " + values.get(choice.value()) + " has the value \"" + choice.value() + "\" already");
            }
            text(path + "/label", choice.label(), TITLE_LENGTH, true, "Give the choice a label");
            weight(path + "/points", choice.points());
            if (choice.failing() && !question.isCritical()) {
                add(path + "/failing", "Only a critical question has failing choices");
            }
        }
        if (!choices.isEmpty() && choices.stream().allMatch(c -> c.points() == 0)) {
            add(at + "/choices", "At least one choice must give points");
        }
    }

    private void passingAnswer(String at, Question question) {
        if (question.type() == QuestionType.YES_NO) {
            if (!question.accepts(question.passingAnswer())) {
                add(at + "/passingAnswer", "The passing answer is YES or NO");
            }
        } else if (question.passingAnswer() != null) {
            add(at + "/passingAnswer", "Only a YES_NO question has a passing answer");
        }
    }

    private void critical(String at, Question question) {
        Critical critical = question.critical();
        boolean yesNo = question.type() == QuestionType.YES_NO;
        boolean scale = question.type() == QuestionType.SCALE;
        if (critical.failingAnswer() != null && !(yesNo && critical.isCritical())) {
            add(at + "/failingAnswer", "Only a critical YES_NO question has a failing answer");
        }
        if (critical.failBelow() != null && !(scale && critical.isCritical())) {
            add(at + "/failBelow", "Only a critical SCALE question fails below a value");
        }
        if (!critical.isCritical()) {
            return;
        }
        switch (question.type()) {
            case TEXT -> add(at + "/critical", "A free-text question cannot be critical");
            case YES_NO -> {
                if (!question.accepts(critical.failingAnswer())) {
                    add(at + "/failingAnswer", "Name the answer (YES or NO) that fails this critical question");
                } else if (critical.failingAnswer().equals(question.passingAnswer())) {
                    add(at + "/failingAnswer", "The failing answer cannot be the passing answer");
                }
            }
            case SCALE -> {
                ScaleRange range = question.scale();
                if (critical.failBelow() == null) {
                    add(at + "/failBelow", "Say below which value this critical question fails");
                } else if (range != null && critical.failBelow() <= range.min()) {
                    add(at + "/failBelow", "No answer is below the scale's minimum (" + range.min() + "): nothing would fail");
                } else if (range != null && critical.failBelow() > range.max()) {
                    add(at + "/failBelow", "Every answer is below " + critical.failBelow() + ": at most the maximum (" + range.max() + ")");
                }
            }
            case CHOICE -> {
                if (question.choices().stream().noneMatch(Choice::failing)) {
                    add(at + "/choices", "Flag the choices that fail this critical question");
                } else if (question.choices().stream().allMatch(Choice::failing)) {
                    add(at + "/choices", "Every choice fails: leave at least one that passes");
                }
            }
        }
    }

    private void condition(String at, Question question, int position) {
        Condition condition = question.shownWhen();
        if (condition == null) {
            return;
        }
        String target = condition.question();
        Integer targetPosition = positions.get(target);
        if (target == null || target.isBlank()) {
            add(at + "/question", "Name the earlier question this one depends on");
        } else if (target.equals(question.key())) {
            add(at + "/question", "A question cannot depend on its own answer");
        } else if (targetPosition == null) {
            add(at + "/question", "No question has the key \"" + target + "\"");
        } else if (targetPosition > position) {
            add(at + "/question", "\"" + target + "\" comes after this question: a condition can only depend on an earlier one");
        } else {
            Question depended = form.questions().get(targetPosition);
            if (depended.type() == QuestionType.TEXT) {
                add(at + "/question", "A condition cannot depend on a free-text answer");
            } else if (!depended.accepts(condition.equals())) {
                add(at + "/equals", "\"" + target + "\" cannot be answered \"" + condition.equals() + "\"");
            }
        }
    }

    private void preAnswer(String at, Question question) {
        SignalPreAnswer pre = question.preAnswer();
        if (pre == null) {
            return;
        }
        if (question.type() == QuestionType.TEXT) {
            add(at, "A free-text question cannot be pre-answered");
            return;
        }
        if (!question.accepts(pre.whenTrue())) {
            add(at + "/whenTrue", "Propose an answer this question takes when the comparison holds");
        }
        if (pre.whenFalse() != null && !question.accepts(pre.whenFalse())) {
            add(at + "/whenFalse", "This question cannot be answered \"" + pre.whenFalse() + "\"");
        }
    }

    private void key(String at, String key, Object earlier, Object earlierName) {
        if (key == null || !KEY.matcher(key).matches()) {
            add(at, "A key is a letter then up to 63 letters, digits, '_' or '-'");
        } else if (earlier != null) {
            add(at, "The key \"" + key + "\" is used already, by " + earlierName);
        }
    }

    private void text(String at, String value, int maxLength, boolean required, String missing) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(at, missing);
            }
        } else if (value.length() > maxLength) {
            add(at, "At most " + maxLength + " characters");
        }
    }

    private void weight(String at, double weight) {
        if (!Double.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) {
            add(at, "A number from 0 to " + (int) MAX_WEIGHT);
        }
    }

    private void add(String field, String message) {
        violations.add(new FieldViolation(field, message));
    }
}
