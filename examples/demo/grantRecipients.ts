import {
  type CountyCode,
  formatMoney,
  getCounty,
  type Money,
  type MunicipalityResolution,
  parseMoney,
  resolveMunicipality,
  sumMoney,
} from '@stadig/core';

/** One recipient row of the 2023 grant appendix, with its municipality resolved. */
export interface ResolvedRecipient {
  readonly line: number;
  readonly resolution: MunicipalityResolution;
  readonly granted: Money;
}

/** What the demo found in the grant appendix. */
export interface RecipientReport {
  readonly recipients: readonly ResolvedRecipient[];
  readonly problems: readonly string[];
  readonly byStatus: Readonly<Record<MunicipalityResolution['status'], number>>;
  readonly grantedByCounty: ReadonlyMap<CountyCode, Money>;
  readonly grantedTotal: Money;
}

/**
 * Resolves every recipient of the 2023 grant appendix (seed 004, Bilaga 1) to a
 * municipality and adds up the granted amounts per county.
 *
 * The file is the published semicolon-separated table; `@stadig/adapter-csv` will do
 * real CSV work (quoting, encodings). This demo only splits lines.
 */
export function resolveGrantRecipients(csv: string): RecipientReport {
  const [header, ...lines] = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split(/\r?\n/);
  if (header === undefined || !header.startsWith('mottagare;')) {
    return emptyReport(['The file does not start with the expected header "mottagare;…".']);
  }
  const recipients: ResolvedRecipient[] = [];
  const problems: string[] = [];
  lines.forEach((text, index) => {
    const line = index + 2;
    const [recipient, grantedText] = text.split(';');
    const granted = parseMoney(`${grantedText ?? ''} kr`);
    if (recipient === undefined || granted.isErr()) {
      problems.push(`line ${line}: ${granted.isErr() ? granted.error.message.en : 'no recipient'}`);
      return;
    }
    recipients.push({ line, resolution: resolveMunicipality(recipient), granted: granted.value });
  });
  const byStatus = { exact: 0, probable: 0, unknown: 0 };
  const perCounty = new Map<CountyCode, Money[]>();
  for (const r of recipients) {
    byStatus[r.resolution.status]++;
    const county = r.resolution.municipality?.countyCode;
    if (county !== undefined) perCounty.set(county, [...(perCounty.get(county) ?? []), r.granted]);
  }
  const grantedByCounty = new Map(
    [...perCounty]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([c, amounts]) => [c, total(amounts)] as const),
  );
  return {
    recipients,
    problems,
    byStatus,
    grantedByCounty,
    grantedTotal: total(recipients.map((r) => r.granted)),
  };
}

function total(amounts: readonly Money[]): Money {
  // Sums of published grant amounts stay far inside the safe-integer range.
  return sumMoney(amounts)._unsafeUnwrap();
}

function emptyReport(problems: string[]): RecipientReport {
  return {
    recipients: [],
    problems,
    byStatus: { exact: 0, probable: 0, unknown: 0 },
    grantedByCounty: new Map(),
    grantedTotal: total([]),
  };
}

/**
 * Renders what the names show: the summary, every name that was not resolved
 * exactly (with the reason), and the granted amounts per county.
 */
export function renderRecipientReport(report: RecipientReport): string {
  const { exact, probable, unknown } = report.byStatus;
  const out = [
    `  ${report.recipients.length} recipients as written in the appendix: ${exact} exact, ${probable} probable, ${unknown} unknown`,
  ];
  for (const { resolution: r } of report.recipients.filter(
    (x) => x.resolution.status !== 'exact',
  )) {
    const m = r.municipality;
    const found = m === null ? '—' : `${m.code} ${m.name}`;
    out.push(`    ${r.input} → ${r.status} ${found} (${r.reason.en})`);
  }
  out.push('', '  Granted per county');
  for (const [county, amount] of report.grantedByCounty) {
    out.push(
      `    ${county} ${(getCounty(county)?.name ?? '').padEnd(26)} ${formatMoney(amount).padStart(14)}`,
    );
  }
  out.push(`    Total granted: ${formatMoney(report.grantedTotal)}`);
  for (const problem of report.problems) out.push(`  problem: ${problem}`);
  return `${out.join('\n')}\n`;
}
