package org.latch.platform;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Language resolution and settings shared by every module. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ PlatformSettings.class, MapSettings.class })
class WebConfig implements WebMvcConfigurer {

	private final LanguageResolver languageResolver = new LanguageResolver();

	private final TerminologyResolver terminologyResolver;

	WebConfig(TerminologyResolver terminologyResolver) {
		this.terminologyResolver = terminologyResolver;
	}

	@Bean
	LocaleResolver localeResolver() {
		return this.languageResolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PreferencesInterceptor(this.languageResolver, this.terminologyResolver));
	}

}
