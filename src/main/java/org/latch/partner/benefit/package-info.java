/**
 * The partner benefits and obligations ledger: the benefit codes issued for every
 * countersigned term and redeemed by the platform's staff, the discussion boards and
 * directory page the agreement grants, invitations to the leadership meetings, promotion
 * requests and the obligations a partner offers in return.
 * {@link org.latch.partner.benefit.BenefitManagement} is the part other modules may use
 * (named interface {@code partner::benefit}).
 */
@NullMarked
@NamedInterface("benefit")
package org.latch.partner.benefit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
