package org.latch.impact;

/**
 * One figure as the pages show it: its key, the number in the reader's format, its name
 * and what it counts.
 */
record ShownFigure(String key, String number, String label, String meaning) {
}
