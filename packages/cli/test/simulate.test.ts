// `lashou simulate` end to end, through the bundled CLI: the files it writes (report.md, result.json, SVG charts that
// parse), reproducibility with a seed, the sweep, parameters read from a deployment with --rpc/--deployment, and the
// errors for bad options.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { defaultClaimParameters } from '@lashou/sdk';
import { deployLashou, startTestChain } from '@lashou/sdk/node';
import { assertJsonSchema, assertOneLineError, lashou } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lashou-simulate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

type Result = {
  run: { members: number; years: number; seed: number; parametersFrom: string };
  parameters: Record<string, unknown>;
  pool: { epochs: { epoch: number; share: string; shareBaseUnits: string; poolBalance: string; members: number }[]; totals: Record<string, unknown> };
  coalitions: { id: string; expectedProfit: number; closable: boolean }[];
  sweep?: { parameters: { name: string; values: number[] }[]; points: { values: number[]; closableNegative: boolean }[] };
  conclusion: { found: boolean; stakeCoverBps?: number; reportBond?: string; reporterRewardBps?: number; open: { coalition: string }[] };
  charts: string[];
};

const readResult = (out: string) => JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')) as Result;
/** result.json without the wall-clock figures (the only part a seed does not fix). */
const withoutTimes = (text: string) => text.replace(/"elapsedMs": [\d.e+-]+,?/g, '');

function assertSvg(file: string) {
  const text = readFileSync(file, 'utf8');
  assert.equal(XMLValidator.validate(text), true, `${file} is well-formed XML`);
  const doc = new XMLParser({ ignoreAttributes: false }).parse(text) as { svg?: Record<string, unknown> };
  assert.ok(doc.svg, `${file} has an <svg> root`);
  assert.equal(doc.svg['@_xmlns'], 'http://www.w3.org/2000/svg');
  assert.ok(Number(doc.svg['@_width']) > 100 && Number(doc.svg['@_height']) > 100, `${file} has a size`);
  assert.ok(/<path|<rect|<line/.test(text), `${file} draws marks`);
}

