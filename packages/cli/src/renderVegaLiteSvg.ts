import type { TopLevelSpec } from 'vega-lite';

/**
 * Renders a Vega-Lite specification to an SVG document in Node, with no browser:
 * Vega-Lite compiles it to Vega, and a headless Vega view (`renderer: 'none'`) writes
 * the SVG. The view is finalized afterwards. Rejects when the specification is not
 * valid Vega-Lite.
 *
 * @param spec - a Vega-Lite specification with its data inline (such as
 *   `grantReportChartSpec(report)` from `@stadig/grants`)
 * @returns the SVG text
 *
 * @example
 * ```ts
 * const svg = await renderVegaLiteSvg({ data: { values: [{ a: 1 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' } } });
 * svg.startsWith('<svg');
 * //=> true
 * ```
 */
export async function renderVegaLiteSvg(spec: object): Promise<string> {
  // Loaded here, not at the top: vega is large, and only `--format svg` needs it.
  const [{ parse, View }, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new View(parse(compile(spec as TopLevelSpec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
