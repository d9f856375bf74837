package org.latch.geo;

/**
 * A populated place from the bundled GeoNames data.
 *
 * @param name the name to show: GeoNames' main name, or the alternate name that matched
 * what was typed (GeoNames calls Cap-Haïtien "Okap")
 * @param country ISO 3166-1 alpha-2 code, e.g. {@code US}, {@code HT}
 * @param admin1 GeoNames first-level division code: the state for the US ({@code OR}),
 * often a number elsewhere; empty when unknown
 * @param point where the place is
 * @param population as GeoNames counts it; 0 when unknown
 */
public record Place(String name, String country, String admin1, GeoPoint point, int population) {
}
