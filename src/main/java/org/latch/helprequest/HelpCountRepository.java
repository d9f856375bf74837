package org.latch.helprequest;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface HelpCountRepository extends JpaRepository<HelpCount, UUID> {

}
