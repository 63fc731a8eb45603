import type { Command } from 'commander';
import {
  acceptWitness, activateWitness, attestClaim, declineWitness, formatAmount, getWitness, getWitnessAssignments, requestUnstake, stakeWitness, withdrawStake,
  type WitnessAssignment,
} from '@lashou/sdk';
import { CliError, type Context, parseAddress } from '../context.js';
import type { Run } from '../main.js';
import { formatTime } from '../output.js';
import { DEMO, documentHash, examples, modules, parseId, parseRegion, parseSlot, requireClaim } from './claimShared.js';

/** What a witness should do about one assignment, in words, with the command. */
export function assignmentText(a: WitnessAssignment): { text: string; command: string | undefined } {
  const where = `claim ${a.claimId} slot ${a.slot} (${a.claimState})`;
  switch (a.next) {
    case 'accept': {
      const command = `lashou witness accept ${a.claimId} --slot ${a.slot}`;
      return { command, text: `${where}: accept by ${formatTime(a.deadline)} (${command}), or decline (lashou witness decline ${a.claimId} --slot ${a.slot})` };
    }
    case 'attest': {
      const command = `lashou witness attest ${a.claimId} --slot ${a.slot} --report <file>`;
      return { command, text: `${where}: visit the patient and attest by ${formatTime(a.deadline)} (${command})` };
    }
    case 'late':
      return { command: undefined, text: `${where}: late, the ${a.status === 'Drawn' ? 'accept' : 'attest'} deadline was ${formatTime(a.deadline)}; anyone may replace you now (your no-show slice is slashed)` };
    case 'done':
      return { command: undefined, text: `${where}: done, attested (${a.status === 'Approved' ? 'approved' : 'rejected'})` };
    case 'released':
      return { command: undefined, text: `${where}: released, the slot went to another witness (declined, replaced or overruled)` };
    case 'closed':
      return { command: undefined, text: `${where}: closed, the claim ended before you acted` };
  }
}

