/**
 * Every string of a parsed YAML value NFC-normalised (spec §3.5), keys included, kept as own data
 * properties even for `__proto__`.
 */
export function yamlNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(yamlNfc);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      Object.defineProperty(out, key.normalize('NFC'), {
        value: yamlNfc(child),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}
