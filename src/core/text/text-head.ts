/**
 * The first `max` characters (UTF-16 code units) of `text`, or one fewer where the last would be
 * the first half of a surrogate pair: a cut never leaves half an emoji or a rare Hán character.
 * Whatever a cut text is for — a finding's echo, a cell at Excel's limit — it is cut here.
 */
export function textHead(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
