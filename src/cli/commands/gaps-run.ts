import { CannotRunError } from '../../core/findings/cannot-run-error.js';
import { foldText } from '../../core/text/fold-text.js';
import type { EntityScore } from '../../core/score/report.js';
import { gapsJson } from '../../render/formats/gaps-json.js';
import { gapsTable } from '../../render/terminal/gaps-table.js';
import { textStyle } from '../global-options.js';
import { actionStart, type DataAction } from './data-command.js';
import { resolveInputs } from '../load-inputs.js';
import { loadScorable, positiveInteger, printFindings } from './score-run.js';

export interface GapsFlags {
  top?: string;
  format: 'table' | 'json';
}

/** The action of `smartcity gaps`, loaded only when that command runs. */
export const runGaps: DataAction<string, GapsFlags> = async (deps, file, flags, self) => {
  const { ctx, globals, input } = actionStart(deps, self);
  const top = flags.top === undefined ? undefined : positiveInteger(flags.top, '--top');

  const expanded = await resolveInputs(deps, [file], input);
  const loaded = await loadScorable(deps, globals, input, expanded);
  if (loaded === null) return;
  const { report } = loaded;
  const entity = pickEntity(report.entities, input.province ?? null);

  ctx.stdout(
    flags.format === 'json'
      ? gapsJson(report, entity, { lang: globals.lang, top })
      : gapsTable(report, entity, {
          lang: globals.lang,
          top,
          style: textStyle(ctx, globals, 'stdout'),
        }),
  );
  printFindings(ctx, globals, report.findings);
  deps.setExitCode(0);
};

/**
 * The one entity to show. With several, --province narrows them by province code, province name
 * or label (folded: case, diacritics and punctuation ignored) in case the binder kept them all.
 */
function pickEntity(entities: readonly EntityScore[], province: string | null): EntityScore {
  let candidates = entities;
  if (candidates.length > 1 && province !== null) {
    const wanted = foldText(province);
    candidates = candidates.filter(
      (e) =>
        foldText(e.label) === wanted ||
        (e.province !== null &&
          (e.province.code === province.trim() || foldText(e.province.name) === wanted)),
    );
  }
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (only !== undefined) return only;
  const labels = entities
    .slice(0, 5)
    .map((e) => e.label)
    .join(', ');
  throw CannotRunError.of('RUN_GAPS_ONE_ENTITY', {
    count: entities.length,
    labels: `${labels}${entities.length > 5 ? ', …' : ''}`,
  });
}
