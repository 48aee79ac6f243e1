/** What the subset parser throws where the text leaves its subset; only yamlSubset catches it. */
export const OUTSIDE_SUBSET: unique symbol = Symbol('outside the YAML subset');

/**
 * Leaves the fast parse: the text uses something the subset does not cover (or covers only in
 * the common spellings), so the full `yaml` parser must decide what it means.
 */
export function yamlSubsetOutside(): never {
  throw OUTSIDE_SUBSET;
}
