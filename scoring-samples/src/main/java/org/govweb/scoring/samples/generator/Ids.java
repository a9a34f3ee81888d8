package org.govweb.scoring.samples.generator;

/** Zero-padded numbers of generated ids, as {@code String.format("%0Nd")} writes them, without its cost. */
final class Ids {
    private Ids() {
    }

    /**
     * @param value a non-negative number
     * @param width the least number of digits
     * @return the number's digits, left-padded with zeros to {@code width}
     */
    static String pad(int value, int width) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
