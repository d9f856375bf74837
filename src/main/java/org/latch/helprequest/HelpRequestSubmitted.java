package org.latch.helprequest;

import java.util.UUID;

/** A family sent a request; carries its id only. */
public record HelpRequestSubmitted(UUID requestId) {
}
