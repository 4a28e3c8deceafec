package io.ssi.rules;

/**
 * How many examples a property test tries: the number it names, or a share of it when the
 * system property {@code ssi.examples.percent} asks for fewer. The mutation profile sets it, as
 * PIT runs every test that covers a surviving mutant, and a property of a few hundred examples
 * would cost more than all the example tests together; {@code mvn verify} runs every example.
 */
public final class Examples {

    /** The fewest examples a property tries, however low the share. */
    static final int FLOOR = 10;

    private Examples() {
    }

    /**
     * The examples to try.
     *
     * @param full how many the property tries in an ordinary build
     * @return {@code full}, or {@code ssi.examples.percent} percent of it but at least
     *         {@value #FLOOR} (or {@code full} when that is fewer)
     */
    public static int of(int full) {
        int percent = Integer.getInteger("ssi.examples.percent", 100);
        if (percent >= 100) {
            return full;
        }
        return Math.min(full, Math.max(FLOOR, full * Math.max(percent, 0) / 100));
    }
}
