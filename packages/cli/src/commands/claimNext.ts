// What happens next to a claim, and who takes the step: `claim status` ends with it, `claim advance` says it when
// nothing can move yet. The decision is the SDK's `nextClaimStep` (the keeper's); this only words it and names the
// command to type.
import {
  getClaimRandomness, getClaimStepContext, listClaimReports, nextClaimStep, type GetClaimReturnType, type GetReportReturnType, type LashouClient,
  type NextClaimStepReturnType,
} from '@lashou/sdk';
import type { Address } from 'viem';
import { formatTime } from '../output.js';

/** The next step of a claim, as `claim status --json` prints it under `next` (`text` is the human line). */
export type ClaimNextStep = {
  /** What happens next: `review`, `arbitrate`, `accept`, `attest`, `draw`, `settle`, `resolveReport`, `expireReport`, a
   *  permissionless step of the SDK (`approveClaim`, `markClaimPaid`, `releaseStakes`, `replaceWitness`, `expireClaim`,
   *  `drawWitnesses`, `fulfilRandomness`), or `none`. */
  step: string;
  /** Who takes it: operator, witnesses, randomness, settlement, reporters (the claim waits out their window), anyone, nobody. */
  who: string;
  /** Whether anyone can move the claim now (`lashou claim advance`, or `report expire` for a report). */
  due: boolean;
  /** By when `who` should act (unix seconds), when there is such a deadline. */
  deadline?: bigint | undefined;
  /** From when anyone may take the permissionless step `kind` (unix seconds). */
  allowedAt?: bigint | undefined;
  /** From which block (a prevrandao target block). */
  allowedAtBlock?: bigint | undefined;
  /** The permissionless step that moves the claim on if `who` does not (the keeper's). */
  kind?: string | undefined;
  slot?: number | undefined;
  reportId?: bigint | undefined;
  /** The command that takes `step`. */
  command?: string | undefined;
  /** The SDK's one-line reason (ISO times). */
  detail: string;
  /** The human line (local times). */
  text: string;
};

const ANYONE: Record<string, (c: GetClaimReturnType, n: NextClaimStepReturnType) => string> = {
  fulfilRandomness: () => 'record the randomness and draw the witnesses',
  drawWitnesses: () => 'draw the witnesses',
  replaceWitness: (_c, n) => `replace the late witness in slot ${n.slot}`,
  approveClaim: () => 'approve it',
  markClaimPaid: (c) => (c.fullyPaid ? 'mark it paid' : 'close it paid in part'),
  releaseStakes: () => "release the witnesses' stakes",
  expireClaim: () => 'close it',
};

