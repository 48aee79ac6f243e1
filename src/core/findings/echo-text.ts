import { textHead } from '../text/text-head.js';

/**
 * The most characters of the user's own text (a cell, a header, a sheet name) a finding
 * repeats. Findings echo text so the user can find it; a 50 MB cell echoed whole once made
 * 52 MB of stderr and 105 MB of JSON. Beyond this, the start and the full length are enough.
 */
export const ECHO_MAX_CHARS = 200;

/**
 * `text` as a finding may echo it: unchanged up to `max` characters, else its first `max`
 * characters (never half of a surrogate pair) and how long the whole text is, so the cut is
 * visible: `Hà Nội… (52428800 characters)`.
 */
export function echoText(text: string, max: number = ECHO_MAX_CHARS): string {
  return text.length <= max ? text : `${textHead(text, max)}… (${text.length} characters)`;
}
