package org.latch.platform;

/**
 * Offers the home page a strip of figures (the impact module does); the home page shows
 * it when a bean of this type exists.
 */
public interface HomeStrips {

	HomeStrip strip(Localizer i18n);

}
