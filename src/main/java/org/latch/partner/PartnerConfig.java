package org.latch.partner;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Reads the partner program's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ PartnerCriteria.class, EvidenceLimit.class })
class PartnerConfig {

}
