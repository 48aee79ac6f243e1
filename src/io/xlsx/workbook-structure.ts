import { posix } from 'node:path';
import type { ReadBudget } from './read-budget.js';
import { attribute, qualifiedAttribute, readXmlStartTags, XmlPartError } from './xml-part.js';

/** What xl/workbook.xml and its relationships say: the sheets, where the shared parts are. */
export interface WorkbookStructure {
  /** Worksheets in tab order (chart and dialog sheets hold no cells and are left out). */
  sheets: { name: string; hidden: boolean; part: string }[];
  /** `workbookPr/@date1904`, read as the xsd:boolean it is ("1" and "true" alike). */
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

export function readWorkbookStructure(
  parts: ReadonlyMap<string, Buffer>,
  budget: ReadBudget,
): WorkbookStructure {
  const targets = relationshipTargets(parts, budget);
  const workbook = parts.get(WORKBOOK);
  if (workbook === undefined) throw new XmlPartError(WORKBOOK, 'the workbook part is missing');
  const sheets: WorkbookStructure['sheets'] = [];
  let date1904 = false;
  readXmlStartTags(WORKBOOK, workbook, budget, (name, attributes) => {
    if (name === 'workbookPr') {
      date1904 = /^\s*(1|true)\s*$/.test(attribute(attributes, 'date1904') ?? '');
    } else if (name === 'sheet') {
      const target = targets.get(qualifiedAttribute(attributes, 'id') ?? '');
      if (target === undefined || !target.type.endsWith('/worksheet')) return;
      const state = attribute(attributes, 'state');
      sheets.push({
        name: (attribute(attributes, 'name') ?? '').normalize('NFC'),
        hidden: state === 'hidden' || state === 'veryHidden',
        part: target.part,
      });
    }
  });
  const ofType = (suffix: string, fallback: string): string | null => {
    for (const target of targets.values()) if (target.type.endsWith(suffix)) return target.part;
    return parts.has(fallback) ? fallback : null;
  };
  return {
    sheets,
    date1904,
    sharedStrings: ofType('/sharedStrings', 'xl/sharedStrings.xml'),
    styles: ofType('/styles', 'xl/styles.xml'),
  };
}

/** Relationship id → type and the part it names (internal targets only). */
function relationshipTargets(
  parts: ReadonlyMap<string, Buffer>,
  budget: ReadBudget,
): Map<string, { type: string; part: string }> {
  const targets = new Map<string, { type: string; part: string }>();
  const rels = parts.get(WORKBOOK_RELS);
  if (rels === undefined) return targets;
  readXmlStartTags(WORKBOOK_RELS, rels, budget, (name, attributes) => {
    if (name !== 'Relationship' || attribute(attributes, 'TargetMode') === 'External') return;
    const id = attribute(attributes, 'Id');
    const target = attribute(attributes, 'Target');
    if (id === undefined || target === undefined) return;
    const part = partName(target);
    if (part !== null) targets.set(id, { type: attribute(attributes, 'Type') ?? '', part });
  });
  return targets;
}

/** A target relative to xl/ (or absolute in the package) as an entry name; null if outside. */
function partName(target: string): string | null {
  const path = target.startsWith('/')
    ? posix.normalize(target.slice(1))
    : posix.normalize(`xl/${target}`);
  return path.startsWith('../') || path === '..' || path.startsWith('/') ? null : path;
}
