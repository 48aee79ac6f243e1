import { foldText, tidyText } from '../text/fold-text.js';
import { editDistance } from '../text/edit-distance.js';
import { legacyFontHint } from '../text/legacy-font-hint.js';
import { provinceRegistry } from './province-registry.js';
import type { ProvinceUnit } from './province-unit.js';

export type ProvinceResolution =
  | { kind: 'ok'; unit: ProvinceUnit }
  /** Two or more different candidates: an error, never a guess. */
  | { kind: 'ambiguous'; candidates: ProvinceUnit[] }
  /** Nothing matched; the closest names, best first. */
  | { kind: 'unknown'; suggestions: ProvinceUnit[] }
  /** A pre-2025 unit used for a year ≥ 2025. */
  | { kind: 'retired'; unit: ProvinceUnit; successor: ProvinceUnit };

export interface ResolveProvinceOptions {
  /** The reporting year; null when unknown (current units first, then the earlier ones). */
  year: number | null;
  /** The units to search: the registry unless a test brings its own. */
  units?: readonly ProvinceUnit[];
}

type Era = ProvinceUnit['era'];

/** The first year of the 34 units (they start on 2025-07-01; years are the granularity here). */
const MERGER_YEAR = 2025;

// Words around a name that say what kind of unit it is, not which one. Folded forms. "Thủ đô"
// (the capital) is how Hà Nội is often written in official tables.
const PREFIXES = ['tinh ', 'thanh pho ', 'tp ', 't p ', 'thu do ', 'province of ', 'city of '];
const SUFFIXES = [' province', ' city', ' municipality'];

