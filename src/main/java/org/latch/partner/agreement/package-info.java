/**
 * Partner agreements: issued from a versioned template when a partner is approved, signed
 * by the partner's signatory and countersigned by a platform administrator, renewed every
 * year with a fresh attestation of the International Code, with reminders before a term
 * ends. {@link org.latch.partner.agreement.AgreementManagement} is the part other modules
 * may use (named interface {@code partner::agreement}).
 */
@NullMarked
@NamedInterface("agreement")
package org.latch.partner.agreement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
