package org.earshot.web.dashboard;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.earshot.dashboard.DashboardFilter;
import org.earshot.web.rest.InvalidRequestException;
import org.earshot.web.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filter every dashboard takes, as query parameters: {@code from} and {@code to} (days, ISO
 * {@code 2026-11-30}, both included; the last 30 days without them), {@code site}, {@code team},
 * {@code queue}, {@code agent} (ids) and {@code form} (a scorecard id, repeatable). A value that is not a
 * day or an id is a 400 on its parameter, all at once; the range and the ids themselves are checked by
 * the service. Every dashboard's resource takes it as a {@code @BeanParam}.
 */
public class DashboardParams {

    @QueryParam("from")
    @Parameter(description = "The first day, e.g. 2026-11-01 (UTC); default 29 days before to")
    private String from;

    @QueryParam("to")
    @Parameter(description = "The last day, included (UTC); default today; at most " + DashboardFilter.MAX_DAYS + " days after from")
    private String to;

    @QueryParam("site")
    @Parameter(description = "A site's id")
    private String site;

    @QueryParam("team")
    @Parameter(description = "A team's id")
    private String team;

    @QueryParam("queue")
    @Parameter(description = "A queue's id")
    private String queue;

    @QueryParam("agent")
    @Parameter(description = "An agent's user id")
    private String agent;

    @QueryParam("form")
    @Parameter(description = "A scorecard's id; repeat for several")
    private List<String> forms;

    public DashboardFilter toFilter() {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate first = day("from", from, errors);
        LocalDate last = day("to", to, errors);
        Long siteId = id("site", site, errors);
        Long teamId = id("team", team, errors);
        Long queueId = id("queue", queue, errors);
        Long agentId = id("agent", agent, errors);
        Set<Long> formIds = new HashSet<>();
        if (forms != null) {
            forms.forEach(form -> formIds.add(id("form", form, errors)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.get(0).message(), errors);
        }
        formIds.remove(null);
        return new DashboardFilter(first, last, siteId, teamId, queueId, agentId, formIds).withDefaultRange(LocalDate.now(ZoneOffset.UTC));
    }

    /** The constant an optional enum parameter names (any case), null when absent, else a 400 naming the choices. */
    static <E extends Enum<E>> E optionalChoice(Class<E> type, String parameter, String value) {
        return value == null || value.isBlank() ? null : choice(type, parameter, value, null);
    }

    /** The constant an enum parameter names (any case), its default when absent (none: a 400), else a 400 naming the choices. */
    static <E extends Enum<E>> E choice(Class<E> type, String parameter, String value, E otherwise) {
        if (value == null || value.isBlank()) {
            if (otherwise == null) {
                throw new InvalidRequestException(parameter, "Name one of " + Arrays.toString(type.getEnumConstants()));
            }
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(parameter, parameter + " must be one of " + Arrays.toString(type.getEnumConstants())
                    .toLowerCase(Locale.ROOT));
        }
    }

    /** The day an optional parameter names, null when absent, else a 400 on it. */
    static LocalDate optionalDay(String parameter, String value) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate day = day(parameter, value, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.get(0).message(), errors);
        }
        return day;
    }

    private static LocalDate day(String name, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(name, name + " must be a day written as 2026-11-30"));
            return null;
        }
    }

    private static Long id(String name, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below, as a value that is no id
        }
        errors.add(new Problem.FieldError(name, name + " must be an id (a whole number above 0)"));
        return null;
    }
}
