package org.latch.directory;

import java.util.UUID;

public record MilkPlaceId(UUID value) {
}
