// Without a chain: every claim, witness, report, operator and notary command has examples in --help that parse, the
// claim examples use what the demo mutual has, and the pieces the commands word their output with.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Command } from 'commander';
import type { GetClaimReturnType, NextClaimStepReturnType, WitnessAssignment } from '@lashou/sdk';
import type { Address, Hex } from 'viem';
import { buildProgram } from '../src/main.js';
import { claimListRange } from '../src/commands/claims.js';
import { describeNextStep } from '../src/commands/claimNext.js';
import { DEMO, unreadable } from '../src/commands/claimShared.js';
import { formatTimestamp, isoTimestamp, setTimestampFormat } from '@lashou/sdk';
import { formatTime } from '../src/output.js';
import { assignmentText } from '../src/commands/witness.js';

process.env.TZ = 'Asia/Shanghai';
// As main() does: the SDK's sentences write times like the CLI's human output.
setTimestampFormat(formatTime);
const GROUPS = ['claim', 'witness', 'report', 'operator', 'notary'];
const LOCAL = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\+08:00/;

function helpOf(command: Command): string {
  let text = '';
  command.configureOutput({ writeOut: (s) => (text += s), writeErr: (s) => (text += s) });
  command.outputHelp();
  return text;
}

/** Every command under the groups, with its path (`claim file`). */
function commands(): { path: string; command: Command }[] {
  const program = buildProgram();
  const out: { path: string; command: Command }[] = [];
  for (const group of program.commands.filter((c) => GROUPS.includes(c.name()))) {
    out.push({ path: group.name(), command: group });
    for (const sub of group.commands) out.push({ path: `${group.name()} ${sub.name()}`, command: sub });
  }
  return out;
}

describe('--help of the claim, witness, report, operator and notary commands', () => {
  test('every command has an Examples block whose commands name it and use only its options', () => {
    const all = commands();
    assert.equal(all.filter((c) => c.path.startsWith('claim ')).length, 6);
    const globals = new Set(buildProgram().options.map((o) => o.long));
    for (const { path, command } of all) {
      const help = helpOf(command);
      const block = /\nExamples:\n((?: {2}\$ .+\n?)+)$/.exec(help);
      assert.ok(block, `${path} --help has no Examples block at its end:\n${help}`);
      const lines = block[1]!.trimEnd().split('\n').map((line) => line.replace(/^ {2}\$ /, ''));
      for (const line of lines) {
        const words = line.replace(/^([A-Z_]+=\S+ )+/, '').split(/\s+/);
        assert.equal(words[0], 'lashou', `${path}: "${line}" does not start with lashou`);
        assert.deepEqual(words.slice(1, 1 + path.split(' ').length), path.split(' '), `${path}: "${line}" is not an example of ${path}`);
        if (command.commands.length > 0) continue;
        const known = new Set([...command.options.map((o) => o.long), ...globals, '--help']);
        for (const word of words.filter((w) => w.startsWith('--'))) assert.ok(known.has(word), `${path}: "${line}" uses ${word}, which ${path} does not take`);
        for (const option of command.options.filter((o) => o.mandatory)) assert.ok(words.includes(option.long!), `${path}: "${line}" lacks the required ${option.long}`);
      }
    }
  });

  test('the claim file and notary sign examples use a region and the notary of the demo mutual', () => {
    const byPath = new Map(commands().map((c) => [c.path, c.command]));
    for (const path of ['claim file', 'notary sign']) {
      const help = helpOf(byPath.get(path)!);
      const examples = help.slice(help.indexOf('\nExamples:\n')).split('\n').filter((l) => l.startsWith('  $ '));
      assert.ok(examples.length > 0);
      // A claim filed from the notary's signed file (--signed) takes the region and the notary from it.
      for (const line of examples.filter((l) => !l.includes('--signed '))) assert.match(line, /--region [123]( |$)/, `${path}: ${line}`);
    }
    const file = helpOf(byPath.get('claim file')!);
    for (const line of file.split('\n').filter((l) => l.startsWith('  $ ') && !l.includes('--signed '))) assert.ok(line.includes(`--notary ${DEMO.notary}`), line);
    assert.ok(file.split('\n').some((l) => l.startsWith('  $ ') && l.includes('--signed ')), 'claim file shows filing from the signed file');
    assert.equal(DEMO.notary, '0x70997970C51812dc3A010C7d01b50e0d17dc79C8');
  });
});