/** Words the next step of claim `c` from `nextClaimStep` (and, under investigation, its open reports). */
export function describeNextStep(c: GetClaimReturnType, n: NextClaimStepReturnType, context: { now: bigint; blockNumber: bigint; reports?: GetReportReturnType[] | undefined }): ClaimNextStep {
  const id = c.claimId;
  const advance = `lashou claim advance ${id}; the keeper does it`;
  const base = { due: n.due, allowedAt: n.allowedAt, allowedAtBlock: n.allowedAtBlock, kind: n.kind, slot: n.slot, detail: n.detail };
  if (n.due && n.kind) {
    return { ...base, step: n.kind, who: 'anyone', command: `lashou claim advance ${id}`, text: `anyone may ${ANYONE[n.kind]!(c, n)} now (${advance}): ${n.detail}` };
  }
  switch (n.waitingFor) {
    case 'operator':
      if (c.state === 'UnderArbitration') {
        const command = `lashou operator arbitrate ${id} --uphold|--overrule`;
        return { ...base, step: 'arbitrate', who: 'operator', deadline: c.deadline, command, text: `the operator arbitrates the witness's rejection by ${formatTime(c.deadline)} (lashou operator arbitrate ${id} --uphold or --overrule); after that anyone may close it, the rejection standing (${advance})` };
      }
      return {
        ...base, step: 'review', who: 'operator', deadline: c.deadline, command: `lashou operator review ${id} --approve|--reject <reason>`,
        text: `the operator reviews it by ${formatTime(c.deadline)} (lashou operator review ${id} --approve --identity <file>, or --reject <reason>); after that anyone may close it (${advance})`,
      };
    case 'witnesses': {
      const active = c.witnesses.filter((s) => s.status === 'Drawn' || s.status === 'Accepted').sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.slot - b.slot));
      const first = active[0];
      if (!first) return { ...base, step: 'none', who: 'witnesses', text: n.detail };
      const verb = (s: (typeof active)[number]) => (s.status === 'Drawn' ? 'accept' : 'attest');
      const command = (s: (typeof active)[number]) => `lashou witness ${verb(s)} ${id} --slot ${s.slot}${verb(s) === 'attest' ? ' --report <file>' : ''}`;
      const each = active.map((s) => `slot ${s.slot} to ${verb(s)} by ${formatTime(s.deadline)} (${command(s)})`).join(', ');
      return {
        ...base, step: verb(first), who: 'witnesses', deadline: first.deadline, slot: first.slot, command: command(first),
        text: `the witnesses: ${each}; after its deadline anyone replaces a late witness (${advance})`,
      };
    }
    case 'randomness':
      if (n.allowedAtBlock !== undefined) {
        return { ...base, step: 'draw', who: 'randomness', command: `lashou claim advance ${id}`, text: `the witnesses are drawn once block ${n.allowedAtBlock} is mined (now ${context.blockNumber}); then anyone draws them (${advance})` };
      }
      if (n.kind === 'expireClaim' && n.allowedAt !== undefined) {
        return { ...base, step: 'draw', who: 'randomness', command: `lashou claim advance ${id}`, text: `an empty witness slot waits for a draw until ${formatTime(n.allowedAt - 1n)}; after that anyone may close the claim (${advance})` };
      }
      return { ...base, step: 'draw', who: 'randomness', command: `lashou claim advance ${id}`, text: `the randomness source fulfils request ${c.randomnessRequest}; then anyone draws the witnesses (${advance})` };
    case 'reporters': {
      const report = `until then anyone may report fraud (lashou report file ${id} --evidence <file>)`;
      if (c.state === 'Paid') {
        return { ...base, step: 'releaseStakes', who: 'reporters', command: `lashou claim advance ${id}`, text: `anyone may release the witnesses' stakes after ${formatTime(c.deadline)} (${advance}); ${report}` };
      }
      return { ...base, step: 'approveClaim', who: 'reporters', command: `lashou claim advance ${id}`, text: `anyone may approve it after ${formatTime(c.deadline)} (${advance}); ${report}` };
    }
    case 'settlement':
      return {
        ...base, step: 'settle', who: 'settlement', deadline: c.deadline, command: 'lashou pool settle',
        text: `the pool pays it in instalments at each settlement until ${formatTime(c.deadline)} (lashou pool settle; the keeper does it); anyone marks it paid once paid in full, or closes it paid in part after that (${advance})`,
      };
    case 'investigation': {
      const open = (context.reports ?? []).filter((r) => r.outcome === 'Open').sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
      const r = open[0];
      if (!r) return { ...base, step: 'resolveReport', who: 'operator', text: `${n.detail} (lashou operator resolve-report <id>, lashou report expire <id>)` };
      const more = open.length > 1 ? `; ${open.length - 1} more open: report${open.length > 2 ? 's' : ''} ${open.slice(1).map((o) => o.reportId).join(', ')}` : '';
      if (context.now > r.deadline) {
        return {
          ...base, step: 'expireReport', who: 'anyone', due: true, allowedAt: r.deadline + 1n, kind: 'expireReport', reportId: r.reportId, command: `lashou report expire ${r.reportId}`,
          text: `anyone may close report ${r.reportId} now, bond back: the operator did not resolve it by ${formatTime(r.deadline)} (lashou report expire ${r.reportId}; the keeper does it)${more}`,
        };
      }
      return {
        ...base, step: 'resolveReport', who: 'operator', deadline: r.deadline, allowedAt: r.deadline + 1n, kind: 'expireReport', reportId: r.reportId,
        command: `lashou operator resolve-report ${r.reportId} --confirm|--dismiss`,
        text: `the operator resolves report ${r.reportId} by ${formatTime(r.deadline)} (lashou operator resolve-report ${r.reportId} --confirm or --dismiss); after that anyone may close it, bond back (lashou report expire ${r.reportId})${more}`,
      };
    }
    default:
      return { ...base, step: 'none', who: n.waitingFor, text: n.detail };
  }
}

/** Reads what `nextClaimStep` needs (the chain's clock, the randomness, the open reports) and words the claim's next step. */
export async function readNextStep(client: LashouClient, parameters: { claims: Address; reports: Address; claim: GetClaimReturnType; fromBlock: bigint }): Promise<ClaimNextStep> {
  const { claims, reports, claim: c, fromBlock } = parameters;
  const context = await getClaimStepContext(client, { claims });
  const [randomness, open] = await Promise.all([
    c.randomnessRequest === 0n ? undefined : getClaimRandomness(client, { source: context.randomnessSource, requestId: c.randomnessRequest, blockNumber: context.blockNumber }),
    c.state === 'UnderInvestigation' ? listClaimReports(client, { reports, claimId: c.claimId, fromBlock }) : undefined,
  ]);
  const n = nextClaimStep({ claim: c, now: context.now, blockNumber: context.blockNumber, honourUntil: context.honourUntil, randomness });
  return describeNextStep(c, n, { now: context.now, blockNumber: context.blockNumber, reports: open });
}

/** The JSON of a next step (`text` is for humans). */
export function nextStepJson(next: ClaimNextStep): Omit<ClaimNextStep, 'text'> {
  const { text: _text, ...json } = next;
  return json;
}
