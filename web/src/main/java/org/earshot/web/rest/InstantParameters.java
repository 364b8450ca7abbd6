package org.earshot.web.rest;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;

/** Reads time parameters (the audit trail's from and to) as ISO-8601 instants, e.g. 2025-01-31T09:00:00Z. */
@Provider
public class InstantParameters implements ParamConverterProvider {

    private static final ParamConverter<Instant> ISO_INSTANT = new ParamConverter<>() {
        @Override
        public Instant fromString(String value) {
            return value == null || value.isBlank() ? null : Instant.parse(value.strip());
        }

        @Override
        public String toString(Instant value) {
            return value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == Instant.class ? (ParamConverter<T>) ISO_INSTANT : null;
    }
}
