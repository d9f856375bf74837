package org.latch.directory;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Watches groups and meetings being saved or removed and, once the transaction that
 * changed them has committed (the search index is updated by then), empties the search
 * results cache and drops the changed groups' cards. Hibernate creates it as a Spring
 * bean.
 */
class DirectoryChanges {

	/** Absent where only the persistence layer runs (repository tests). */
	private final ObjectProvider<SearchResultsCache> cache;

	private final ObjectProvider<GroupCards> cards;

	DirectoryChanges(ObjectProvider<SearchResultsCache> cache, ObjectProvider<GroupCards> cards) {
		this.cache = cache;
		this.cards = cards;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Object entity) {
		UUID group = switch (entity) {
			case OrganizationUnit unit -> unit.getId();
			case Meeting meeting -> meeting.groupId();
			default -> throw new IllegalArgumentException("Not a directory entity: " + entity.getClass());
		};
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			committed(Set.of(group));
			return;
		}
		@SuppressWarnings("unchecked")
		Set<UUID> changed = (Set<UUID>) TransactionSynchronizationManager.getResource(this);
		if (changed == null) {
			Set<UUID> groups = new HashSet<>();
			TransactionSynchronizationManager.bindResource(this, groups);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(DirectoryChanges.this);
					if (status == STATUS_COMMITTED) {
						committed(groups);
					}
				}
			});
			changed = groups;
		}
		changed.add(group);
	}

	private void committed(Set<UUID> groups) {
		this.cards.ifAvailable((cards) -> cards.drop(groups));
		this.cache.ifAvailable(SearchResultsCache::clear);
	}

}
