import { type Deployment } from '@lashou/abi';
import { createIdentity, deployLashou, joinPoolWithPermit, processLapses, queuePayment, requestExit, requestTestTokens, settleEpoch, topUpBalance, withdrawBalance } from '@lashou/sdk';
import { anvilDevKey, demoMemberKey, walletFor, type TestWalletClient } from '@lashou/sdk/node';
import { type Hex, toHex } from 'viem';

/** Roles of anvil's dev accounts in the demo mutual. */
export const DEV_ROLES = [
  'deployer: pool role admin (temporary) and timelock proposer',
  'claims helper: holds CLAIMS_ROLE until the claims module lands',
  'creditor: holds CREDITOR_ROLE',
  'member (the demo patient: paid the settled claim)',
  'member (the demo exit: asked to leave, then withdrew)',
  'member (the demo lapse: balance fell below the minimum)',
  'member', 'member', 'member', 'member',
] as const;

export type SeedProgress = (stage: string, done: number, total: number) => void;

export type SeedResult = Deployment & { path: string | undefined; members: number; patient: Hex; exited: Hex; lapsed: Hex };

const UNIT = 1_000_000n;
const EPOCH = 14n * 86_400n;

/**
 * Deploys a mutual and fills it with a believable history: `members` members with varied balances (anvil's
 * dev accounts #3–#9 plus deterministic demo keys funded with ETH and tokens), one claim queued by the claims
 * helper and charged at the settlement of epoch 0, one member lapsed by the charge, one exit and withdrawal.
 */
export async function seedDemo(rpcUrl: string, options: { members: number; deploymentsDir: string; onProgress: SeedProgress }): Promise<SeedResult> {
  const { members, onProgress } = options;
  if (members < 10) throw new Error('the demo needs at least 10 members');
  const dev = (i: number) => walletFor(rpcUrl, anvilDevKey(i));
  const deployer = dev(0);
  onProgress('deploying', 0, 1);
  const deployment = await deployLashou(deployer, { claimsOperator: dev(1).account.address, creditor: dev(2).account.address, deploymentsDir: options.deploymentsDir });
  onProgress('deploying', 1, 1);
  const { pool, token } = deployment;

  const wallets: TestWalletClient[] = [];
  for (let i = 3; i < 10; i++) wallets.push(dev(i));
  for (let i = 0; wallets.length < members; i++) wallets.push(walletFor(rpcUrl, demoMemberKey(i)));
  const [patient, exiting, lapsing] = wallets as [TestWalletClient, TestWalletClient, TestWalletClient];

  // Generated keys get 10 ETH each straight from anvil.
  await Promise.all(wallets.slice(7).map((w) => deployer.request({ method: 'anvil_setBalance' as never, params: [w.account.address, toHex(10n ** 19n)] as never })));

  // Varied deposits (20–500 tUSD with cents), joined in ascending order so each insert is at the tail; the
  // lapse demo member deposits just above the minimum.
  let seed = 20_161_128;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed);
  const deposits = wallets.map((w) => (w === lapsing ? 10_500_000n : (20n + BigInt(random() % 480)) * UNIT + BigInt(random() % 100) * 10_000n));
  const order = wallets.map((_, i) => i).sort((a, b) => (deposits[a]! < deposits[b]! ? -1 : deposits[a]! > deposits[b]! ? 1 : 0));

  let funded = 0;
  for (let start = 0; start < wallets.length; start += 16) {
    await Promise.all(wallets.slice(start, start + 16).map(async (w, k) => {
      await requestTestTokens(w, { token, amount: deposits[start + k]! + 200n * UNIT });
      onProgress('funding members', ++funded, wallets.length);
    }));
  }
  let joined = 0;
  for (const i of order) {
    const wallet = wallets[i]!;
    const identity = createIdentity({ docType: 'PASSPORT', idNumber: `CHN:D${String(10_000_000 + i)}`, name: `Demo Member ${i}` });
    await joinPoolWithPermit(wallet, { pool, identityCommitment: identity.commitment, deposit: deposits[i]! });
    onProgress('joining', ++joined, wallets.length);
  }
  // A few top-ups move members inside the sorted list (the SDK computes the hints).
  for (const wallet of wallets.slice(10, 14)) await topUpBalance(wallet, { pool, amount: 35n * UNIT });

  onProgress('epoch 0: exit, claim, settlement', 0, 4);
  await requestExit(exiting, { pool });
  await queuePayment(dev(1), { pool, claimId: 1n, recipient: patient.account.address, amount: 1_000n * UNIT });
  onProgress('epoch 0: exit, claim, settlement', 2, 4);
  await deployer.request({ method: 'evm_increaseTime' as never, params: [Number(EPOCH)] as never });
  await deployer.request({ method: 'evm_mine' as never, params: [] as never });
  await settleEpoch(deployer, { pool });
  await processLapses(deployer, { pool });
  await withdrawBalance(exiting, { pool });
  onProgress('epoch 0: exit, claim, settlement', 4, 4);
  return { ...deployment, members: wallets.length, patient: patient.account.address, exited: exiting.account.address, lapsed: lapsing.account.address };
}
