package org.latch.milkdonation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DonorStepRepository extends JpaRepository<DonorStep, UUID> {

	List<DonorStep> findByDonorIdOrderByAt(UUID donorId);

	/** Steps with an outcome or a note sealed with another key than {@code keyPrefix}. */
	@Query("""
			select s from DonorStep s where (s.outcomeSealed is not null and s.outcomeSealed not like :keyPrefix)
			or (s.noteSealed is not null and s.noteSealed not like :keyPrefix)""")
	List<DonorStep> findSealedWithOtherKey(String keyPrefix, Limit limit);

}
