package org.latch.partner.agreement;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementDocumentRepository extends JpaRepository<AgreementDocument, UUID> {

	/** The id and size of each document of these agreements, without their bytes. */
	@Query("select d.id, d.size from AgreementDocument d where d.agreementId in :agreements")
	List<Object[]> sizes(Collection<UUID> agreements);

}