describe('how the commands word their output', () => {
  test('claim list ranges: claims are numbered 1 to N', () => {
    assert.deepEqual(claimListRange(8n, undefined, undefined), { from: 1n, to: 8n });
    assert.deepEqual(claimListRange(8n, '3', '50'), { from: 3n, to: 8n });
    assert.equal(claimListRange(0n, undefined, undefined), undefined);
    assert.throws(() => claimListRange(8n, '5', '3'), /--from 5 is after --to 3: give --from ≤ --to; claims are numbered 1 to 8/);
    assert.throws(() => claimListRange(8n, '9', undefined), /--from 9 is beyond the last claim: claims are numbered 1 to 8/);
    assert.throws(() => claimListRange(8n, '0', undefined), /--from "0" is not a claim id: claims are numbered 1 to 8/);
    assert.throws(() => claimListRange(8n, undefined, '1.5'), /--to "1\.5" is not a claim id/);
    assert.throws(() => claimListRange(0n, '1', undefined), /--from 1 is beyond the last claim: no claim has been filed yet/);
  });

  test('an unreadable file is named, with what to do', () => {
    assert.equal(unreadable('a.pdf', '--document', 'EACCES'), '--document a.pdf cannot be read (permission denied): make it readable for this user (chmod u+r a.pdf) or run as its owner');
    assert.match(unreadable('a.pdf', '--evidence', 'EIO', ', or give --evidence-hash <0x…>'), /^--evidence a\.pdf cannot be read \(EIO\): check the file, or give --evidence-hash/);
  });

  test('SDK sentences show local times once the CLI chose the format (main does)', () => {
    assert.equal(formatTimestamp(1_799_114_400n), '2027-01-05 10:00:00 UTC+08:00');
    try {
      setTimestampFormat(isoTimestamp); // the SDK's default, for other programs
      assert.equal(formatTimestamp(1_799_114_400n), '2027-01-05T02:00:00Z');
    } finally {
      setTimestampFormat(formatTime);
    }
  });

  test('what a witness does next about each slot it was drawn for', () => {
    const a = (next: WitnessAssignment['next'], status: WitnessAssignment['status'], claimState: WitnessAssignment['claimState'] = 'WitnessesDrawn'): WitnessAssignment => ({ claimId: 5n, slot: 1, claimState, status, deadline: 1_800_000_000n, next });
    assert.deepEqual(assignmentText(a('accept', 'Drawn')).command, 'lashou witness accept 5 --slot 1');
    assert.match(assignmentText(a('accept', 'Drawn')).text, new RegExp(`^claim 5 slot 1 \\(WitnessesDrawn\\): accept by ${LOCAL.source} \\(lashou witness accept 5 --slot 1\\), or decline`));
    assert.match(assignmentText(a('attest', 'Accepted')).text, /: visit the patient and attest by .* \(lashou witness attest 5 --slot 1 --report <file>\)$/);
    assert.match(assignmentText(a('late', 'Drawn')).text, /: late, the accept deadline was .*; anyone may replace you now \(your no-show slice is slashed\)$/);
    assert.match(assignmentText(a('late', 'Accepted')).text, /: late, the attest deadline was /);
    assert.match(assignmentText(a('done', 'Rejected', 'UnderArbitration')).text, /^claim 5 slot 1 \(UnderArbitration\): done, attested \(rejected\)$/);
    assert.match(assignmentText(a('released', 'Released')).text, /: released, the slot went to another witness/);
    assert.match(assignmentText(a('closed', 'Accepted', 'Rejected')).text, /: closed, the claim ended before you acted$/);
    assert.equal(assignmentText(a('done', 'Approved')).command, undefined);
  });

  test('the next step of a claim names who takes it and the command', () => {
    const NOW = 1_800_000_000n;
    const W = (n: number) => `0x${String(n).repeat(40)}` as Address;
    const ZERO = `0x${'0'.repeat(64)}` as Hex;
    const claim = (state: GetClaimReturnType['state'], extra: Partial<GetClaimReturnType> = {}) => ({
      claimId: 7n, state, deadline: NOW + 100n, fullyPaid: false, randomnessRequest: 0n,
      witnesses: [0, 1, 2].map((slot) => ({ slot, witness: W(slot + 1), status: 'Empty' as const, deadline: 0n, reportHash: ZERO })), ...extra,
    }) as GetClaimReturnType;
    const step = (n: Partial<NextClaimStepReturnType>) => ({ kind: undefined, due: false, waitingFor: 'nobody', detail: 'why', ...n }) as NextClaimStepReturnType;
    const filed = describeNextStep(claim('Filed'), step({ kind: 'expireClaim', waitingFor: 'operator', allowedAt: NOW + 101n }), { now: NOW, blockNumber: 9n });
    assert.deepEqual([filed.step, filed.who, filed.deadline, filed.allowedAt, filed.kind], ['review', 'operator', NOW + 100n, NOW + 101n, 'expireClaim']);
    assert.match(filed.text, new RegExp(`^the operator reviews it by ${LOCAL.source} \\(lashou operator review 7 --approve --identity <file>, or --reject <reason>\\); after that anyone may close it \\(lashou claim advance 7; the keeper does it\\)$`));
    const witnesses = claim('WitnessesDrawn', {
      witnesses: [
        { slot: 0, witness: W(1), status: 'Accepted', deadline: NOW + 50n, reportHash: ZERO },
        { slot: 1, witness: W(2), status: 'Drawn', deadline: NOW + 20n, reportHash: ZERO },
        { slot: 2, witness: W(3), status: 'Approved', deadline: 0n, reportHash: ZERO },
      ],
    });
    const waiting = describeNextStep(witnesses, step({ kind: 'replaceWitness', waitingFor: 'witnesses', slot: 1, allowedAt: NOW + 21n }), { now: NOW, blockNumber: 9n });
    assert.deepEqual([waiting.step, waiting.who, waiting.slot, waiting.deadline, waiting.command], ['accept', 'witnesses', 1, NOW + 20n, 'lashou witness accept 7 --slot 1']);
    assert.match(waiting.text, /^the witnesses: slot 1 to accept by .* \(lashou witness accept 7 --slot 1\), slot 0 to attest by .* \(lashou witness attest 7 --slot 0 --report <file>\); after its deadline anyone replaces a late witness/);
    const due = describeNextStep(witnesses, step({ kind: 'replaceWitness', due: true, waitingFor: 'anyone', slot: 1, detail: `late since ${formatTimestamp(1_799_114_400n)}` }), { now: NOW, blockNumber: 9n });
    assert.deepEqual([due.step, due.who, due.due, due.command], ['replaceWitness', 'anyone', true, 'lashou claim advance 7']);
    assert.match(due.text, /^anyone may replace the late witness in slot 1 now \(lashou claim advance 7; the keeper does it\): late since 2027-01-05 10:00:00 UTC\+08:00$/);
    const report = (reportId: bigint, deadline: bigint) => ({ reportId, claimId: 7n, reporter: W(9), bond: 1n, deadline, outcome: 'Open' as const, resumeState: 'Approved' as const, commitment: ZERO, evidenceHash: ZERO, revealed: false, firstWithEvidence: undefined });
    const investigated = describeNextStep(claim('UnderInvestigation'), step({ waitingFor: 'investigation' }), { now: NOW, blockNumber: 9n, reports: [report(4n, NOW + 10n), report(3n, NOW - 10n)] });
    assert.deepEqual([investigated.step, investigated.who, investigated.due, investigated.reportId, investigated.command], ['expireReport', 'anyone', true, 3n, 'lashou report expire 3']);
    assert.match(investigated.text, /^anyone may close report 3 now, bond back: .*; 1 more open: report 4$/);
    const settled = describeNextStep(claim('Approved'), step({ kind: 'markClaimPaid', waitingFor: 'settlement', allowedAt: NOW + 101n }), { now: NOW, blockNumber: 9n });
    assert.deepEqual([settled.step, settled.who, settled.command], ['settle', 'settlement', 'lashou pool settle']);
    const randomness = describeNextStep(claim('Reviewed', { randomnessRequest: 2n }), step({ kind: 'fulfilRandomness', waitingFor: 'randomness', allowedAtBlock: 12n }), { now: NOW, blockNumber: 9n });
    assert.match(randomness.text, /^the witnesses are drawn once block 12 is mined \(now 9\); then anyone draws them/);
    const arbitration = describeNextStep(claim('UnderArbitration'), step({ kind: 'expireClaim', waitingFor: 'operator' }), { now: NOW, blockNumber: 9n });
    assert.deepEqual([arbitration.step, arbitration.who, arbitration.command], ['arbitrate', 'operator', 'lashou operator arbitrate 7 --uphold|--overrule']);
  });
});
