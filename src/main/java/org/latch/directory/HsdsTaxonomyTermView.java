package org.latch.directory;

import java.util.UUID;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An HSDS 3.0 taxonomy term. Latch's taxonomies are flat: no term has a parent.
 *
 * @param taxonomy the name of the taxonomy, as HSDS asks
 * @param language ISO 639-1 code of the name and description
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record HsdsTaxonomyTermView(UUID id, String code, String name, String description, String taxonomy, UUID taxonomyId,
		String language, HsdsTaxonomyView taxonomyDetail) {
}
