package org.latch.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The application's messages: Spring Boot's {@code spring.messages.*} settings, applied
 * as Boot applies them, to a {@link PatternMessageSource}.
 */
@Configuration(proxyBeanMethods = false)
class MessageConfig {

	@Bean
	MessageSource messageSource(Environment environment) {
		MessageSourceProperties settings = Binder.get(environment)
			.bind("spring.messages", MessageSourceProperties.class)
			.orElseGet(MessageSourceProperties::new);
		PatternMessageSource messages = new PatternMessageSource();
		messages.setBasenames(settings.getBasename().toArray(String[]::new));
		if (settings.getEncoding() != null) {
			messages.setDefaultEncoding(settings.getEncoding().name());
		}
		messages.setFallbackToSystemLocale(settings.isFallbackToSystemLocale());
		if (settings.getCacheDuration() != null) {
			messages.setCacheMillis(settings.getCacheDuration().toMillis());
		}
		messages.setAlwaysUseMessageFormat(settings.isAlwaysUseMessageFormat());
		messages.setUseCodeAsDefaultMessage(settings.isUseCodeAsDefaultMessage());
		if (settings.getCommonMessages() != null && !settings.getCommonMessages().isEmpty()) {
			Properties common = new Properties();
			for (Resource resource : settings.getCommonMessages()) {
				try {
					PropertiesLoaderUtils.fillProperties(common, resource);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot read common messages " + resource, ex);
				}
			}
			messages.setCommonMessages(common);
		}
		return messages;
	}

}
