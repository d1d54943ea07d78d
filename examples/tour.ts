/**
 * The five-minute tour of the README, as a script the test suite runs, so that the
 * README's claims stay true. Run it: `node --conditions=@stadig/source --import tsx examples/tour.ts`.
 */
import {
  allocateLargestRemainder,
  formatError,
  formatMoney,
  parseDateOnly,
  parseMoney,
  protect,
  resolveMunicipality,
  reveal,
} from '@stadig/core';
import { evaluatePermanence, nationalRuleSet, parseHousingSolution } from '@stadig/housing';

const lines: string[] = [];
const show = (label: string, value: unknown) => lines.push(`${label} ${JSON.stringify(value)}`);

const falun = resolveMunicipality('Falu kommun*');
show('Falu kommun* →', [falun.status, falun.municipality?.code, falun.municipality?.name]);
const norr = resolveMunicipality('Norrälje kommun');
show('Norrälje kommun →', [norr.status, norr.municipality?.code, norr.reason.en]);

const amount = parseMoney('1 234,50 kr');
show('parseMoney("1 234,50 kr") →', amount.unwrapOr(null));
show('formatMoney →', amount.map((m) => formatMoney(m)).unwrapOr(null));
const hundred = parseMoney('100 kr');
const parts = hundred.andThen((total) => allocateLargestRemainder(total, [1, 1, 1]));
show('100 kr split three ways (öre) →', parts.unwrapOr(null));

const name = protect('Alva Exempel', 'name');
show('JSON.stringify({ name }) →', JSON.stringify({ name }));
show('reveal(name) →', reveal(name));

const date = parseDateOnly('2023-02-29');
show(
  'parseDateOnly("2023-02-29") →',
  date.match(String, (e) => formatError(e, 'en')),
);

const sublease = parseHousingSolution({
  tenure: 'sublease',
  contract: { start: '2026-01-01', end: '2026-11-30' },
  municipality: '0180',
});
const asOf = parseDateOnly('2026-12-01')._unsafeUnwrap();
const verdict = sublease.map((s) => evaluatePermanence(s, { asOf, ruleSet: nationalRuleSet }));
show(
  'an 11-month sublease →',
  verdict.map((v) => [v.verdict, v.reasons.map((r) => r.rule)]).unwrapOr(null),
);

process.stdout.write(`${lines.join('\n')}\n`);
