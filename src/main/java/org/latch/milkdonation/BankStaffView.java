package org.latch.milkdonation;

import java.util.List;
import java.util.UUID;

import org.latch.account.Person;

/** A milk bank and who works for it, for the platform administrators' page. */
record BankStaffView(UUID bank, String name, String city, List<Person> staff) {
}
