/**
 * Where support is: organizations in their hierarchy (international, national, area,
 * local group), groups with a place or online, their recurring meetings (RFC 5545 rules
 * in the group's time zone) and the "find support near me" search over all of it.
 */
@NullMarked
package org.latch.directory;

import org.jspecify.annotations.NullMarked;
