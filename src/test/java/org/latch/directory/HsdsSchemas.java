package org.latch.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official Open Referral HSDS 3.0 schemas, an unmodified copy of the team's shared
 * standards folder kept in {@code src/test/resources/standards/hsds-3.0} (see its
 * SOURCE.txt) so the build needs nothing outside the repository; set
 * {@value #LOCATION_PROPERTY} to validate against another copy. The schemas carry custom
 * keywords (Frictionless {@code constraints}, {@code core}, ...), so the validator runs
 * non-strict and ignores them; formats such as {@code uuid} and {@code uri} are asserted.
 */
final class HsdsSchemas {

	static final String LOCATION_PROPERTY = "latch.hsds.schemas";

	private static final String PUBLISHED = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path folder;

	private final SchemaRegistry registry;

	HsdsSchemas() {
		this.folder = Path.of(System.getProperty(LOCATION_PROPERTY, "src/test/resources/standards/hsds-3.0"))
			.toAbsolutePath()
			.normalize();
		if (!Files.isRegularFile(this.folder.resolve("organization.json"))
				|| !Files.isRegularFile(this.folder.resolve("openapi.json"))) {
			throw new IllegalStateException("The HSDS 3.0 schemas are missing from " + this.folder + ": point -D"
					+ LOCATION_PROPERTY + " at the folder holding openapi.json and organization.json");
		}
		SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
		this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
				builder -> builder.schemaRegistryConfig(config).schemas(this::local));
	}

	/**
	 * A schema file of the standard, e.g. {@code organization.json} or
	 * {@code compiled/...}.
	 */
	Schema file(String name) {
		Path file = this.folder.resolve(name);
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("No HSDS schema " + file);
		}
		return this.registry.getSchema(SchemaLocation.of(PUBLISHED + name));
	}

	/**
	 * Serves the published schema addresses (which the files use to refer to each other)
	 * from the local copy: tests never reach the network.
	 */
	private @Nullable String local(String iri) {
		if (!iri.startsWith(PUBLISHED)) {
			return null;
		}
		try {
			return Files.readString(this.folder.resolve(iri.substring(PUBLISHED.length())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A schema inside the standard's openapi.json, by JSON pointer. */
	Schema openApi(String pointer) {
		JsonNode node = JSON.readTree(this.folder.resolve("openapi.json").toFile()).at(pointer);
		if (node.isMissingNode()) {
			throw new IllegalStateException("openapi.json has nothing at " + pointer);
		}
		return this.registry.getSchema(node);
	}

	static List<String> problems(Schema schema, JsonNode json) {
		return schema.validate(json).stream().map(Error::toString).toList();
	}

	static JsonNode parse(String json) {
		return JSON.readTree(json);
	}

}
