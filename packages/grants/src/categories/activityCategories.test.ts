import { describe, expect, it } from 'vitest';
import { activityCategories, activityCategoryIds } from './activityCategories';
import { ineligiblePurposeIds, ineligiblePurposes } from './ineligiblePurposes';

describe('activityCategories', () => {
  it('lists the thirteen categories, each with a label, a reason and a source in seed 004', () => {
    expect(activityCategoryIds).toHaveLength(13);
    for (const id of activityCategoryIds) {
      const info = activityCategories[id];
      expect(info.label.sv.length * info.label.en.length).toBeGreaterThan(0);
      expect(info.reason.sv.length * info.reason.en.length).toBeGreaterThan(0);
      expect(info.source.document).toContain('seeds/004');
    }
  });
  it('only "other" is assessed case by case (seed 004, Tabell 3 "Andra områden", line 273)', () => {
    expect(
      activityCategoryIds.filter((id) => activityCategories[id].eligibility !== 'eligible'),
    ).toEqual(['other']);
  });
  it('six categories are cooperation, as in Tabell 4 (lines 284–293)', () => {
    expect(
      activityCategoryIds.filter((id) => activityCategories[id].group === 'cooperation'),
    ).toHaveLength(6);
  });
});

describe('ineligiblePurposes', () => {
  it('are the three of seed 004 line 226 and the statutory duties of SFS 2022:1416', () => {
    expect(ineligiblePurposeIds).toEqual([
      'preventive-work',
      'emergency-apartments',
      'support-to-individuals',
      'statutory-duty',
    ]);
    expect(ineligiblePurposes['emergency-apartments'].source.place).toContain('line 226');
    expect(ineligiblePurposes['statutory-duty'].source.document).toBe('SFS 2022:1416');
  });
});
