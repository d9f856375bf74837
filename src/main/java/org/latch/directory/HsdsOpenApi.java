package org.latch.directory;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: titled, and without the schemas
 * springdoc derives from the Java view records. The HSDS responses point at the official
 * Open Referral schemas instead, which say exactly what is sent (springdoc reads the
 * records with Jackson 2, which misses their snake_case naming).
 */
@Configuration(proxyBeanMethods = false)
class HsdsOpenApi {

	@Bean
	OpenApiCustomizer latchOpenApi() {
		return openApi -> {
			openApi.info(new Info().title("Latch API")
				.version("1")
				.description("Latch's JSON API. Under /api/hsds/: the Open Referral Human Services Data "
						+ "Specification (HSDS) 3.0 API, read only: organizations, services (groups' recurring "
						+ "meetings), services at locations, taxonomies and taxonomy terms. At /api/impact: the "
						+ "network's live impact figures."));
			dropUnreferencedSchemas(openApi);
		};
	}

	/** Removes component schemas that nothing refers to, until none is left. */
	static void dropUnreferencedSchemas(OpenAPI openApi) {
		if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
			return;
		}
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		boolean removed = true;
		while (removed) {
			String used = json(openApi.getPaths()) + json(schemas);
			Set<String> unused = schemas.keySet()
				.stream()
				.filter(name -> !used.contains("\"#/components/schemas/" + name + "\""))
				.collect(Collectors.toSet());
			removed = schemas.keySet().removeAll(unused);
		}
	}

	private static String json(Object value) {
		try {
			return Json31.mapper().writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write the OpenAPI document", ex);
		}
	}

}
