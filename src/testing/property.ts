/**
 * Property tests as Vitest assertions: `fc.assert` throws with the counterexample when a property
 * fails, but a predicate that returns a boolean makes no `expect()` call, and Vitest refuses a test
 * without assertions (`requireAssertions`). `assertProperty` is `fc.assert` inside an assertion.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

/** Checks `property` over `params.numRuns` generated cases; fails with fast-check's counterexample. */
export function assertProperty<T>(property: fc.IRawProperty<T>, params?: fc.Parameters<T>): void {
	expect(() => fc.assert(property, params)).not.toThrow();
}
