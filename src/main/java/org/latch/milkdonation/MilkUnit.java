package org.latch.milkdonation;

/** How an amount of milk was measured: US fluid ounces or millilitres. */
public enum MilkUnit {

	OZ, ML

}
