package org.latch.partner.agreement;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Reads the agreements' settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AgreementSettings.class)
class AgreementConfig {

}
