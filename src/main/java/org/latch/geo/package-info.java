/**
 * Turns a US ZIP code, a place name anywhere in the world or a "lat,lon" pair into
 * coordinates, from bundled open data (GeoNames, US Census ZIP centroids) and without any
 * network call.
 */
@NullMarked
package org.latch.geo;

import org.jspecify.annotations.NullMarked;
