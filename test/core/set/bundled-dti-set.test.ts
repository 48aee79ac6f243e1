import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveSet } from '../../../src/core/set/resolve-set.js';
import { readIndicatorSet } from '../../../src/io/yaml/read-indicator-set.js';
import { yamlIndicatorSet } from '../../../src/io/yaml/yaml-indicator-set.js';
import { DTI_2022_MAIN_INDICATORS } from '../../helpers/dti-2022-published.js';

const SET_PATH = fileURLToPath(new URL('../../../indicators/dti-2022.yaml', import.meta.url));
const text = readFileSync(SET_PATH, 'utf8');

describe('bundled set indicators/dti-2022.yaml', () => {
  const { set, findings } = yamlIndicatorSet(text, 'dti-2022.yaml');

  it('loads without findings, as the full reader and as clean NFC YAML', () => {
    expect(findings).toEqual([]);
    expect(set).not.toBeNull();
    expect(text).toBe(text.normalize('NFC'));
  });

  it('has the published main indicators, in order, with the points of QĐ 922', () => {
    expect(set!.indicators.map((i) => [i.name.vi, i.points])).toEqual(DTI_2022_MAIN_INDICATORS);
    expect(set!.indicators.reduce((sum, i) => sum + i.points, 0)).toBe(1000);
    expect(set!.groups.map((g) => [g.code, g.points])).toEqual([
      ['NT', 500],
      ['HD', 500],
    ]);
  });

  it('scores each main indicator as a 0–1 value: number, target 1, worst 0, range [0, 1]', () => {
    for (const indicator of set!.indicators) {
      expect(indicator.type, indicator.code).toBe('number');
      expect(indicator.direction, indicator.code).toBe('higher');
      expect(indicator.scoring, indicator.code).toMatchObject({
        method: 'target',
        target: 1,
        worst: 0,
      });
      expect(indicator.range, indicator.code).toEqual([0, 1]);
      expect(indicator.basis, indicator.code).toMatch(
        /^QĐ 922\/QĐ-BTTTT \(20\/5\/2022\), Phụ lục 1/,
      );
    }
  });

  // "Đô thị thông minh" has 0 points in 2022 and no column in the published table.
  it('leaves out the unscored smart-city block', () => {
    expect(set!.indicators.some((i) => /đô thị thông minh/i.test(i.name.vi))).toBe(false);
  });

  it('has the identity, the DTI missing policy and no rating scale', () => {
    expect(set).toMatchObject({
      id: 'dti-2022',
      effective: '2022-05-20',
      missing: 'zero',
      total: 1000,
    });
    expect(set!.ratings).toEqual([]);
    expect(set!.source).toMatch(/922\/QĐ-BTTTT ngày 20\/5\/2022/);
  });

  it('is bundled: `--set dti-2022` loads this file', async () => {
    const loaded = await readIndicatorSet('dti-2022', process.cwd());
    expect(loaded.file).toMatch(/indicators[/\\]dti-2022\.yaml$/);
    expect(loaded.set).toStrictEqual(set);
  });

  it('resolves the same through resolveSet', async () => {
    const { parseDocument } = await import('yaml');
    const { set: resolved, issues } = resolveSet(parseDocument(text).toJS());
    expect(issues).toEqual([]);
    expect(resolved).toStrictEqual(set);
  });
});
