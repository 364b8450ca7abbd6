package org.earshot.web.recording;

/**
 * Which bytes of an entity a response carries: the first and last positions, both inclusive,
 * as HTTP writes them ({@code Content-Range: bytes 0-99/5000} is the first hundred).
 */
public record ByteRange(long first, long last) {

    public ByteRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("not a byte range: " + first + "-" + last);
        }
    }

    public static ByteRange whole(long length) {
        return new ByteRange(0, length - 1);
    }

    public long length() {
        return last - first + 1;
    }

    /** The Content-Range value of a 206 that carries these bytes of an entity of the given length. */
    public String contentRange(long entityLength) {
        return "bytes " + first + "-" + last + "/" + entityLength;
    }
}