describe('lashou simulate', () => {
  test('writes report.md, result.json and SVG charts that parse', async () => {
    const out = join(dir, 'run');
    const r = await lashou(['simulate', '--members', '2000', '--years', '2', '--seed', '11', '--out', out, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { files: string[]; epochs: number; conclusion: { sentence: string } };
    assertJsonSchema(doc, 6);
    assert.deepEqual(doc.files, ['report.md', 'result.json', 'share.svg', 'balance.svg', 'delay.svg', 'members.svg', 'coalitions.svg']);
    for (const f of doc.files) assert.ok(existsSync(join(out, f)), f);
    for (const f of doc.files.filter((x) => x.endsWith('.svg'))) assertSvg(join(out, f));
    const result = readResult(out);
    assert.deepEqual([result.run.members, result.run.years, result.run.seed], [2000, 2, 11]);
    assert.equal(result.pool.epochs.length, doc.epochs);
    assert.equal(result.pool.epochs.length, 52); // ⌊2 × 365.25 / 14⌋
    // Amounts in token units with their base units, and every share at most the minimum balance.
    for (const e of result.pool.epochs) {
      assert.equal(Number(e.share), Number(e.shareBaseUnits) / 1e6);
      assert.ok(BigInt(e.shareBaseUnits) <= 10_000_000n);
    }
    // The deployment defaults, which this command's conclusion set (docs/economics.md).
    assert.equal(result.parameters.stakeCoverBps, Number(defaultClaimParameters(6).StakeCoverBps));
    assert.equal(result.coalitions.length, 11);
    assert.deepEqual(result.conclusion.open.map((o) => o.coalition), ['operator-rejects', 'operator-sybil-reporter']);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    for (const f of result.charts) assert.match(md, new RegExp(`\\]\\(${f.replace('.', '\\.')}\\)`), `report.md links ${f}`);
    assert.match(md, /## Closing note/);
    assert.ok(md.includes(doc.conclusion.sentence), 'the closing note states the conclusion');
  });

  test('is reproducible with a seed, and another seed gives another run', async () => {
    const outs = ['a', 'b', 'c'].map((x) => join(dir, `seed-${x}`));
    const seeds = ['5', '5', '6'];
    for (const [i, out] of outs.entries()) {
      const r = await lashou(['simulate', '--members', '1000', '--years', '1', '--seed', seeds[i]!, '--out', out, '--fraud', 'witnesses-3', '--fraud-rate', '2000']);
      assert.equal(r.code, 0, r.stderr);
    }
    const [a, b, c] = outs.map((o) => readFileSync(join(o, 'result.json'), 'utf8'));
    assert.equal(withoutTimes(a!), withoutTimes(b!));
    assert.notEqual(withoutTimes(a!), withoutTimes(c!));
    for (const svg of ['share.svg', 'coalitions.svg']) assert.equal(readFileSync(join(outs[0]!, svg), 'utf8'), readFileSync(join(outs[1]!, svg), 'utf8'));
    const fraud = (JSON.parse(a!) as { fraudInPool: { attempts: number; announced: number; paid: number; caughtInAnnouncement: number } }).fraudInPool;
    assert.ok(fraud.attempts > 0);
    assert.equal(fraud.announced, fraud.paid + fraud.caughtInAnnouncement);
  });

  test('sweeps two parameters into a heat map and marks where every closable coalition loses', async () => {
    const out = join(dir, 'sweep');
    const r = await lashou(['simulate', '--members', '500', '--years', '1', '--out', out, '--sweep', 'k,reward', '--range', '2:3.5:0.5,0:400:200']);
    assert.equal(r.code, 0, r.stderr);
    assertSvg(join(out, 'sweep.svg'));
    const result = readResult(out);
    assert.deepEqual(result.sweep?.parameters.map((p) => [p.name, p.values]), [['k', [2, 2.5, 3, 3.5]], ['reward', [0, 200, 400]]]);
    assert.equal(result.sweep?.points.length, 12);
    // At the default bond (100 units) the false reporter loses only while ε × reward < 0.98 × 100: reward 200 bps
    // (ε·R = 40) can be safe, 0 cannot (nobody is paid to report), and k = 2 is below the bound.
    const at = (k: number, reward: number) => result.sweep?.points.find((p) => p.values[0] === k && p.values[1] === reward);
    assert.equal(at(3, 200)?.closableNegative, true);
    assert.equal(at(3, 0)?.closableNegative, false);
    assert.equal(at(2, 200)?.closableNegative, false);
  });

  test('reads the parameters of a deployment with --rpc and --deployment', async () => {
    const chain = await startTestChain();
    try {
      const deployments = join(dir, 'deployments');
      const d = await deployLashou(chain.dev(0), { deploymentsDir: deployments, claimParameters: { StakeCoverBps: 25_000n, ReportBond: 70_000_000n, ReporterRewardBps: 300n } });
      const out = join(dir, 'deployed');
      const file = join(deployments, '31337.json');
      const r = await lashou(['simulate', '--rpc', chain.rpcUrl, '--deployment', file, '--members', '300', '--years', '1', '--out', out, '--json']);
      assert.equal(r.code, 0, r.stderr);
      const result = readResult(out);
      assert.equal(result.parameters.stakeCoverBps, 25_000);
      assert.equal(result.parameters.reportBond, '70');
      assert.equal(result.parameters.reporterRewardBps, 300);
      assert.match(result.run.parametersFrom, new RegExp(`pool ${d.pool} on chain 31337`));
    } finally {
      await chain.stop();
    }
  });

  test('--incidence-scale multiplies the incidence table: about twice the claims at 2', async () => {
    const claims: number[] = [];
    for (const scale of ['1', '2']) {
      const out = join(dir, `scale-${scale}`);
      const r = await lashou(['simulate', '--members', '20000', '--years', '2', '--seed', '5', '--incidence-scale', scale, '--out', out, '--adversaries', 'claimant']);
      assert.equal(r.code, 0, r.stderr);
      const result = readResult(out) as unknown as { pool: { totals: { diagnosed: number } } };
      claims.push(result.pool.totals.diagnosed);
    }
    // Poisson counts: at 2× the mean the ratio lies within 1.6–2.4 unless something is off by far more than chance.
    assert.ok(claims[0]! > 20, `enough claims to compare (${claims[0]})`);
    const ratio = claims[1]! / claims[0]!;
    assert.ok(ratio > 1.6 && ratio < 2.4, `2× incidence gives ${claims[1]} claims against ${claims[0]} (ratio ${ratio.toFixed(2)})`);
  });

  test('refuses bad options with one clear line', async () => {
    const out = join(dir, 'bad');
    const cases: [string[], RegExp][] = [
      [['--members', '0'], /--members "0" is not a whole number from 1 to 10,000,000: e\.g\. --members 100000/],
      [['--members', 'many'], /--members "many" is not a whole number/],
      [['--years', '0'], /--years "0" is not a number above 0 and at most 100/],
      [['--seed', '-1'], /--seed "-1" is not a whole number from 0/],
      [['--sweep', 'stake'], /--sweep: "stake" is not a parameter the sweep can vary: use k, stake-lock, witness-stake, bond, reward, announcement/],
      [['--sweep', 'k', '--range', '5:1:1'], /--range "5:1:1" for k: the step must be above 0 and to at least from/],
      [['--range', '1:2:1'], /--range needs --sweep/],
      [['--set', 'k=20'], /the contracts would refuse these parameters: StakeCoverBps above MAX_STAKE_COVER_BPS/],
      [['--set', 'kay=2'], /--set: "kay" is not known: use k, stake-lock/],
      [['--detection', 'witness=2'], /--detection: witness=2 must be a probability from 0 to 1/],
      [['--adversaries', 'mafia'], /--adversaries: "mafia" is not a coalition/],
      [['--fraud', 'operator-rejects', '--fraud-rate', '1'], /--fraud: "operator-rejects" is not a claim-side coalition/],
      [['--incidence-scale', '0'], /--incidence-scale "0" is not a number above 0 and at most 100/],
      [['--incidence-scale', 'x2'], /--incidence-scale "x2" is not a number/],
    ];
    for (const [args, pattern] of cases) assertOneLineError(await lashou(['simulate', ...args, '--out', out]), pattern);
    assertOneLineError(await lashou(['simulate']), /--out <dir> is required/);
    assert.equal(existsSync(out), false, 'nothing written on a refusal');
  });
});
