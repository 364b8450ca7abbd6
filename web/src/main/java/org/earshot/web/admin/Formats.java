package org.earshot.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
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

    /** "LISTEN, WHISPER" in declaration order, whatever order the set was loaded in. */
    public String list(Collection<? extends Enum<?>> constants) {
        return constants.stream().sorted(Comparator.comparingInt(Enum::ordinal)).map(Enum::name).collect(Collectors.joining(", "));
    }
}
