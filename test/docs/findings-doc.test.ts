import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/core/findings/catalogue/catalogue.js';
import { findingsDoc } from '../../scripts/findings-doc.js';

describe('docs/findings.md', () => {
  it('is the reference generated from the catalogue (run npm run docs:findings)', () => {
    const onDisk = readFileSync(new URL('../../docs/findings.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(findingsDoc());
  });

  it('lists every code with both messages', () => {
    const doc = findingsDoc();
    for (const [code, entry] of Object.entries(catalogue)) {
      expect(doc).toContain(`### ${code}\n`);
      expect(doc).toContain(`- vi: ${entry.vi}\n`);
      expect(doc).toContain(`- en: ${entry.en}\n`);
    }
  });
});
