import { formatMoney, getMunicipality, type LocalizedText, type Money } from '@stadig/core';
import { tenureKinds } from '@stadig/housing';
import type { Offer } from '../offer/offerSchema';
import type { MatchScore } from './MatchScore';

/**
 * A summary of an offer for the survivor herself: the municipality, tenure, rooms,
 * rent and the day it is available, and which of her own wishes it meets. It names no
 * other party's data: not the landlord, not the address, not other households, not the
 * places she keeps away from, not the vetoes (a vetoed offer is only said not to fit).
 *
 * @param score - the pair's score from {@link scoreMatch}
 * @param offer - the offer scored
 * @returns the summary in Swedish and English
 *
 * @example
 * ```ts
 * survivorSummary(scoreMatch(c, offer, { asOf }), offer).en;
 * //=> 'A first-hand lease with 3 rooms in Falun, rent 8 200 kr a month, available from 2026-02-01. It is in a municipality you wished for.'
 * ```
 */
export function survivorSummary(score: MatchScore, offer: Offer): LocalizedText {
  if (!score.feasible) {
    return {
      sv: 'Den här bostaden passar inte ditt hushåll. Din handläggare kan berätta mer.',
      en: 'This home does not suit your household. Your caseworker can tell you more.',
    };
  }
  const { dwelling } = offer;
  const place = getMunicipality(dwelling.municipality).name;
  const tenure = tenureKinds[dwelling.tenure];
  const rooms = dwelling.rooms === undefined ? undefined : dwelling.rooms;
  const rent =
    dwelling.rentPerMonth === undefined
      ? undefined
      : formatMoney(dwelling.rentPerMonth as Money, { decimals: 0 }).replace(/\u00A0/g, ' ');
  const wish = score.components.find((x) => x.id === 'preferences');
  const wished = wish !== undefined && wish.weight > 0 && wish.value === wish.weight;
  return {
    sv:
      `${cap(tenure.sv)}${rooms === undefined ? '' : ` med ${rooms} rum`} i ${place}` +
      `${rent === undefined ? '' : `, hyra ${rent} i månaden`}, ledig från ${offer.availableFrom}.` +
      (wished ? ' Den ligger i en kommun du önskat.' : ''),
    en:
      `A ${tenure.en}${rooms === undefined ? '' : ` with ${rooms} rooms`} in ${place}` +
      `${rent === undefined ? '' : `, rent ${rent} a month`}, available from ${offer.availableFrom}.` +
      (wished ? ' It is in a municipality you wished for.' : ''),
  };
}

const cap = (s: string) => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;
