package org.earshot.telephony.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A recording of 8 kHz audio cut into half-second windows, each holding the tones found in it:
 * a timeline of who was heard when (a partial last window is left out).
 */
public final class ToneWindows {

    private static final int RATE = 8000;
    private static final int WINDOW = RATE / 2;

    private final List<Set<Integer>> windows;

    private ToneWindows(List<Set<Integer>> windows) {
        this.windows = windows;
    }

    public static ToneWindows of(short[] samples, int... hertz) {
        List<Set<Integer>> windows = new ArrayList<>();
        for (int start = 0; start + WINDOW <= samples.length; start += WINDOW) {
            short[] window = Arrays.copyOfRange(samples, start, start + WINDOW);
            Set<Integer> present = new LinkedHashSet<>();
            for (int tone : hertz) {
                if (Goertzel.present(window, RATE, tone)) {
                    present.add(tone);
                }
            }
            windows.add(present);
        }
        return new ToneWindows(windows);
    }

    /** Whether every window holds exactly these of the tones looked for. */
    public boolean eachHoldsExactly(Set<Integer> tones) {
        return windows.stream().allMatch(tones::equals);
    }

    public int size() {
        return windows.size();
    }

    /** How many windows hold the tone. */
    public long count(int hertz) {
        return windows.stream().filter(window -> window.contains(hertz)).count();
    }

    /** The index of the first window holding the tone, or -1. */
    public int first(int hertz) {
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i).contains(hertz)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the last window holding the tone, or -1. */
    public int last(int hertz) {
        for (int i = windows.size() - 1; i >= 0; i--) {
            if (windows.get(i).contains(hertz)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return windows.toString();
    }
}
