package org.latch.directory;

import java.util.UUID;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** An HSDS 3.0 taxonomy: one of Latch's own classifications of meetings. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record HsdsTaxonomyView(UUID id, String name, String description, String version) {
}
