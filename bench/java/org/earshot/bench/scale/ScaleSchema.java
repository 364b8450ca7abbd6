package org.earshot.bench.scale;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.earshot.access.PasswordCredential;
import org.earshot.evaluation.Answer;
import org.earshot.evaluation.AnswersJson;
import org.earshot.evaluation.Choice;
import org.earshot.evaluation.Form;
import org.earshot.evaluation.FormJson;
import org.earshot.evaluation.FormScoring;
import org.earshot.evaluation.Question;
import org.earshot.evaluation.QuestionType;
import org.earshot.evaluation.ScoreReport;
import org.earshot.schema.SchemaMigration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The part of bench/scale-data.sh that needs Earshot's own code: migrates the database with Earshot's
 * SchemaMigration (the Flyway run the application does at deployment, so the application later finds
 * the schema current), then writes to stdout a SQL script of session-temporary seed tables for the set-based fill:
 * the login credential every generated user shares (hashed as PasswordCredential does), the demo
 * scorecard as the canonical JSON a published version stores, and answer sets for it, each scored by
 * FormScoring, ordered from worst to best (the fill picks one by an agent's skill, so stored totals and
 * answers always agree). Deterministic for a seed, apart from the credential's salt.
 * Usage: ScaleSchema JDBC_URL USER SEED ANSWER_SETS
 */
public final class ScaleSchema {

    static final String PASSWORD = "earshot-demo";
    private static final String SCORECARD = "/demo/customer-service-call.scorecard.json";

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setURL(args[0]);
        db.setUser(args[1]);
        new SchemaMigration(db).migrate();
        Random random = new Random(Long.parseLong(args[2]));
        int sets = Integer.parseInt(args[3]);
        Form form = FormJson.read(shipped(SCORECARD));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        credential(out);
        out.println("CREATE TEMP TABLE seed_form (name text, definition text);");
        out.println("INSERT INTO seed_form VALUES (" + literal(form.name()) + ", " + literal(FormJson.write(form)) + ");");
        out.println("CREATE TEMP TABLE seed_answers (rank int PRIMARY KEY, answers text, total numeric(5, 2), auto_failed boolean);");
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < sets; i++) {
            Map<String, Answer> answers = answers(form, i / (double) Math.max(1, sets - 1), random);
            ScoreReport report = FormScoring.score(form, answers);
            scored.add(new Scored(AnswersJson.write(answers), report.total(), report.autoFailed()));
        }
        scored.sort(Comparator.comparing((Scored s) -> s.total == null ? BigDecimal.ZERO : s.total));
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            out.println("INSERT INTO seed_answers VALUES (" + i + ", " + literal(s.answers) + ", "
                    + (s.total == null ? "NULL" : s.total.toPlainString()) + ", " + s.autoFailed + ");");
        }
    }

    /** The fields PasswordCredential stores, read from a real one: no second copy of its hashing here. */
    private static void credential(PrintStream out) throws ReflectiveOperationException {
        PasswordCredential credential = PasswordCredential.of(PASSWORD.toCharArray());
        out.println("CREATE TEMP TABLE seed_login (hash text, salt text, iterations int);");
        out.println("INSERT INTO seed_login VALUES (" + literal(field(credential, "hash")) + ", " + literal(field(credential, "salt"))
                + ", " + field(credential, "iterations") + ");");
    }

    private static String field(PasswordCredential credential, String name) throws ReflectiveOperationException {
        Field field = PasswordCredential.class.getDeclaredField(name);
        field.setAccessible(true);
        return String.valueOf(field.get(credential));
    }

    /**
     * Answers to every question shown, better the higher the quality (0 to 1): a passing or high answer is
     * more likely, a critical question fails rarely, N/A now and then where allowed.
     */
    private static Map<String, Answer> answers(Form form, double quality, Random random) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question q : form.questions()) {
            if (q.shownWhen() != null) {
                Answer shownBy = answers.get(q.shownWhen().question());
                if (shownBy == null || !q.shownWhen().equals().equals(shownBy.value())) {
                    continue;
                }
            }
            if (q.naAllowed() && random.nextDouble() < 0.1) {
                answers.put(q.key(), Answer.NOT_APPLICABLE);
                continue;
            }
            double good = Math.min(1, Math.max(0, quality + random.nextGaussian() * 0.2));
            answers.put(q.key(), Answer.of(value(q, good, random)));
        }
        return answers;
    }

    private static String value(Question q, double good, Random random) {
        return switch (q.type()) {
            case YES_NO -> {
                double pass = q.isCritical() ? 0.97 + 0.03 * good : 0.5 + 0.5 * good;
                String fail = Question.YES.equals(q.passingAnswer()) ? Question.NO : Question.YES;
                yield random.nextDouble() < pass ? q.passingAnswer() : fail;
            }
            case SCALE -> String.valueOf(q.scale().min() + Math.round(good * (q.scale().max() - q.scale().min())));
            case CHOICE -> {
                List<Choice> byPoints = q.choices().stream().sorted(Comparator.comparingDouble(Choice::points)).toList();
                yield byPoints.get((int) Math.min(byPoints.size() - 1, Math.floor(good * byPoints.size()))).value();
            }
            case TEXT -> "Generated note " + random.nextInt(1000);
        };
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String shipped(String path) throws IOException {
        try (InputStream file = ScaleSchema.class.getResourceAsStream(path)) {
            if (file == null) {
                throw new IllegalStateException("no " + path + " on the classpath (ejb/target/classes)");
            }
            return new String(file.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private record Scored(String answers, BigDecimal total, boolean autoFailed) {
    }
}
