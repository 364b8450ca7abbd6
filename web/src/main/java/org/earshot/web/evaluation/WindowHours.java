package org.earshot.web.evaluation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.earshot.evaluation.WorkflowPolicy;

/** An evaluation workflow window in whole hours, as a request gives it: present, from 1 to 8784 (366 days). */
@NotNull(message = "{earshot.evaluationPolicy.window.required}")
@Min(value = 1, message = "{earshot.evaluationPolicy.window.min}")
@Max(value = WorkflowPolicy.LONGEST_HOURS, message = "{earshot.evaluationPolicy.window.max}")
@Constraint(validatedBy = {})
@Documented
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface WindowHours {

    String message() default "{earshot.evaluationPolicy.window.max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
