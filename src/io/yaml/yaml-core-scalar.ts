/**
 * The value of a plain (unquoted) scalar under the YAML 1.2 core schema, resolved exactly as the
 * `yaml` package does (its core tags, tried in its order: null, bool, int 0o / decimal / 0x,
 * .inf/.nan, float with exponent, float), so the fast path reads `65`, `0.8`, `null`, `true` and
 * `1.0.2` the same way the full parser would.
 */
export function yamlCoreScalar(plain: string): unknown {
  if (NULL.test(plain)) return null;
  if (BOOL.test(plain)) return plain[0] === 't' || plain[0] === 'T';
  if (INT_OCT.test(plain)) return parseInt(plain.substring(2), 8);
  if (INT.test(plain)) return parseInt(plain, 10);
  if (INT_HEX.test(plain)) return parseInt(plain.substring(2), 16);
  if (FLOAT_NAN.test(plain)) {
    if (plain.slice(-3).toLowerCase() === 'nan') return NaN;
    return plain[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(plain) || FLOAT.test(plain)) return parseFloat(plain);
  return plain;
}

// The `test` patterns of yaml 2.x's schema/common/null.js and schema/core/{bool,int,float}.js.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
