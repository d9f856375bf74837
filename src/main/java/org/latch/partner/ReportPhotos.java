package org.latch.partner;

import org.springframework.stereotype.Component;

import org.latch.platform.PlatformSettings;

/**
 * Photos of violation reports under {@code LATCH_DATA_DIR/code-report-photos}, shown to
 * moderators only.
 */
@Component
class ReportPhotos extends PrivateFiles {

	ReportPhotos(PlatformSettings settings) {
		super(settings.dataDir().resolve("code-report-photos"));
	}

}
