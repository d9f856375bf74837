package org.latch.partner;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest evidence file accepted. It must stay below the server's upload limit
 * ({@code spring.servlet.multipart.max-request-size}, 10 MB), so that a file between the
 * two gets its message next to the field; a larger one comes back with
 * {@code ?problem=too-large}.
 */
@ConfigurationProperties("latch.partner.evidence")
record EvidenceLimit(@DefaultValue("8MB") DataSize maxSize) {
}
