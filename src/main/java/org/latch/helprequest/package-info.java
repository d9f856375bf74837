/**
 * Families' help requests: the form at {@code /help} (no account), safety guidance, the
 * private conversation link, sensitive fields encrypted at rest, and anonymous counts
 * kept after a request's content is gone.
 */
@NullMarked
package org.latch.helprequest;

import org.jspecify.annotations.NullMarked;
