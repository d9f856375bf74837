package org.latch.partner;

import org.springframework.stereotype.Component;

import org.latch.platform.PlatformSettings;

/**
 * Evidence files of partner applications under {@code LATCH_DATA_DIR/partner-evidence}.
 */
@Component
class EvidenceStore extends PrivateFiles {

	EvidenceStore(PlatformSettings settings) {
		super(settings.dataDir().resolve("partner-evidence"));
	}

}
