import type { GroupOutput, IndicatorOutput } from './indicator-set-schema.js';
import type { SetPath } from './set-issue.js';

export interface WalkedGroup {
  group: GroupOutput;
  path: SetPath;
  /** 1 for a top-level group. */
  level: number;
  parent: WalkedGroup | null;
}

export interface WalkedIndicator {
  indicator: IndicatorOutput;
  path: SetPath;
  parent: WalkedGroup;
}

/**
 * Every group (pre-order) and indicator of a parsed set with its YAML path, so rules, the points
 * distribution and normalisation see the tree the same way. Depth is bounded before this runs.
 */
export function setWalk(groups: readonly GroupOutput[]): {
  groups: WalkedGroup[];
  indicators: WalkedIndicator[];
} {
  const walkedGroups: WalkedGroup[] = [];
  const walkedIndicators: WalkedIndicator[] = [];
  const visit = (list: readonly GroupOutput[], base: SetPath, parent: WalkedGroup | null): void => {
    list.forEach((group, i) => {
      const walked: WalkedGroup = {
        group,
        path: [...base, 'groups', i],
        level: parent ? parent.level + 1 : 1,
        parent,
      };
      walkedGroups.push(walked);
      group.indicators?.forEach((indicator, j) => {
        walkedIndicators.push({
          indicator,
          path: [...walked.path, 'indicators', j],
          parent: walked,
        });
      });
      if (group.groups) visit(group.groups, walked.path, walked);
    });
  };
  visit(groups, [], null);
  return { groups: walkedGroups, indicators: walkedIndicators };
}
