package org.latch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts Latch: one Spring Boot application made of modules, one per business capability.
 */
@SpringBootApplication
public class LatchApplication {

	public static void main(String[] args) {
		SpringApplication.run(LatchApplication.class, args);
	}

}
