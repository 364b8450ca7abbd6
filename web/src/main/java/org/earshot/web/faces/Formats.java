package org.earshot.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the console writes times and sets. Times are in UTC, labelled so: an organization spans
 * sites in several time zones, and audit entries must read the same to every reviewer.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public String instant(Instant at) {
        return at == null ? "" : UTC.format(at);
    }

    /** "1:05" for a minute and five seconds, "1:02:03" past the hour. */
    public String duration(Duration length) {
        long seconds = Math.max(0, length.toSeconds());
        long hours = seconds / 3600;
        String rest = String.format(Locale.ROOT, hours > 0 ? "%02d:%02d" : "%d:%02d", seconds / 60 % 60, seconds % 60);
        return hours > 0 ? hours + ":" + rest : rest;
    }

    /** A constant as words, e.g. ON_CALL as "on call"; empty for none. */
    public String words(Enum<?> constant) {
        return constant == null ? "" : constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "LISTEN, WHISPER" in declaration order, whatever order the set was loaded in. */
    public String list(Collection<? extends Enum<?>> constants) {
        return constants.stream().sorted(Comparator.comparingInt(Enum::ordinal)).map(Enum::name).collect(Collectors.joining(", "));
    }
}
