import { resolve } from 'node:path';
import type { Command } from 'commander';
import { InvalidInputError } from '@lashou/sdk';
import type { Context } from '../context.js';
import type { Run } from '../main.js';
import { progress } from '../progress.js';
import { COALITION_IDS, type CoalitionId, coalitionProfits, fraudSchedule } from '../simulate/coalitions.js';
import { type AttackAssumptions, DEFAULT_DETECTION, type DetectionRates, defaultAttackAssumptions } from '../simulate/economics.js';
import { epochCount, simulatePool } from '../simulate/engine.js';
import { DEFAULT_INCIDENCE, scaleIncidence } from '../simulate/incidence.js';
import { DEFAULT_REGISTRY, type RegistrySettings, defaultParameters, readParameters } from '../simulate/parameters.js';
import { amountsJson, conclusionOf, conclusionSentence, writeReport } from '../simulate/report.js';
import { createRng } from '../simulate/rng.js';
import { DEFAULT_SAFE_GRID, SWEEP_PARAMETERS, parameterConflict, parseRanges, parseSweep, runSweep, smallestSafeParameters, unclosedCoalitions } from '../simulate/sweep.js';
import type { ProtocolParameters } from '../simulate/types.js';

type SimulateOptions = {
  members: string;
  years: string;
  seed: string;
  out?: string;
  set?: string;
  detection?: string;
  assume?: string;
  adversaries?: string;
  fraud?: string;
  fraudRate: string;
  incidenceScale: string;
  sweep?: string;
  range?: string;
};

function bad(message: string): never {
  throw new InvalidInputError(message);
}

function wholeNumber(text: string, option: string, min: number, max: number, example: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    bad(`${option} "${text}" is not a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}: e.g. ${option} ${example}`);
  }
  return value;
}

function positive(text: string, option: string, max: number, example: string): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(value > 0) || value > max) bad(`${option} "${text}" is not a number above 0 and at most ${max}: e.g. ${option} ${example}`);
  return value;
}

/** `name=value,name=value` into pairs; every name must be one of `known`. */
function pairs(text: string, option: string, known: string[], example: string): [string, number][] {
  const items = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) bad(`${option} is empty: give name=value pairs separated by commas, e.g. ${option} ${example}`);
  return items.map((item) => {
    const match = /^([A-Za-z-]+)=(-?\d+(?:\.\d+)?)$/.exec(item);
    if (!match) bad(`${option}: "${item}" is not name=value with a number: e.g. ${option} ${example}`);
    const [, name, value] = match as unknown as [string, string, string];
    if (!known.includes(name)) bad(`${option}: "${name}" is not known: use ${known.join(', ')}`);
    return [name, Number(value)];
  });
}

function applySet(params: ProtocolParameters, text: string | undefined): ProtocolParameters {
  if (text === undefined) return params;
  let p = params;
  for (const [name, value] of pairs(text, '--set', Object.keys(SWEEP_PARAMETERS), 'k=2.5,bond=50,reward=200')) {
    if (value < 0) bad(`--set: ${name}=${value} must be at least 0`);
    p = (SWEEP_PARAMETERS[name] as (typeof SWEEP_PARAMETERS)[string]).apply(p, value);
  }
  const conflict = parameterConflict(p);
  if (conflict) bad(`--set "${text}": the contracts would refuse these parameters: ${conflict}`);
  return p;
}

function applyDetection(text: string | undefined): DetectionRates {
  const rates = { ...DEFAULT_DETECTION };
  if (text === undefined) return rates;
  for (const [name, value] of pairs(text, '--detection', Object.keys(rates), 'witness=0.9,announcement=0.3')) {
    const isDays = name.endsWith('Days');
    if (isDays ? !(value > 0) : !(value >= 0 && value <= 1)) bad(`--detection: ${name}=${value} must be ${isDays ? 'a number of days above 0' : 'a probability from 0 to 1'}`);
    rates[name as keyof DetectionRates] = value;
  }
  return rates;
}

const AMOUNT_ASSUMPTIONS = new Set(['attemptCost', 'notaryBribe', 'membershipValue', 'supervisorEffort']);
const DAY_ASSUMPTIONS = new Set(['witnessSeasoning', 'claimLeadTime', 'payoutDelay']);

function applyAssumptions(text: string | undefined, decimals: number, registry: RegistrySettings): AttackAssumptions {
  const a: AttackAssumptions = { ...defaultAttackAssumptions(decimals), witnessSeasoning: registry.witnessSeasoning, minRegionWitnesses: registry.minRegionWitnesses };
  if (text === undefined) return a;
  const known = Object.keys(a).filter((k) => k !== 'sybilCounts');
  for (const [name, value] of pairs(text, '--assume', known, 'attemptCost=1000,honestWitnessesInRegion=5')) {
    if (value < 0) bad(`--assume: ${name}=${value} must be at least 0`);
    const record = a as unknown as Record<string, unknown>;
    if (AMOUNT_ASSUMPTIONS.has(name)) record[name] = BigInt(Math.round(value * 10 ** decimals));
    else if (DAY_ASSUMPTIONS.has(name)) record[name] = Math.round(value * 86_400);
    else if (name === 'capitalRatePerYear') record[name] = value;
    else {
      if (!Number.isInteger(value)) bad(`--assume: ${name}=${value} must be a whole number`);
      record[name] = value;
    }
  }
  return a;
}

