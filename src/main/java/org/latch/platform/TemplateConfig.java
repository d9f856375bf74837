package org.latch.platform;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JTE templates are compiled at build time into the package of the module they belong to
 * ({@code src/main/jte/account/*.jte} becomes {@code org.latch.account}), so a module's
 * templates can read its package-private forms and views and nothing leaks out as module
 * API. A typo in a template fails the build.
 */
@Configuration(proxyBeanMethods = false)
class TemplateConfig {

	static final String TEMPLATE_PACKAGE = "org.latch";

	@Bean
	TemplateEngine jteTemplateEngine() {
		return TemplateEngine.createPrecompiled(null, ContentType.Html, null, TEMPLATE_PACKAGE);
	}

	@Bean
	JteViewResolver jteViewResolver(TemplateEngine jteTemplateEngine, JteProperties properties) {
		return new BufferedJteViewResolver(jteTemplateEngine, properties);
	}

}