export function witnessCommands(program: Command, run: Run) {
  const witness = program
    .command('witness')
    .description('witnesses: stake, accept a visit, attest, unstake')
    .addHelpText('after', examples(`lashou witness status ${DEMO.witness}`, 'lashou witness stake --amount 15000 --region 1 --yes', 'lashou witness accept 5 --slot 0 --yes'));
  witness
    .command('stake')
    .description('register as a witness (or top up) with a stake in a region')
    .requiredOption('--amount <amount>', 'stake, in token units (the first stake must reach the minimum)')
    .requiredOption('--region <code>', 'coarse region code (1–65535) where you can visit patients')
    .addHelpText('after', examples('lashou witness stake --amount 15000 --region 1 --yes', 'lashou witness stake --amount 5000 --region 2 --yes --json'))
    .action(run(async (ctx: Context, o: { amount: string; region: string }) => {
      const region = parseRegion(o.region);
      const amount = await ctx.amount(o.amount);
      const [deployment, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      await ctx.confirm(`Stake ${formatAmount(amount, token)} as a witness in region ${region} from ${wallet.account.address}?`);
      const r = await stakeWitness(wallet, { registry: modules(deployment).registry, amount, region });
      await ctx.print([`staked ${formatAmount(amount, token)} in region ${region}`, `transaction ${r.hash}`], { witness: wallet.account.address, amount, region, hash: r.hash });
    }));
  for (const [name, description, action] of [
    ['accept', 'accept the visit you were drawn for (before the accept deadline; lashou witness status lists your slots)', acceptWitness],
    ['decline', 'decline the visit you were drawn for (the slot is redrawn)', declineWitness],
  ] as const) {
    witness
      .command(name)
      .argument('<claimId>')
      .requiredOption('--slot <n>', 'your slot (0–2; lashou witness status lists them)')
      .description(description)
      .addHelpText('after', examples(`lashou witness ${name} 5 --slot 0 --yes`))
      .action(run(async (ctx: Context, o: { slot: string }, id: string) => {
        const claimId = parseId(id);
        const slot = parseSlot(o.slot);
        const [deployment, client] = await Promise.all([ctx.deployment(), ctx.publicClient()]);
        const claims = modules(deployment).claims;
        await requireClaim(client, claims, claimId);
        const wallet = await ctx.wallet();
        await ctx.confirm(`${name === 'accept' ? 'Accept' : 'Decline'} slot ${slot} of claim ${claimId} as ${wallet.account.address}?`);
        const r = await action(wallet, { claims, claimId, slot });
        await ctx.print([`${name === 'accept' ? 'accepted' : 'declined'} slot ${slot} of claim ${claimId}`, `transaction ${r.hash}`], { claimId, slot, witness: wallet.account.address, hash: r.hash });
      }));
  }
  witness
    .command('attest')
    .argument('<claimId>')
    .requiredOption('--slot <n>', 'your slot (0–2)')
    .option('--report <file>', 'your signed visit report (only its hash goes on chain)')
    .option('--report-hash <hash>', 'the visit report hash, if already computed')
    .option('--reject', 'the patient is not as the claim says (the operator arbitrates)')
    .description('attest after the visit, with the hash of your signed visit report')
    .addHelpText('after', examples('lashou witness attest 5 --slot 0 --report visit.pdf --yes', 'lashou witness attest 5 --slot 1 --report visit.pdf --reject --yes'))
    .action(run(async (ctx: Context, o: { slot: string; report?: string; reportHash?: string; reject?: boolean }, id: string) => {
      const claimId = parseId(id);
      const slot = parseSlot(o.slot);
      const reportHash = await documentHash({ document: o.report, documentHash: o.reportHash }, 'report');
      const [deployment, client] = await Promise.all([ctx.deployment(), ctx.publicClient()]);
      const claims = modules(deployment).claims;
      await requireClaim(client, claims, claimId);
      const wallet = await ctx.wallet();
      await ctx.confirm(`${o.reject ? 'Reject' : 'Attest'} claim ${claimId} (slot ${slot}) as ${wallet.account.address}?`);
      const r = await attestClaim(wallet, { claims, claimId, slot, reportHash, approve: !o.reject });
      await ctx.print([`${o.reject ? 'rejected' : 'attested'} claim ${claimId} (slot ${slot})`, `transaction ${r.hash}`], { claimId, slot, reportHash, approve: !o.reject, hash: r.hash });
    }));
  witness
    .command('unstake')
    .description('stop being drawn and start the unstake cooldown')
    .addHelpText('after', examples('lashou witness unstake --yes'))
    .action(run(async (ctx: Context) => {
      const [deployment, wallet] = await Promise.all([ctx.deployment(), ctx.wallet()]);
      await ctx.confirm(`Request unstake for ${wallet.account.address}?`);
      const r = await requestUnstake(wallet, { registry: modules(deployment).registry });
      await ctx.print([`unstake requested: withdraw after ${formatTime(r.availableAt)} (lashou witness withdraw)`, `transaction ${r.hash}`], { witness: wallet.account.address, availableAt: r.availableAt, hash: r.hash });
    }));
  witness
    .command('withdraw')
    .description('withdraw the whole stake after the cooldown (nothing may be locked)')
    .addHelpText('after', examples('lashou witness withdraw --yes'))
    .action(run(async (ctx: Context) => {
      const [deployment, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      await ctx.confirm(`Withdraw the stake of ${wallet.account.address}?`);
      const r = await withdrawStake(wallet, { registry: modules(deployment).registry });
      await ctx.print([`withdrew ${formatAmount(r.amount, token)}`, `transaction ${r.hash}`], { witness: wallet.account.address, amount: r.amount, hash: r.hash });
    }));
  witness
    .command('status')
    .argument('[address]', 'witness address (default: your key)')
    .description("a witness's stake, locked part, region, stake tier, seasoning, whether it can be drawn, and the claims it was drawn for with what to do next (accept by, attest by, done)")
    .addHelpText('after', examples(`lashou witness status ${DEMO.witness}`, 'lashou witness status --json'))
    .action(run(async (ctx: Context, _o: object, who?: string) => {
      const address = who ? parseAddress(who, 'witness') : (await ctx.account()).address;
      const [deployment, token, client] = await Promise.all([ctx.deployment(), ctx.token(), ctx.publicClient()]);
      const { registry, claims } = modules(deployment);
      const [w, drawn] = await Promise.all([
        getWitness(client, { registry, witness: address }),
        getWitnessAssignments(client, { claims, witness: address, fromBlock: BigInt(deployment.blockNumber) }),
      ]);
      if (!w.registered && drawn.assignments.length === 0) throw new CliError(`${address} is not a registered witness: stake with lashou witness stake`);
      const eligible = w.eligible
        ? `yes (tier ${w.tier}: stakes from ${formatAmount(w.minimumStake << BigInt(w.tier ?? 0), token)})`
        : !w.registered
          ? 'no (not registered: it withdrew its stake)'
          : w.unstakeAvailableAt !== 0n
            ? 'no (unstaking)'
            : w.tier === undefined
              ? `no (stake below the ${formatAmount(w.minimumStake, token)} minimum: top up)`
              : w.awaitingActivation
                ? 'no: seasoned, waiting to be activated (lashou witness activate; any keeper does it)'
                : `no (seasoning until ${formatTime(w.seasonedAt)})`;
      const assignments = drawn.assignments.map((a) => ({ ...a, ...assignmentText(a) }));
      await ctx.print(
        [
          `witness ${address}`, `stake     ${formatAmount(w.stake, token)} (${formatAmount(w.locked, token)} locked)`, `region    ${w.region}`,
          `seasoned  ${w.seasoned ? 'since' : 'at'} ${formatTime(w.seasonedAt)}`, `eligible  ${eligible}`, `unstake   ${w.unstakeAvailableAt ? `withdraw after ${formatTime(w.unstakeAvailableAt)}` : '—'}`,
          ...(assignments.length === 0 ? ['drawn     for no claim yet'] : assignments.map((a, i) => `${i === 0 ? 'drawn     ' : '          '}${a.text}`)),
        ],
        { ...w, assignments: assignments.map(({ text: _text, ...a }) => a) },
      );
    }));
  witness
    .command('activate')
    .argument('[address]', 'the witness (default: your key); anyone may activate anyone')
    .description('put a witness whose seasoning period is over into the draw (a keeper does this for everyone)')
    .addHelpText('after', examples(`lashou witness activate ${DEMO.witness} --yes`, 'lashou witness activate --yes'))
    .action(run(async (ctx: Context, _o: object, who?: string) => {
      const [deployment, wallet] = await Promise.all([ctx.deployment(), ctx.wallet()]);
      const address = who ? parseAddress(who, 'witness') : wallet.account.address;
      const registry = modules(deployment).registry;
      const w = await getWitness(wallet, { registry, witness: address });
      if (!w.registered) throw new CliError(`${address} is not a registered witness: stake with lashou witness stake`);
      if (w.eligible) {
        await ctx.print([`witness ${address} is already in the draw (tier ${w.tier}, region ${w.region}): nothing to do`], { witness: address, entered: false, eligible: true, tier: w.tier, region: w.region });
        return;
      }
      if (w.unstakeAvailableAt !== 0n) throw new CliError(`${address} is unstaking: it can no longer be drawn (stake again after withdrawing to register anew)`);
      await ctx.confirm(`Activate witness ${address} (gas only)?`);
      const r = await activateWitness(wallet, { registry, witness: address });
      await ctx.print(
        [r.entered ? `activated witness ${address} (tier ${r.tier}, region ${r.region})` : `witness ${address} did not enter the draw`, `transaction ${r.hash}`],
        { witness: address, entered: r.entered, eligible: r.eligible, tier: r.tier, region: r.region, hash: r.hash },
      );
    }));
}