function parseAdversaries(text: string | undefined): CoalitionId[] {
  if (text === undefined) return [...COALITION_IDS];
  const ids = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length === 0) bad(`--adversaries is empty: give one or more of ${COALITION_IDS.join(', ')}`);
  for (const id of ids) if (!(COALITION_IDS as readonly string[]).includes(id)) bad(`--adversaries: "${id}" is not a coalition: use ${COALITION_IDS.join(', ')}`);
  return COALITION_IDS.filter((id) => ids.includes(id));
}

async function simulate(ctx: Context, o: SimulateOptions): Promise<void> {
  if (!o.out) bad('--out <dir> is required: the folder where report.md, result.json and the charts are written, e.g. --out sim');
  const members = wholeNumber(o.members, '--members', 1, 10_000_000, '100000');
  const years = positive(o.years, '--years', 100, '5');
  const seed = wholeNumber(o.seed, '--seed', 0, 4_294_967_295, '42');
  const adversaries = parseAdversaries(o.adversaries);
  const sweep = o.sweep === undefined ? undefined : parseSweep(o.sweep);
  if (o.range !== undefined && !sweep) bad('--range needs --sweep: name the parameter(s) to vary, e.g. --sweep k --range 0.5:5:0.25');
  const ranges = sweep ? parseRanges(o.range, sweep) : undefined;
  const incidenceScale = Number(o.incidenceScale);
  if (!/^\d+(\.\d+)?$/.test(o.incidenceScale.trim()) || !(incidenceScale > 0) || incidenceScale > 100) bad(`--incidence-scale "${o.incidenceScale}" is not a number above 0 and at most 100 (a factor on the default incidence table): e.g. --incidence-scale 1.39`);
  const fraudRate = Number(o.fraudRate);
  if (!/^\d+(\.\d+)?$/.test(o.fraudRate.trim()) || !(fraudRate >= 0) || fraudRate > 100_000) bad(`--fraud-rate "${o.fraudRate}" is not a number from 0 to 100000 (attempts per 100,000 members per year): e.g. --fraud-rate 10`);
  const claimSide: string[] = ['claimant', 'witnesses-1', 'witnesses-2', 'witnesses-3', 'sybils', 'notary', 'decoy', 'all-accomplices'];
  if (o.fraud !== undefined && !claimSide.includes(o.fraud)) bad(`--fraud: "${o.fraud}" is not a claim-side coalition: use ${claimSide.join(', ')}`);

  // The parameters: a deployment's when --rpc or --deployment is given, else the deployment defaults.
  let params: ProtocolParameters;
  let registry: RegistrySettings = DEFAULT_REGISTRY;
  let parametersFrom = 'the deployment defaults (packages/sdk/src/actions/deployLashou.ts)';
  if (ctx.options.rpc !== undefined || ctx.options.deployment !== undefined) {
    const deployment = await ctx.deployment();
    const read = await readParameters(await ctx.publicClient(), deployment);
    params = read.params;
    registry = read.registry;
    parametersFrom = `the deployment of pool ${deployment.pool} on chain ${deployment.chainId}`;
  } else params = defaultParameters(6);
  params = applySet(params, o.set);
  if (o.set) parametersFrom += `, with --set ${o.set}`;
  const rates = applyDetection(o.detection);
  const assumptions = applyAssumptions(o.assume, params.decimals, registry);

  const started = performance.now();
  const allCoalitions = coalitionProfits(params, rates, assumptions);
  const coalitions = allCoalitions.filter((c) => adversaries.includes(c.id));
  const epochs = epochCount(years, params.epochLength);
  let fraud: ReturnType<typeof fraudSchedule> | undefined;
  if (o.fraud !== undefined && fraudRate > 0) {
    const coalition = allCoalitions.find((c) => c.id === o.fraud);
    if (coalition) fraud = fraudSchedule(coalition, params, rates, assumptions, { attemptsPerYearPer100k: fraudRate, members, epochs, rng: createRng((seed ^ 0x5f3759df) >>> 0) });
  }
  const bar = progress(ctx, 'simulating', epochs);
  const run = simulatePool(params, {
    members, years, seed,
    ...(incidenceScale !== 1 ? { incidence: scaleIncidence(DEFAULT_INCIDENCE, incidenceScale) } : {}),
    ...(fraud ? { extraClaims: fraud.extraClaims, credits: fraud.credits } : {}),
    onProgress: ({ epoch }) => bar.update(epoch + 1),
  });
  bar.stop();
  const sweepResult = sweep && ranges ? runSweep(params, rates, assumptions, sweep, ranges) : undefined;
  const safe = smallestSafeParameters(params, rates, assumptions);
  const grid = `k ${DEFAULT_SAFE_GRID.k[0]}…${DEFAULT_SAFE_GRID.k.at(-1)} by 0.05 (refined by ${DEFAULT_SAFE_GRID.kRefineStep}), bond ${DEFAULT_SAFE_GRID.bond[0]}…${DEFAULT_SAFE_GRID.bond.at(-1)} units, reward ${DEFAULT_SAFE_GRID.reward[0]}…${DEFAULT_SAFE_GRID.reward.at(-1)} bps`;
  const conclusion = conclusionOf(safe, coalitions, grid, safe ? [] : unclosedCoalitions(params, rates, assumptions));
  const dir = resolve(o.out);
  const { files, result } = await writeReport(dir, {
    run: { members, years, seed, parametersFrom },
    parameters: params, detection: rates, assumptions,
    pool: { epochs: run.epochs, totals: run.totals as unknown as Record<string, unknown>, assumptions: run.assumptions as unknown as Record<string, unknown> },
    fraudInPool: fraud?.summary, coalitions, sweep: sweepResult, conclusion,
  });
  const elapsed = performance.now() - started;
  const sentence = conclusionSentence(conclusion, params.decimals);
  const worst = [...coalitions].sort((a, b) => b.expectedProfit - a.expectedProfit);
  await ctx.print(
    [
      `simulated ${members.toLocaleString('en-US')} members for ${years} years (${run.epochs.length} epochs, seed ${seed}) in ${(run.totals.elapsedMs / 1000).toFixed(1)} s; parameters from ${parametersFrom}`,
      `wrote ${files.join(', ')} to ${dir}`,
      'expected profit per attempt (token units):',
      ...worst.map((c) => `  ${c.id.padEnd(24)} ${c.expectedProfit.toFixed(1).padStart(12)}${c.closable ? '' : '  (no parameter closes it)'}`),
      sentence,
    ],
    amountsJson({
      out: dir, files, elapsedMs: Math.round(elapsed), members, years, seed, epochs: run.epochs.length, parametersFrom,
      meanShare: run.totals.meanShare / 10 ** params.decimals, meanPayoutDelayDays: run.totals.meanPayoutDelayDays,
      coalitions: result.coalitions.map((c) => ({ coalition: c.id, expectedProfit: c.expectedProfit, closable: c.closable })),
      sweepPoints: sweepResult?.points.length ?? 0,
      conclusion: { ...conclusion, sentence },
    }, params.decimals),
  );
}

