package org.latch.directory;

import java.util.UUID;

public record ProfessionalId(UUID value) {
}
