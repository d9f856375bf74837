package org.latch.partner;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Reads the settings of the WHO Code register and violation reports. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CodeSettings.class)
class CodeConfig {

}
