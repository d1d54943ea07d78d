import { describe, expect, it } from 'vitest';
import { grantReportChartSpec } from './grantReportChartSpec';
import { grantTableReport } from './grantTableReport';
import { parseGrantTable } from './parseGrantTable';

const text =
  'mottagare;beviljade_medel_kr;oanvanda_medel_kr\nFalu kommun*;700000;184363\nBorås Stad;287454;0\n';
const report = grantTableReport(parseGrantTable(text)._unsafeUnwrap())._unsafeUnwrap();

describe('grantReportChartSpec', () => {
  it('inlines one datum per recipient, in kronor and in the table order', () => {
    const spec = grantReportChartSpec(report, 'en');
    expect(spec.data.values).toEqual([
      { recipient: 'Falu kommun*', granted: 700000, unused: 184363 },
      { recipient: 'Borås Stad', granted: 287454, unused: 0 },
    ]);
    expect(spec.$schema).toContain('vega-lite/v6');
    expect(spec.title).toBe('Granted and unused funds per recipient');
  });
  it('draws the granted bar with the unused part over it, with Swedish labels and number format by default', () => {
    const spec = grantReportChartSpec(report);
    expect((spec.layer as { name: string }[]).map((l) => l.name)).toEqual(['granted', 'unused']);
    expect(JSON.stringify(spec)).toContain('Oanvänt');
    expect(spec.config).toEqual({ locale: { number: expect.objectContaining({ decimal: ',' }) } });
  });
  it('is plain data: it survives JSON', () => {
    const spec = grantReportChartSpec(report);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });
});
