import { describe, expect, it } from 'vitest';
import { renderVegaLiteSvg } from './renderVegaLiteSvg';

describe('renderVegaLiteSvg', () => {
  it('draws a Vega-Lite bar chart as SVG in Node, one bar per datum', async () => {
    const svg = await renderVegaLiteSvg({
      data: {
        values: [
          { who: 'A', kr: 3 },
          { who: 'B & <C>', kr: 5 },
        ],
      },
      mark: 'bar',
      encoding: { y: { field: 'who', type: 'nominal' }, x: { field: 'kr', type: 'quantitative' } },
    });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg.match(/aria-roledescription="bar"/g)).toHaveLength(2);
    expect(svg).toContain('B &amp; &lt;C&gt;');
  });
  it('rejects a specification that is not Vega-Lite', async () => {
    await expect(renderVegaLiteSvg({ mark: 'no-such-mark' })).rejects.toThrow();
  });
});
