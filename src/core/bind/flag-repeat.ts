/** Where each key of a table was first seen, and whether that place was reported yet. */
export type FirstPlaces<Place> = Map<string, { place: Place; flagged: boolean }>;

/**
 * Notes a key's place; on a repeat reports both places (the first one only once, however many
 * repeats follow) and returns true. `flag` reports at `at`, naming `other`; `first` is true for
 * the report at the first place.
 */
export function flagRepeat<Place>(
  places: FirstPlaces<Place>,
  key: string,
  place: Place,
  flag: (at: Place, other: Place, first: boolean) => void,
): boolean {
  const previous = places.get(key);
  if (previous === undefined) {
    places.set(key, { place, flagged: false });
    return false;
  }
  if (!previous.flagged) {
    previous.flagged = true;
    flag(previous.place, place, true);
  }
  flag(place, previous.place, false);
  return true;
}
