package org.earshot.web.recording;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a request's {@code Range} header selects of an entity whose length is known (RFC 9110 §14):
 * the whole entity (200), one part of it (206), or nothing it has (416).
 * <ul>
 * <li>{@code bytes=a-b}, {@code bytes=a-} and the suffix {@code bytes=-n} are served; a last position
 *     past the end and a suffix longer than the entity are cut to the entity (§14.1.2).</li>
 * <li>A header that is not a valid byte ranges-specifier is ignored (§14.2): the whole entity.</li>
 * <li>Several ranges: the whole entity, which a server may always send instead of parts (§14.2);
 *     players ask for one range at a time, and a multipart body would buy them nothing. When none of
 *     them is satisfiable the answer is still 416, as for one.</li>
 * <li>No satisfiable range (a first position at or past the end, a suffix of zero): 416 with
 *     {@code Content-Range: bytes *}{@code /length} (§15.5.17).</li>
 * </ul>
 */
public final class RangeSelection {

    /** What kind of answer the selection calls for. */
    public enum Kind { WHOLE, PART, UNSATISFIABLE }

    // range-spec (§14.1.2): int-range "first-[last]" or suffix-range "-length"; digits only, no sign or space.
    private static final Pattern RANGE_SPEC = Pattern.compile("(\\d*)-(\\d*)");
    private static final String OWS = "[ \t]*";

    private final Kind kind;
    private final ByteRange part;
    private final long entityLength;

    private RangeSelection(Kind kind, ByteRange part, long entityLength) {
        this.kind = kind;
        this.part = part;
        this.entityLength = entityLength;
    }

    /**
     * @param rangeHeader the request's Range value, null when it sent none
     * @param entityLength the length of the whole entity in bytes
     */
    public static RangeSelection of(String rangeHeader, long entityLength) {
        RangeSelection whole = new RangeSelection(Kind.WHOLE, entityLength == 0 ? null : ByteRange.whole(entityLength), entityLength);
        if (rangeHeader == null) {
            return whole;
        }
        Optional<List<Spec>> specs = parse(rangeHeader);
        if (specs.isEmpty()) {
            return whole;
        }
        List<ByteRange> satisfiable = specs.get().stream()
                .map(spec -> spec.within(entityLength)).flatMap(Optional::stream).toList();
        if (satisfiable.isEmpty()) {
            return new RangeSelection(Kind.UNSATISFIABLE, null, entityLength);
        }
        return specs.get().size() == 1 ? new RangeSelection(Kind.PART, satisfiable.get(0), entityLength) : whole;
    }

    /** The range-specs of a valid "bytes=" header, or empty when the header is to be ignored. */
    private static Optional<List<Spec>> parse(String header) {
        int equals = header.indexOf('=');
        if (equals < 0 || !header.substring(0, equals).equalsIgnoreCase("bytes")) {
            return Optional.empty();
        }
        // A list (RFC 9110 §5.6.1) may hold empty elements, which a recipient skips; it needs one that is not.
        List<String> elements = Arrays.stream(header.substring(equals + 1).split(OWS + "," + OWS, -1))
                .filter(element -> !element.isEmpty()).toList();
        if (elements.isEmpty()) {
            return Optional.empty();
        }
        List<Spec> specs = elements.stream().map(Spec::parse).flatMap(Optional::stream).toList();
        return specs.size() == elements.size() ? Optional.of(specs) : Optional.empty();
    }

    public Kind kind() {
        return kind;
    }

    /** The bytes to send: the part for 206, every byte for 200; null for 416 or an empty entity. */
    public ByteRange bytes() {
        return part;
    }

    /** The Content-Range header of the answer, or null when a 200 needs none. */
    public String contentRange() {
        return switch (kind) {
            case WHOLE -> null;
            case PART -> part.contentRange(entityLength);
            case UNSATISFIABLE -> "bytes */" + entityLength;
        };
    }

    /** One range-spec: first-last, first- (last is null) or -suffix (first is null). */
    private record Spec(Long first, Long last) {

        static Optional<Spec> parse(String text) {
            Matcher matcher = RANGE_SPEC.matcher(text);
            if (!matcher.matches() || matcher.group(1).isEmpty() && matcher.group(2).isEmpty()) {
                return Optional.empty();
            }
            Long first = number(matcher.group(1));
            Long last = number(matcher.group(2));
            // An int-range whose last position is before its first is invalid, so the whole header is (§14.1.1).
            return first != null && last != null && last < first ? Optional.empty() : Optional.of(new Spec(first, last));
        }

        /** More digits than a long holds is still a valid position: it lies past any entity. */
        private static Long number(String digits) {
            if (digits.isEmpty()) {
                return null;
            }
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException tooLong) {
                return Long.MAX_VALUE;
            }
        }

        Optional<ByteRange> within(long length) {
            if (first == null) {
                return last == 0 || length == 0 ? Optional.empty()
                        : Optional.of(new ByteRange(Math.max(0, length - last), length - 1));
            }
            return first >= length ? Optional.empty()
                    : Optional.of(new ByteRange(first, last == null ? length - 1 : Math.min(last, length - 1)));
        }
    }
}
