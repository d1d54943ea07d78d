/**
 * The national baseline of @stadig/housing written for json-rules-engine, the baseline
 * of bench/evaluate-permanence.bench.ts: the same ten rules as JSON conditions over the
 * solution's facts, with two computed facts (the tenure that counts, the contract term
 * measured with the same calendar-exact one-year rule). A verdict is read from the
 * events as `evaluatePermanence` combines outcomes: a fail wins, then an unsettled
 * rule (needs-assessment), then a pass; no event at all is needs-assessment.
 *
 * json-rules-engine is asynchronous and the harness times synchronous calls, so the
 * engine runs in a worker thread and the main thread blocks on a shared flag until a
 * whole batch is done (`Atomics.wait`): each timed call does all of the work.
 */
import {
  MessageChannel,
  type MessagePort,
  receiveMessageOnPort,
  Worker,
  workerData,
} from 'node:worker_threads';
import { contractTerm, type Verdict } from '@stadig/housing';
import { Engine, type RuleProperties } from 'json-rules-engine';

const NATIONAL_FROM = '2021-06-03';
const temporary = ['sheltered-housing', 'temporary-housing', 'emergency-apartment'];
const rented = ['first-hand-lease', 'sublease', 'social-contract', 'lodger'];
const open = ['with-relatives', 'special-housing', 'other'];
const notShort = ['no-contract', 'open-ended', 'one-year-or-more'];

type Outcome = 'pass' | 'fail' | 'unsettled';
function rule(
  name: string,
  outcome: Outcome,
  ...conditions: { fact: string; operator: string; value: unknown }[]
): RuleProperties {
  const inEffect = { fact: 'asOf', operator: 'onOrAfter', value: NATIONAL_FROM };
  return {
    name,
    conditions: { all: [inEffect, ...conditions] },
    event: { type: outcome, params: { rule: name } },
  };
}
const tenureIn = (kinds: string[]) => ({ fact: 'effectiveTenure', operator: 'in', value: kinds });
const termIn = (terms: string[]) => ({ fact: 'contractTerm', operator: 'in', value: terms });

/** The national rules as json-rules-engine rules. */
export const nationalJreRules: RuleProperties[] = [
  rule('national.temporary-forms', 'fail', tenureIn(temporary)),
  rule(
    'national.one-year-term',
    'fail',
    tenureIn([...rented, ...open]),
    termIn(['under-one-year']),
  ),
  rule(
    'national.one-year-term',
    'pass',
    tenureIn([...rented, ...open]),
    termIn(['open-ended', 'one-year-or-more']),
  ),
  rule('national.one-year-term', 'unsettled', tenureIn(rented), termIn(['no-contract'])),
  rule('national.ownership', 'pass', tenureIn(['tenant-owned', 'owned'])),
  rule('national.first-hand-lease', 'pass', tenureIn(['first-hand-lease']), termIn(['open-ended'])),
  rule(
    'national.first-hand-lease',
    'unsettled',
    tenureIn(['first-hand-lease']),
    termIn(['one-year-or-more']),
  ),
  ...['sublease', 'social-contract', 'lodger', ...open].map((kind) =>
    rule(`national.${kind}`, 'unsettled', tenureIn([kind]), termIn(notShort)),
  ),
];

/** A json-rules-engine engine holding the national rules and the computed facts. */
export function createPermanenceEngine(): Engine {
  const engine = new Engine(nationalJreRules, { allowUndefinedFacts: true });
  engine.addOperator<string, string>(
    'onOrAfter',
    (date, from) => typeof date === 'string' && date >= from,
  );
  engine.addFact('effectiveTenure', async (_params, almanac) => {
    const tenure = await almanac.factValue<string>('tenure');
    return tenure === 'staying-in-home'
      ? ((await almanac.factValue<string>('heldTenure')) ?? 'other')
      : tenure;
  });
  engine.addFact('contractTerm', async (_params, almanac) =>
    contractTerm(await almanac.factValue<Parameters<typeof contractTerm>[0]>('contract')),
  );
  return engine;
}

/** The verdict json-rules-engine's events amount to, and the rules that spoke. */
export async function jreVerdict(
  engine: Engine,
  solution: object,
  asOf: string,
): Promise<{ verdict: Verdict; rules: string[] }> {
  const { events } = await engine.run({ ...solution, asOf });
  const types = new Set(events.map((e) => e.type));
  const rules = [...new Set(events.map((e) => String(e.params?.rule)))];
  const verdict: Verdict = types.has('fail')
    ? 'not-permanent'
    : types.has('pass') && !types.has('unsettled')
      ? 'permanent'
      : 'needs-assessment';
  return { verdict, rules };
}

/** A json-rules-engine evaluator in a worker, called synchronously. */
export interface JreWorker {
  /** Evaluates every solution; returns the verdicts and the rules that spoke, in order. */
  readonly verdicts: () => { verdict: Verdict; rules: string[] }[];
  /** Evaluates every solution; returns only how many were evaluated. */
  readonly run: () => number;
}

/** Starts the worker with the solutions (JSON, without addresses) and the assessment date. */
export async function startJreWorker(solutionsJson: string, asOf: string): Promise<JreWorker> {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const worker = new Worker(boot, {
    eval: true,
    workerData: { role: 'permanence-jre', flag, port: port2, solutionsJson, asOf },
    transferList: [port2],
  });
  await new Promise((ready, fail) => {
    port1.once('message', ready);
    worker.once('error', fail);
  });
  worker.unref();
  port1.unref();
  const call = <T>(kind: 'verdicts' | 'run'): T => {
    Atomics.store(flag, 0, 0);
    worker.postMessage(kind);
    Atomics.wait(flag, 0, 0);
    return receiveMessageOnPort(port1)?.message as T;
  };
  return { verdicts: () => call('verdicts'), run: () => call('run') };
}

if (workerData?.role === 'permanence-jre') {
  const { flag, port, solutionsJson, asOf } = workerData as {
    flag: Int32Array;
    port: MessagePort;
    solutionsJson: string;
    asOf: string;
  };
  const solutions = JSON.parse(solutionsJson) as object[];
  const engine = createPermanenceEngine();
  const { parentPort } = await import('node:worker_threads');
  parentPort?.on('message', async (kind: 'verdicts' | 'run') => {
    const results = [];
    for (const solution of solutions) results.push(await jreVerdict(engine, solution, asOf));
    port.postMessage(kind === 'verdicts' ? results : results.length);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
  port.postMessage('ready');
}
