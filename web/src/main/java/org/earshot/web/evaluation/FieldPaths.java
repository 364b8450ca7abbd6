package org.earshot.web.evaluation;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.earshot.evaluation.Form;
import org.earshot.evaluation.FormSection;
import org.earshot.evaluation.Question;
import org.earshot.rules.FieldViolation;
import org.earshot.rules.RuleViolation;

/**
 * Shows a form's field errors on the editor's inputs. The services name a field by its path in the
 * form's JSON ({@code sections/1/questions/3/weight}); the editor's repeats are named like the JSON's
 * arrays, so the path is the input's client id once the segments after the last index are joined in
 * camel case ({@code scale/max} is the input {@code scaleMax}). A path with no input on the page (a
 * form-wide fault, or a setting the editor does not show) is listed above the editor with its path.
 */
final class FieldPaths {

    private static final Pattern INDEX = Pattern.compile("\\d+");
    private static final String ANSWERS = "answers/";

    private FieldPaths() {
    }

    /**
     * A call to a quality service (scorecards, calibration) whose field errors go onto the inputs of the form; it answers null
     * once it has shown them. A refusal about no field is left to {@code ServiceCall}, which puts it in the growl.
     */
    static <T> Supplier<T> onInputs(String formId, Supplier<T> call) {
        return onInputs(formId, UnaryOperator.identity(), call);
    }

    /**
     * The same for a service whose field paths are not the page's: {@code toInputPath} turns each into
     * the path of the page's input (an evaluation's {@code answers/greeting} into the question's place in
     * the form, {@code sections/0/questions/1/answer}).
     */
    static <T> Supplier<T> onInputs(String formId, UnaryOperator<String> toInputPath, Supplier<T> call) {
        return () -> {
            try {
                return call.get();
            } catch (RuleViolation e) {
                if (e.getViolations().isEmpty()) {
                    throw e;
                }
                show(e.getViolations().stream().map(v -> new FieldViolation(toInputPath.apply(v.field()), v.message())).toList(), formId);
                return null;
            }
        };
    }

    /**
     * An evaluation's answers are named {@code answers/<question key>}; on the evaluation page the answer's
     * input is at the question's place in the form ({@code sections/1/questions/0/answer}). Other fields are left as named.
     */
    static UnaryOperator<String> answersOf(Form form) {
        return field -> {
            if (field == null || !field.startsWith(ANSWERS)) {
                return field;
            }
            String key = field.substring(ANSWERS.length());
            List<FormSection> sections = form.sections();
            for (int s = 0; s < sections.size(); s++) {
                List<Question> questions = sections.get(s).questions();
                for (int q = 0; q < questions.size(); q++) {
                    if (questions.get(q).key().equals(key)) {
                        return "sections/" + s + "/questions/" + q + "/answer";
                    }
                }
            }
            return field;
        };
    }

    static void show(List<FieldViolation> violations, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldViolation violation : violations) {
            String clientId = violation.field() == null ? null : formId + ":" + inputId(violation.field());
            boolean onInput = clientId != null && faces.getViewRoot().invokeOnComponent(faces, clientId, (context, input) -> {
            });
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    onInput || violation.field() == null ? violation.message() : violation.field() + ": " + violation.message(), null);
            faces.addMessage(onInput ? clientId : null, message);
        }
        faces.validationFailed();
    }

    /** {@code sections/0/questions/2/critical/failingAnswer} is {@code sections:0:questions:2:criticalFailingAnswer}. */
    static String inputId(String path) {
        String[] segments = path.split("/");
        int lastIndex = -1;
        for (int i = 0; i < segments.length; i++) {
            if (INDEX.matcher(segments[i]).matches()) {
                lastIndex = i;
            }
        }
        StringBuilder id = new StringBuilder();
        for (int i = 0; i <= lastIndex; i++) {
            id.append(segments[i]).append(':');
        }
        for (int i = lastIndex + 1; i < segments.length; i++) {
            String segment = segments[i];
            id.append(i == lastIndex + 1 ? segment : Character.toUpperCase(segment.charAt(0)) + segment.substring(1));
        }
        return id.toString();
    }
}