export function simulateCommand(program: Command, run: Run): void {
  program
    .command('simulate')
    .description('model a pool over time and what fraud earns each coalition under the parameters; writes report.md, result.json and SVG charts (docs/economics.md)')
    .option('--members <n>', 'members joining at the start (1 to 10,000,000)', '10000')
    .option('--years <y>', 'years to simulate', '5')
    .option('--seed <s>', 'seed of the random numbers: the same seed and options give the same results', '1')
    .option('--out <dir>', 'folder for report.md, result.json and the charts (required)')
    .option('--set <name=value,…>', `override parameters: ${Object.values(SWEEP_PARAMETERS).map((s) => `${s.name} (${s.unit})`).join(', ')}`)
    .option('--detection <name=value,…>', `detection rates (0 to 1): ${Object.keys(DEFAULT_DETECTION).join(', ')}`)
    .option('--assume <name=value,…>', 'attack assumptions: attemptCost, notaryBribe, membershipValue, supervisorEffort (token units), capitalRatePerYear, honestWitnessesInRegion, honestWitnessesGlobal, minRegionWitnesses, witnessSeasoning, claimLeadTime, payoutDelay (days)')
    .option('--adversaries <ids>', `coalitions to report (default all): ${COALITION_IDS.join(', ')}`)
    .option('--fraud <coalition>', 'inject the false claims of one claim-side coalition into the pool run (with --fraud-rate)')
    .option('--incidence-scale <x>', 'multiply the default incidence table (cancer only, docs/economics.md) by x, e.g. 1.39 for all critical illness', '1')
    .option('--fraud-rate <n>', 'fraud attempts per 100,000 members per year (with --fraud)', '0')
    .option('--sweep <param[,param]>', `vary one or two parameters: ${Object.keys(SWEEP_PARAMETERS).join(', ')}`)
    .option('--range <from:to:step[,…]>', 'the swept values per parameter, in its unit (default: a range per parameter)')
    .addHelpText(
      'after',
      [
        '',
        'Parameters: the deployment defaults, or with --rpc/--deployment those of that deployment. Amounts in token units.',
        '',
        'Examples:',
        '  $ lashou simulate --out sim',
        '  $ lashou simulate --members 1000000 --years 5 --seed 7 --out sim-1m',
        '  $ lashou simulate --members 1000 --sweep k,bond --range 0.5:4:0.25,25:500:25 --out sweep',
        '  $ lashou simulate --out sim --set k=2.5,reward=500 --detection witness=0.9 --fraud witnesses-3 --fraud-rate 5',
        '  $ lashou simulate --rpc http://127.0.0.1:8545 --out sim-local --json',
      ].join('\n'),
    )
    .action(run(simulate));
}
