package org.latch.geo;

/**
 * A point on the Earth in decimal degrees (WGS 84): latitude from -90 to 90, longitude
 * from -180 to 180.
 */
public record GeoPoint(double latitude, double longitude) {

	/** Mean Earth radius (IUGG), the usual choice for haversine distances. */
	private static final double EARTH_RADIUS_KM = 6371.0088;

	public GeoPoint {
		if (!isValid(latitude, longitude)) {
			throw new IllegalArgumentException("Not a point on Earth: " + latitude + "," + longitude);
		}
	}

	/** True when the two numbers make a point; NaN and infinities never do. */
	public static boolean isValid(double latitude, double longitude) {
		return latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180;
	}

	/** Great-circle distance in kilometres (haversine formula, spherical Earth). */
	public double distanceKm(GeoPoint other) {
		double lat1 = Math.toRadians(this.latitude);
		double lat2 = Math.toRadians(other.latitude);
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(other.longitude - this.longitude);
		double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
