import { type Command, Option } from 'commander';
import { type HintFallback, formatAmount, getMember, joinPool, joinPoolWithPermit, releasePayout, requestExit, topUpBalance, withdrawBalance } from '@lashou/sdk';
import { loadIdentity } from '@lashou/sdk/node';
import { mutualPoolAbi } from '@lashou/abi';
import { CliError, type Context, parseAddress } from '../context.js';
import { formatTime } from '../output.js';
import { explainTokenWait, refuseTo } from './releaseShared.js';
import type { Run } from '../main.js';

/** Warns on stderr (also with --json, whose output is stdout) when the API's hint could not be used: the join
 *  goes on with the chain's helper, but the API the user configured is not answering. */
const hintFallbackNote = (_ctx: Context) => (fallback: HintFallback) =>
  process.stderr.write(`warning: sorted-list hint from ${fallback.from} not used (${fallback.reason}); using ${fallback.to}\n`);


export function memberCommands(program: Command, run: Run) {
  const member = program.command('member').description('member actions: join, top up, exit, withdraw, status');

  member
    .command('join')
    .description('join the pool with an identity file and a first deposit (≥ the minimum balance)')
    .requiredOption('--deposit <amount>', 'first deposit, in token units (e.g. 50 or 12.50)')
    .requiredOption('--identity <file>', 'identity file from `lashou identity new` (its commitment goes on chain)')
    .option('--no-permit', "approve then join (two transactions) instead of signing the token's permit (EIP-2612, or DAI's)")
    .addHelpText('after', '\nOne person joins once: an identity commitment that already joined is refused, naming the member who holds it.\n\nExamples:\n  $ lashou identity new --doc-type cn --name 张三          # prints where it wrote the file\n  $ lashou member join --deposit 50 --identity ~/.local/share/lashou/identities/2026-05-01-1a2b3c4d5e6f.identity.json\n  $ lashou member join --deposit 50 --identity me.identity.json --account alice --yes --json   # alice: a key in ~/.foundry/keystores (cast wallet import)')
    .action(run(async (ctx: Context, options: { deposit: string; identity: string; permit: boolean }) => {
      const identity = loadIdentity(options.identity);
      const deposit = await ctx.amount(options.deposit);
      const [{ pool, hintHelpers, blockNumber }, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      await ctx.confirm(`Join pool ${pool} from ${wallet.account.address} with a deposit of ${formatAmount(deposit, token)}?`);
      const hints = { hintHelpers, apiUrl: ctx.apiUrl(), onHintFallback: hintFallbackNote(ctx), fromBlock: blockNumber };
      // A token without a usable permit (USDT; a domain the SDK cannot reproduce) joins by approve + join, and says why.
      const result = options.permit
        ? await joinPoolWithPermit(wallet, { pool, identityCommitment: identity.commitment, deposit, ...hints })
        : { ...(await joinPool(wallet, { pool, identityCommitment: identity.commitment, deposit, ...hints })), method: 'approve' as const, notice: undefined, unlimitedAllowance: false };
      if (result.notice) ctx.note(result.notice);
      await ctx.print(
        [
          `joined as member #${result.memberId} with ${formatAmount(deposit, token)}`,
          `coverage starts ${formatTime(result.coverageStart)}`,
          ...(result.unlimitedAllowance ? [`the pool now has an unlimited allowance on your ${token.symbol} (the token's permit grants no less); it only pulls in your own join and top-up`] : []),
          `transaction ${result.hash}`,
        ],
        { memberId: result.memberId, member: wallet.account.address, deposit, coverageStart: result.coverageStart, hash: result.hash, commitment: identity.commitment, method: result.method, unlimitedAllowance: result.unlimitedAllowance },
      );
    }));

  member
    .command('top-up')
    .description('add funds (a lapsed member who reaches the minimum rejoins, with a new waiting period)')
    .requiredOption('--amount <amount>', 'tokens to add')
    .addHelpText('after', '\nExample:\n  $ lashou member top-up --amount 20')
    .action(run(async (ctx: Context, options: { amount: string }) => {
      const amount = await ctx.amount(options.amount);
      const [{ pool, hintHelpers }, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      await ctx.confirm(`Top up ${formatAmount(amount, token)} from ${wallet.account.address}?`);
      const result = await topUpBalance(wallet, { pool, amount, hintHelpers, apiUrl: ctx.apiUrl(), onHintFallback: hintFallbackNote(ctx) });
      await ctx.print(
        [`balance now ${formatAmount(result.balance, token)}${result.rejoined ? ` (rejoined; coverage starts ${formatTime(result.coverageStart)})` : ''}`, `transaction ${result.hash}`],
        { amount, balance: result.balance, rejoined: result.rejoined, ...(result.rejoined ? { coverageStart: result.coverageStart } : {}), hash: result.hash },
      );
    }));

  member
    .command('exit')
    .description('leave: coverage ends now; you still pay the current epoch, then withdraw the rest')
    .addHelpText('after', '\nExample:\n  $ lashou member exit && lashou member withdraw   # the withdrawal works once the epoch is settled')
    .action(run(async (ctx: Context) => {
      const [{ pool }, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      await ctx.confirm(`Leave pool ${pool}? Coverage for ${wallet.account.address} ends at once.`);
      const result = await requestExit(wallet, { pool });
      await ctx.print(
        [`exit requested: coverage has ended; you pay epoch ${result.exitEpoch} and withdraw once it is settled`, `balance at request ${formatAmount(result.balance, token)}`, `transaction ${result.hash}`],
        { exitEpoch: result.exitEpoch, balance: result.balance, hash: result.hash },
      );
    }));

  member
    .command('withdraw')
    .description('take out what is left, once lapsed or once your exit epoch is settled')
    .addHelpText('after', '\nExamples:\n  $ lashou member withdraw\n  $ lashou member withdraw --yes --json')
    .action(run(async (ctx: Context) => {
      const [{ pool }, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      await ctx.confirm(`Withdraw everything left for ${wallet.account.address}?`);
      const result = await withdrawBalance(wallet, { pool });
      await ctx.print([`withdrew ${formatAmount(result.amount, token)}`, `transaction ${result.hash}`], { amount: result.amount, hash: result.hash });
    }));

  member
    .command('claim-payout')
    .description('release payouts whose transfer failed at settlement (the token was paused, or the payee blacklisted): they go to the payee only — you, or --payee; anyone may send it')
    .option('--payee <address>', "release someone else's kept payouts, to them (default: your own address)")
    .addOption(new Option('--to <address>', 'no longer accepted: a payout goes to its payee only').hideHelp())
    .addHelpText(
      'after',
      '\nA payout the pool could not transfer at settlement stays kept for its payee in the pool. It is released to the payee\n' +
        'and to no other address, so the pool never moves money a token has frozen; while the token still refuses (paused,\n' +
        'or the payee blacklisted by its issuer) it stays kept, and can be released once the token lets it move. The keeper\n' +
        '(lashou keeper) releases it by itself as soon as it can.\n\nExamples:\n  $ lashou member claim-payout\n  $ lashou member claim-payout --payee 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --yes   # someone else\'s, to them',
    )
    .action(run(async (ctx: Context, options: { payee?: string; to?: string }) => {
      refuseTo(options.to, 'payout');
      const [{ pool }, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      const payee = options.payee ? parseAddress(options.payee, '--payee') : wallet.account.address;
      const own = payee === wallet.account.address;
      const owed = await wallet.readContract({ address: pool, abi: mutualPoolAbi, functionName: 'unclaimedPayoutOf', args: [payee] });
      if (owed === 0n) {
        throw new CliError(`nothing to claim for ${payee}: no payout of ${own ? 'yours' : 'this payee'} failed its transfer (lashou member status ${own ? '' : `${payee} `}shows what is owed); nothing was sent`);
      }
      await ctx.confirm(own ? `Release the ${formatAmount(owed, token)} kept for you (${payee}) to your address?` : `Release the ${formatAmount(owed, token)} kept for ${payee} to ${payee} (its payee; you pay the gas)?`);
      const result = await releasePayout(wallet, { pool, payee }).catch((error: unknown) => {
        throw explainTokenWait(error, { what: `the ${formatAmount(owed, token)} payout`, owner: payee, retry: `lashou member claim-payout${own ? '' : ` --payee ${payee}`}` });
      });
      await ctx.print(
        [`released ${formatAmount(result.amount, token)} to ${own ? 'you' : 'its payee'}, ${payee}`, `transaction ${result.hash}`],
        { amount: result.amount, payee, recipient: payee, hash: result.hash },
      );
    }));

  member
    .command('status')
    .description('a membership: status, balance, coverage start, most that can still be charged before exit')
    .argument('[address]', 'the member (default: your own address)')
    .addHelpText('after', '\nExamples:\n  $ lashou member status 0x70997970C51812dc3A010C7d01b50e0d17dc79C8\n  $ lashou member status --json')
    .action(run(async (ctx: Context, options: Record<string, unknown>, address?: string) => {
      const who = address ? parseAddress(address, 'member') : (await ctx.account()).address;
      const [{ pool }, token, client] = await Promise.all([ctx.deployment(), ctx.token(), ctx.publicClient()]);
      const info = await getMember(client, { pool, member: who });
      if (info.status === 'None') throw new CliError(`${who} is not a member of pool ${pool}: join with lashou member join`);
      await ctx.print(
        [
          `member #${info.memberId} ${who}`,
          `status               ${info.status}`,
          `balance              ${formatAmount(info.balance, token)}`,
          `coverage start       ${formatTime(info.coverageStart)}`,
          `max charge to exit   ${formatAmount(info.maxChargeBeforeExit, token)}`,
          ...(info.status === 'ExitRequested' ? [`exit epoch           ${info.exitEpoch}`] : []),
          ...(info.unclaimedPayout > 0n
            ? [`unclaimed payout     ${formatAmount(info.unclaimedPayout, token)} (its transfer failed at settlement; kept for this address only: lashou member claim-payout${address ? ` --payee ${who}` : ''})`]
            : []),
          ...(info.expelled ? ['expelled             yes: after a confirmed fraud this address can never join again nor rejoin by a top-up'] : []),
        ],
        { ...info, token: token.symbol, decimals: token.decimals },
      );
    }));
}
