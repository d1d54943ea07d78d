import type { CaseStatisticsTable } from '@stadig/case';
import { getCounty } from '@stadig/core';
import type { OutcomeComparison } from './cases';

/**
 * A grouped bar chart (Vega-Lite) of the outcome verdicts under the two definitions.
 *
 * @param comparison - from `compareOutcomes`
 * @returns the Vega-Lite specification, data inline
 */
export function outcomeChartSpec(comparison: OutcomeComparison): object {
  const values = (['national', 'strict'] as const).flatMap((definition) =>
    Object.entries(comparison[definition]).map(([verdict, count]) => ({
      definition,
      verdict,
      count,
    })),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 360,
    height: 220,
    data: { values },
    mark: 'bar',
    encoding: {
      x: {
        field: 'verdict',
        type: 'nominal',
        title: null,
        sort: ['permanent', 'needs-assessment', 'not-permanent'],
      },
      xOffset: { field: 'definition' },
      y: { field: 'count', type: 'quantitative', title: 'homes' },
      color: { field: 'definition', type: 'nominal', title: 'definition' },
    },
  };
}

/**
 * A bar chart (Vega-Lite) of the median days in sheltered housing per county; a
 * suppressed cell is left out, never drawn.
 *
 * @param table - from `demoStatistics`
 * @returns the Vega-Lite specification, data inline
 */
export function statisticsChartSpec(table: CaseStatisticsTable): object {
  const values = table.groups.flatMap((g) => {
    const cell = g.cells.find((c) => c.id === 'shelter.days.median');
    return cell?.value != null && cell.suppressed === null
      ? [{ county: getCounty(g.group as never).name, days: cell.value }]
      : [];
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 520,
    height: { step: 16 },
    data: { values },
    mark: 'bar',
    encoding: {
      y: { field: 'county', type: 'nominal', sort: '-x', title: null },
      x: { field: 'days', type: 'quantitative', title: 'median days in sheltered housing' },
    },
  };
}