/** Folded name without "tỉnh", "thành phố", "TP.", "… Province", "… City". */
function nameKey(text: string): string {
  let key = foldText(text);
  for (let changed = true; changed;) {
    changed = false;
    for (const prefix of PREFIXES) {
      if (key.startsWith(prefix) && key.length > prefix.length) {
        key = key.slice(prefix.length);
        changed = true;
      }
    }
    for (const suffix of SUFFIXES) {
      if (key.endsWith(suffix) && key.length > suffix.length) {
        key = key.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return key;
}

/** Without spaces: "DongNai.xlsx", "Hanoi", "Đồng\u200bNai" (ZWSP dropped) still match. */
function compactKey(key: string): string {
  return key.replace(/ /g, '');
}

interface UnitKeys {
  unit: ProvinceUnit;
  name: string;
  aliases: string[];
  compact: string[];
}

// Keys are computed once per units array; the registry's array lives for the whole process.
const keyCache = new WeakMap<readonly ProvinceUnit[], UnitKeys[]>();

function keysOf(units: readonly ProvinceUnit[]): UnitKeys[] {
  let keys = keyCache.get(units);
  if (keys === undefined) {
    keys = units.map((unit) => {
      const name = nameKey(unit.name);
      const aliases = unit.aliases.map(nameKey);
      return { unit, name, aliases, compact: [name, ...aliases].map(compactKey) };
    });
    keyCache.set(units, keys);
  }
  return keys;
}

/** A code as typed: "75", "075", "7" (padded to "07"); null when the text is not a code. */
function codeOf(text: string): string | null {
  if (!/^\d{1,3}$/.test(text)) return null;
  const n = Number(text);
  return n < 100 ? String(n).padStart(2, '0') : null;
}

/**
 * Candidates within one era, from the first matching stage: code, exact NFC name, folded name,
 * alias, then the compact form of either.
 */
function candidatesIn(keys: readonly UnitKeys[], era: Era, text: string): ProvinceUnit[] {
  const inEra = keys.filter((k) => k.unit.era === era);
  const code = codeOf(text);
  if (code !== null) return inEra.filter((k) => k.unit.code === code).map((k) => k.unit);
  const key = nameKey(text);
  if (key === '') return [];
  const compact = compactKey(key);
  const stages: ((k: UnitKeys) => boolean)[] = [
    (k) => k.unit.name === text,
    (k) => k.name === key,
    (k) => k.aliases.includes(key),
    (k) => k.compact.includes(compact),
  ];
  for (const stage of stages) {
    const found = inEra.filter(stage).map((k) => k.unit);
    if (found.length > 0) return found;
  }
  return [];
}

/** One candidate per unit: a continuing unit (same code and name) counts once. */
function distinct(units: readonly ProvinceUnit[]): ProvinceUnit[] {
  const out: ProvinceUnit[] = [];
  for (const unit of units) {
    if (!out.some((seen) => seen.code === unit.code && seen.name === unit.name)) out.push(unit);
  }
  return out;
}

function decide(candidates: ProvinceUnit[]): ProvinceResolution {
  const units = distinct(candidates);
  return units.length === 1 && units[0] !== undefined
    ? { kind: 'ok', unit: units[0] }
    : { kind: 'ambiguous', candidates: units };
}

function successorOf(keys: readonly UnitKeys[], unit: ProvinceUnit): ProvinceUnit | undefined {
  return keys.find((k) => k.unit.era === '2025' && k.unit.code === unit.successor)?.unit;
}

function resolveExact(
  keys: readonly UnitKeys[],
  text: string,
  year: number | null,
): ProvinceResolution | null {
  if (year === null) {
    for (const era of ['2025', 'pre-2025'] as const) {
      const found = candidatesIn(keys, era, text);
      if (found.length > 0) return decide(found);
    }
    return null;
  }
  if (year < MERGER_YEAR) {
    const found = candidatesIn(keys, 'pre-2025', text);
    return found.length > 0 ? decide(found) : null;
  }
  const current = candidatesIn(keys, '2025', text);
  if (current.length > 0) return decide(current);
  const earlier = candidatesIn(keys, 'pre-2025', text);
  if (earlier.length === 0) return null;
  const single = decide(earlier);
  if (single.kind !== 'ok') return single;
  const successor = successorOf(keys, single.unit);
  if (successor === undefined) return single;
  // A renamed unit under its old name (Thừa Thiên Huế → Huế, code 46) is the same unit.
  if (successor.code === single.unit.code) return { kind: 'ok', unit: successor };
  return { kind: 'retired', unit: single.unit, successor };
}

/** "75 - Đồng Nai", "Đồng Nai (75)": a code and a name that must agree. */
function splitCodeAndName(text: string): [string, string] | null {
  const leading = /^(\d{1,3})(?:\s*[-–—:.]\s*|\s+)(\D.*)$/u.exec(text);
  if (leading?.[1] !== undefined && leading[2] !== undefined) return [leading[1], leading[2]];
  const trailing = /^(\D.*?)\s*\((\d{1,3})\)$/u.exec(text);
  if (trailing?.[1] !== undefined && trailing[2] !== undefined) return [trailing[2], trailing[1]];
  return null;
}

function sameResolution(a: ProvinceResolution, b: ProvinceResolution): boolean {
  if (a.kind === 'ok' && b.kind === 'ok') return a.unit === b.unit;
  if (a.kind === 'retired' && b.kind === 'retired') return a.unit === b.unit;
  return false;
}

/** A whole-word part of a name ("Nai", "Vũng Tàu") is as good as a one-letter typo. */
function distanceTo(query: string, target: string): number {
  const padded = ` ${target} `;
  if (query.length >= 3 && padded.includes(` ${query} `)) return 1;
  return editDistance(query, target);
}

const MAX_SUGGESTIONS = 3;
// A bare "Tỉnh" or "City" names no unit; it should not suggest Hà Tĩnh.
const GENERIC_WORDS = new Set([
  'tinh',
  'thanh pho',
  'tp',
  'thu do',
  'province',
  'city',
  'municipality',
]);

function suggestionsFor(
  keys: readonly UnitKeys[],
  text: string,
  year: number | null,
): ProvinceUnit[] {
  const key = nameKey(text);
  if (key === '' || GENERIC_WORDS.has(key) || codeOf(text) !== null) return [];
  const eras: Era[] =
    year === null ? ['2025', 'pre-2025'] : year < MERGER_YEAR ? ['pre-2025'] : ['2025'];
  // Typos get more room in long names; short garbage gets no random suggestions.
  const limit = Math.max(2, Math.ceil(key.length * 0.4));
  const scored = keys
    .filter((k) => eras.includes(k.unit.era))
    .map((k) => ({
      unit: k.unit,
      distance: Math.min(...[k.name, ...k.aliases].map((target) => distanceTo(key, target))),
      order: eras.indexOf(k.unit.era),
    }))
    .filter((s) => s.distance <= limit)
    .sort(
      (a, b) =>
        a.distance - b.distance || a.order - b.order || a.unit.code.localeCompare(b.unit.code),
    );
  // Only the near-best: "Dong Na" suggests Đồng Nai, not every name three edits away.
  const best = scored[0]?.distance ?? 0;
  const near = scored.filter((s) => s.distance <= best + 1);
  return distinct(near.map((s) => s.unit)).slice(0, MAX_SUGGESTIONS);
}

/**
 * Resolves a province name or GSO code (spec §3.3): exact NFC, folded (marks, case, spacing,
 * "Tỉnh"/"TP."/"Thủ đô"/"Province"/"City" ignored), aliases, then spaces ignored; within the
 * year's era, or current units first when the year is unknown. A 1–3 digit text is a code
 * ("1" → "01").
 * A pre-2025 unit used for a year ≥ 2025 is `retired` with its successor.
 *
 * With no year, a name that only a pre-2025 unit has ("Bình Phước") resolves `ok` to that unit:
 * the caller knows whether the era matters.
 */
export function resolveProvince(text: string, options: ResolveProvinceOptions): ProvinceResolution {
  const keys = keysOf(options.units ?? provinceRegistry);
  const tidy = tidyText(text);
  const direct = resolveExact(keys, tidy, options.year);
  if (direct !== null) return direct;

  const parts = splitCodeAndName(tidy);
  if (parts !== null) {
    const byCode = resolveExact(keys, parts[0], options.year);
    const byName = resolveExact(keys, parts[1], options.year);
    if (byCode !== null && byName !== null) {
      if (sameResolution(byCode, byName)) return byName;
      const candidates = [byCode, byName].flatMap((r) =>
        r.kind === 'ok' || r.kind === 'retired'
          ? [r.unit]
          : r.kind === 'ambiguous'
            ? r.candidates
            : [],
      );
      return { kind: 'ambiguous', candidates: distinct(candidates) };
    }
  }

  // Text typed in a legacy TCVN3 font ("§ång Nai") is unknown, but its decoding is the best hint.
  const decoded = legacyFontHint(tidy);
  const hinted = decoded === null ? null : resolveExact(keys, tidyText(decoded), options.year);
  if (hinted?.kind === 'ok' || hinted?.kind === 'retired') {
    return { kind: 'unknown', suggestions: [hinted.unit] };
  }
  return { kind: 'unknown', suggestions: suggestionsFor(keys, tidy, options.year) };
}
