package org.latch.platform;

import java.util.UUID;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * Base of entities whose UUID is assigned in Java when they are created. Tells Spring
 * Data that a new object is new, so saving it is one INSERT instead of a SELECT and a
 * merged copy (with a merged copy, changes made to the original after saving would be
 * lost).
 */
@MappedSuperclass
public abstract class StoredEntity implements Persistable<UUID> {

	@Transient
	private boolean fresh = true;

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.fresh = false;
	}

}
