package org.earshot.evaluation;

/** The whole numbers a SCALE question takes, from min to max (1 to 5, 0 to 10). */
public record ScaleRange(int min, int max) {

    public boolean contains(int value) {
        return value >= min && value <= max;
    }
}
