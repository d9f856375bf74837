package org.latch.directory;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Watches groups and meetings being saved or removed, and empties the search results
 * cache once the transaction that changed them has committed (the search index is updated
 * by then). Hibernate creates it as a Spring bean.
 */
class DirectoryChanges {

	/** Absent where only the persistence layer runs (repository tests). */
	private final ObjectProvider<SearchResultsCache> cache;

	DirectoryChanges(ObjectProvider<SearchResultsCache> cache) {
		this.cache = cache;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Object entity) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			clear();
			return;
		}
		if (TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(DirectoryChanges.this);
				if (status == STATUS_COMMITTED) {
					clear();
				}
			}
		});
	}

	private void clear() {
		this.cache.ifAvailable(SearchResultsCache::clear);
	}

}
