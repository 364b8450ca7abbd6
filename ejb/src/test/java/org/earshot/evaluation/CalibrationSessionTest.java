package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.earshot.evaluation.QuestionBuilder.form;
import static org.earshot.evaluation.QuestionBuilder.scale;
import static org.earshot.evaluation.QuestionBuilder.section;
import static org.earshot.evaluation.QuestionBuilder.text;
import static org.earshot.evaluation.QuestionBuilder.yesNo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.earshot.organization.User;
import org.earshot.rules.FieldViolation;
import org.earshot.testing.Fields;
import org.earshot.testing.OrgFixture;
import org.junit.jupiter.api.Test;

/**
 * A calibration session keeps each participant's sheet, scored by the form, closes when the last sheet
 * is in or when its lead closes it, and decides who may read the report: blind scoring.
 */
class CalibrationSessionTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private final OrgFixture org = new OrgFixture();
    private final User lead = org.user("qa.lead");
    private final User expert = org.user("expert");
    private final User ann = org.user("ann");
    private final User bob = org.user("bob");
    private final User outsider = org.user("outsider");
    private final CalibrationSession session = Fields.withId(new CalibrationSession("Week 49", "call-1", UUID.randomUUID(), published(),
            lead, expert, List.of(ann, bob), NOW, NOW.plus(Duration.ofDays(2))), 5L);

    /** greeting yes/no; held yes/no with N/A; etiquette shown only when held is YES; empathy 1–5; notes free text. */
    private static ScorecardVersion published() {
        Scorecard scorecard = Fields.withId(new Scorecard(form(section("s", 1, yesNo("greeting"), yesNo("held").naAllowed(),
                yesNo("etiquette").shownWhen("held", "YES"), scale("empathy", 1, 5), text("notes"))), "qa", NOW), 7L);
        scorecard.publish(1, "qa", NOW);
        return scorecard.version(1);
    }

    private CalibrationParticipant sheetOf(User user) {
        return session.participant(user.getId()).orElseThrow();
    }

    private void scoreAndSubmit(User user, String greeting, String empathy) {
        session.saveAnswers(sheetOf(user), Map.of("greeting", Answer.of(greeting), "held", Answer.NOT_APPLICABLE, "etiquette",
                Answer.of("YES"), "empathy", Answer.of(empathy)));
        session.submit(sheetOf(user), user.getUsername(), NOW.plusSeconds(60));
    }

    @Test
    void eachSheetIsScoredByTheFormAndReadAsCategoriesWithoutHiddenOrFreeTextQuestions() {
        // greeting 1, empathy (4 − 1) / 4 = 0.75; held N/A and etiquette hidden leave the denominator: (1 + 0.75) / 2
        scoreAndSubmit(ann, "YES", "4");

        CalibrationSheet sheet = session.scores().sheets().get(0);
        assertThat(sheet.score()).isEqualTo(87.5);
        assertThat(sheet.answers()).containsOnly(Map.entry("greeting", "YES"), Map.entry("held", "N/A"), Map.entry("empathy", "4"));
        assertThat(session.scores().questionKeys()).containsExactly("greeting", "held", "etiquette", "empathy");
        assertThat(session.scores().reference().evaluatorId()).isEqualTo(expert.getId());
    }

    @Test
    void aSubmittedSheetIsFinalAndAnIncompleteOneIsNotSubmitted() {
        session.saveAnswers(sheetOf(ann), Map.of("greeting", Answer.of("YES")));
        assertThatThrownBy(() -> session.submit(sheetOf(ann), "ann", NOW))
                .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.getViolations()).extracting(FieldViolation::field)
                        .containsExactly("answers/held", "answers/empathy"));

        scoreAndSubmit(ann, "YES", "4");
        assertThatThrownBy(() -> session.saveAnswers(sheetOf(ann), Map.of("greeting", Answer.of("NO"))))
                .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.isConflict()).isTrue());
    }

    @Test
    void whileOpenNoParticipantReadsTheReportAndTheLeadDoes() {
        scoreAndSubmit(ann, "YES", "4");

        assertThat(session.getState()).isEqualTo(CalibrationState.OPEN);
        assertThat(session.reportVisibleTo(ann.getId())).as("submitted, but others still score").isFalse();
        assertThat(session.reportVisibleTo(bob.getId())).isFalse();
        assertThat(session.reportVisibleTo(expert.getId())).isFalse();
        assertThat(session.reportVisibleTo(lead.getId())).isTrue();
        assertThat(session.reportVisibleTo(outsider.getId())).isFalse();
    }

    @Test
    void theLastSheetInClosesTheSessionForEveryParticipantToReadTheReport() {
        scoreAndSubmit(ann, "YES", "4");
        scoreAndSubmit(bob, "NO", "2");
        scoreAndSubmit(expert, "YES", "3");

        assertThat(session.getState()).isEqualTo(CalibrationState.CLOSED);
        assertThat(session.summary(lead.getId(), NOW).closedBy()).isEqualTo("expert");
        assertThat(List.of(ann, bob, expert, lead)).allSatisfy(u -> assertThat(session.reportVisibleTo(u.getId())).isTrue());
        assertThat(session.reportVisibleTo(outsider.getId())).isFalse();
        assertThat(CalibrationReport.of(session.scores()).partial()).isFalse();
    }

    @Test
    void theLeadClosesEarlyAndTheReportIsFlaggedPartialWithWhoDidNotSubmit() {
        scoreAndSubmit(ann, "YES", "4");
        scoreAndSubmit(expert, "YES", "3");

        session.close("qa.lead", NOW.plusSeconds(120));

        CalibrationReport report = CalibrationReport.of(session.scores());
        assertThat(report.partial()).isTrue();
        assertThat(report.notSubmitted()).containsExactly(bob.getId());
        assertThat(report.submitted()).isEqualTo(1);
        assertThatThrownBy(() -> session.close("qa.lead", NOW)).isInstanceOfSatisfying(EvaluationException.class,
                e -> assertThat(e.isConflict()).isTrue());
        assertThatThrownBy(() -> session.saveAnswers(sheetOf(bob), Map.of("greeting", Answer.of("NO"))))
                .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.isConflict()).isTrue());
    }

    @Test
    void aLeadWhoIsTheReferenceReadsTheReportOnlyOnceTheirOwnSheetIsIn() {
        CalibrationSession led = Fields.withId(new CalibrationSession("Week 50", "call-2", null, published(), lead, lead,
                List.of(ann, bob), NOW, NOW.plusSeconds(3600)), 6L);
        assertThat(led.reportVisibleTo(lead.getId())).isFalse();

        CalibrationParticipant own = led.participant(lead.getId()).orElseThrow();
        led.saveAnswers(own, Map.of("greeting", Answer.of("YES"), "held", Answer.of("NO"), "empathy", Answer.of("5")));
        led.submit(own, "qa.lead", NOW);

        assertThat(led.reportVisibleTo(lead.getId())).isTrue();
        assertThat(led.summary(lead.getId(), NOW).viewerPart()).isEqualTo(CalibrationSummary.Part.REFERENCE);
    }

    @Test
    void anOpenSessionPastItsDueDateIsOverdue() {
        assertThat(session.summary(lead.getId(), NOW.plus(Duration.ofDays(3))).overdue()).isTrue();
        assertThat(session.summary(lead.getId(), NOW).overdue()).isFalse();
    }

    @Test
    void aRequestIsCheckedFieldByField() {
        NewCalibration request = new NewCalibration(" ", null, null, 3L, List.of(3L, 4L), NOW.minusSeconds(1));
        assertThat(request.problems(NOW)).extracting(FieldViolation::field)
                .containsExactly("title", "recordingId", "evaluatorIds", "dueAt");
        assertThat(new NewCalibration("ok", UUID.randomUUID(), null, 1L, List.of(2L), null).problems(NOW))
                .extracting(FieldViolation::message).containsExactly("Invite at least 2 evaluators");
        assertThat(new NewCalibration("ok", UUID.randomUUID(), null, 1L, List.of(2L, 2L), null).problems(NOW))
                .extracting(FieldViolation::message).containsExactly("Invite each evaluator once");
        assertThat(new NewCalibration("ok", UUID.randomUUID(), null, 1L, List.of(2L, 3L), null).dueAt(NOW))
                .isEqualTo(NOW.plus(NewCalibration.DEFAULT_DUE_IN));
    }
}
