import { shortNumber } from '../formats/round-number.js';
import type { Lang } from '../../core/findings/finding.js';
import type { EntityScore, IndicatorScore, Report } from '../../core/score/report.js';
import type { ResolvedGroup, ResolvedIndicator, ResolvedSet } from '../../core/set/resolved-set.js';
import { workbookLabels, type WorkbookLabels } from './workbook-labels.js';
import { bandColour, type CellScalar, type SheetRule } from './workbook-sheet.js';

/** Lookups and wording shared by every sheet builder of one report. */
export interface WorkbookContext {
  report: Report;
  set: ResolvedSet;
  lang: Lang;
  labels: WorkbookLabels;
  group(code: string): ResolvedGroup | undefined;
  indicator(code: string): ResolvedIndicator | undefined;
  /** The indicator's position in the set: where its score sits in an entity's list. */
  indicatorPosition(code: string): number | undefined;
  /** The group's position in the set: where its score sits in an entity's list. */
  groupPosition(code: string): number | undefined;
  /** Display text of a band id ("achieved" → "Đạt"); unknown ids are shown as they are. */
  bandName(id: string | null): string | null;
  /** The band an index or achievement falls in (§2.4: highest band whose min ≤ a, ±1e-9). */
  bandOf(fraction: number | null): string | null;
  /** A conditional-format rule filling the band column of a sheet by band. */
  bandRule(column: number): SheetRule;
  /** The reported value as a person reads it: numbers as numbers, Có/Không, level labels. */
  valueCell(indicator: ResolvedIndicator | undefined, value: IndicatorScore['value']): CellScalar;
  /** A target as a number (target method), thresholds as text (steps), else "—". */
  targetCell(indicator: ResolvedIndicator): CellScalar;
  typeName(indicator: ResolvedIndicator): string;
  /** Name of the top-level group above the indicator. */
  domainName(indicator: ResolvedIndicator): string;
  /** Name of the indicator's parent group. */
  groupName(indicator: ResolvedIndicator): string;
  /** The entity's province code as text, or null. */
  provinceCode(entity: EntityScore): string | null;
  /** Entities ordered by rank (ties and unranked keep input order). */
  ranked(): EntityScore[];
}

const TOLERANCE = 1e-9;

export function workbookContext(report: Report, lang: Lang): WorkbookContext {
  const set = report.set;
  const labels = workbookLabels(lang);
  const groups = new Map(set.groups.map((group) => [group.code, group]));
  const indicators = new Map(set.indicators.map((indicator) => [indicator.code, indicator]));
  const positions = firstPositions(set.indicators);
  const groupPositions = firstPositions(set.groups);

  // A Map: every group and gap row of a batch asks (83,000 times for the communes), and a lookup
  // in the labels object by a changing key is a slow, megamorphic one.
  const bandNames = new Map(Object.entries(labels.bandNames));
  const bandName = (id: string | null): string | null =>
    id === null ? null : (bandNames.get(id) ?? id);

  const groupNameOf = (code: string | undefined): string => {
    if (code === undefined) return '';
    const group = groups.get(code);
    return group === undefined ? code : group.name[lang];
  };

  return {
    report,
    set,
    lang,
    labels,
    group: (code) => groups.get(code),
    indicator: (code) => indicators.get(code),
    indicatorPosition: (code) => positions.get(code),
    groupPosition: (code) => groupPositions.get(code),
    bandName,
    bandOf(fraction) {
      if (fraction === null) return null;
      for (const band of set.bands) if (band.min <= fraction + TOLERANCE) return band.id;
      return set.bands.at(-1)?.id ?? null;
    },
    bandRule(column) {
      const ids = [...set.bands.map((band) => band.id), 'missing'];
      const fills = ids.map((id, position) => ({
        text: bandName(id) ?? id,
        colour: bandColour(id, position, set.bands.length),
      }));
      return { kind: 'bands', column, fills };
    },
    valueCell(indicator, value) {
      if (value === null) return null;
      if (typeof value === 'boolean') return value ? labels.yes : labels.no;
      if (indicator?.type === 'level' && indicator.scoring.method === 'levels') {
        const level = indicator.scoring.levels[value - 1];
        if (level !== undefined) return level.label[lang];
      }
      return value;
    },
    targetCell(indicator) {
      const scoring = indicator.scoring;
      if (scoring.method === 'target') return scoring.target;
      if (scoring.method === 'steps') {
        return scoring.steps
          .map((step) =>
            'min' in step
              ? `≥ ${shortNumber(step.min, lang, 6)}: ${stepPercent(step.score, lang)}`
              : `≤ ${shortNumber(step.max, lang, 6)}: ${stepPercent(step.score, lang)}`,
          )
          .join('; ');
      }
      return labels.none;
    },
    typeName(indicator) {
      const name = labels.typeNames[indicator.type];
      return indicator.scoring.method === 'info' ? `${name} (${labels.infoType})` : name;
    },
    domainName: (indicator) => groupNameOf(indicator.path[0]),
    groupName: (indicator) => groupNameOf(indicator.path.at(-1)),
    provinceCode: (entity) => entity.province?.code ?? null,
    ranked() {
      return report.entities
        .map((entity, order) => ({ entity, order }))
        .sort(
          (a, b) =>
            (a.entity.rank ?? Number.MAX_SAFE_INTEGER) -
              (b.entity.rank ?? Number.MAX_SAFE_INTEGER) || a.order - b.order,
        )
        .map(({ entity }) => entity);
    },
  };
}

/** A step's share of the points in the reader's language: 0.5 → "50%", 0.125 → "12,5%" in vi. */
function stepPercent(fraction: number, lang: Lang): string {
  return `${shortNumber(fraction * 100, lang, 6)}%`;
}

/** Each code's first position in a list of the set. */
function firstPositions(items: readonly { code: string }[]): Map<string, number> {
  const positions = new Map<string, number>();
  items.forEach((item, i) => {
    if (!positions.has(item.code)) positions.set(item.code, i);
  });
  return positions;
}
