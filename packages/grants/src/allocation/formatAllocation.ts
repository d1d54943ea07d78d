import { formatMoney, getMunicipality, type Lang, type Money } from '@stadig/core';
import { activityCategories } from '../categories/activityCategories';
import type { Allocation } from './Allocation';
import { decisionKinds } from './GrantDecision';

const label = {
  requested: { sv: 'begärt', en: 'requested' },
  eligible: { sv: 'stödberättigat', en: 'eligible' },
  granted: { sv: 'beviljat', en: 'granted' },
  activity: { sv: 'aktivitet', en: 'activity' },
} as const;

/**
 * Writes an allocation for a person: one line per application (id, municipality,
 * decision, requested, eligible and granted amounts), the reasons of each activity
 * that did not get all of its cost, then the summary (available, granted, left
 * undistributed, not granted by reason, counts and the approval rate).
 *
 * @param allocation - the allocation
 * @param lang - the language
 * @returns the text, ending with a line break
 *
 * @example
 * ```ts
 * formatAllocation(allocation, 'en').split('\n')[0];
 * //=> 'A-1  Falun (2080)  Granted in full  requested 700 000 kr  eligible 700 000 kr  granted 700 000 kr'
 * ```
 */
export function formatAllocation(allocation: Allocation, lang: Lang): string {
  const l: Lang = lang === 'en' ? 'en' : 'sv';
  const kr = (m: Money) => formatMoney(m, { decimals: 'auto' }).replace(/\u00a0/g, ' ');
  const lines: string[] = [];
  for (const d of allocation.decisions) {
    const where = `${getMunicipality(d.municipalityCode).name} (${d.municipalityCode})`;
    const amounts = (['requested', 'eligible', 'granted'] as const).map(
      (k) => `${label[k][l]} ${kr(d[k])}`,
    );
    lines.push([d.applicationId, where, decisionKinds[d.kind][l], ...amounts].join('  '));
    for (const a of d.activities) {
      if (a.granted >= a.cost && a.eligible) continue;
      const what = `${label.activity[l]} ${a.index + 1} (${activityCategories[a.category].label[l]})`;
      for (const r of a.reasons.filter((r) => !r.code.startsWith('eligible.')))
        lines.push(`  - ${what}: ${r.text[l]} [${r.code}]`);
    }
  }
  const s = allocation.summary;
  const sv = l === 'sv';
  lines.push(
    '',
    `${sv ? 'Tillgängligt' : 'Available'}: ${kr(s.available)} (${sv ? 'budget' : 'budget'} ${kr(s.budget)} − ${sv ? 'administration' : 'administration'} ${kr(s.administration)})`,
    `${sv ? 'Beviljat' : 'Granted'}: ${kr(s.granted)}; ${sv ? 'ej fördelat' : 'undistributed'}: ${kr(s.undistributed)}`,
    `${sv ? 'Ansökningar' : 'Applications'}: ${s.applications}; ${decisionKinds.full[l]}: ${s.full}; ${decisionKinds.partial[l]}: ${s.partial}; ${decisionKinds.rejected[l]}: ${s.rejected}; ${sv ? 'bifallsfrekvens' : 'approval rate'}: ${s.approvalPercent === null ? '–' : `${s.approvalPercent} %`}`,
  );
  if (s.policyApplied)
    lines.push(`${sv ? 'Fördelningsprincip' : 'Allocation policy'}: ${s.policy}`);
  if (s.notGrantedByReason.length > 0)
    lines.push(`${sv ? 'Ej beviljat' : 'Not granted'}: ${kr(s.notGranted)}`);
  for (const p of s.notGrantedByReason) lines.push(`  ${kr(p.amount)}  ${p.text[l]} [${p.code}]`);
  return `${lines.join('\n')}\n`;
}
