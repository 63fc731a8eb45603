import { witnessRegistryAbi } from '@lashou/abi';
import { type Account, type Address, getAddress, isAddress, parseEventLogs } from 'viem';
import { readContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import type { LashouClient } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';
import { read } from '../claims/internal.js';

/** Parameters of {@link payOwedStake}. */
export type PayOwedStakeParameters = {
  registry: Address;
  /** The module the slashed stake is owed to: the ClaimsManager (no-show slashes) or FraudReports (fraud slashes). */
  module: Address;
  account?: Account | Address | undefined;
};
/** The transaction, and what the module received (from `OwedStakePaid`). */
export type PayOwedStakeReturnType = WriteResult & { module: Address; amount: bigint };

/**
 * Sends a module the slashed stake the witness registry owes it (`owedTo`): stake slashed while the token could not
 * move (paused) stays in the registry until then. Anyone may send it; the tokens go to the module only. The module's
 * own `creditPending` and `releaseRefund` fetch it too, so this is needed only to move the money on early. Refused
 * before anything is sent when nothing is owed (`stake.nothingOwed`), and with the token's refusal (`token.paused`)
 * while the token still will not move it.
 * @example
 * await payOwedStake(anyClient, { registry, module: deployment.reports })
 */
export async function payOwedStake(client: LashouClient, parameters: PayOwedStakeParameters): Promise<PayOwedStakeReturnType> {
  const { registry, account } = parameters;
  if (!isAddress(parameters.module, { strict: false })) {
    throw new InvalidInputError(`module ${parameters.module} is not an address: give the claims manager's or the reports module's 0x… address`, { code: 'address.invalid', params: { name: 'module', value: parameters.module } });
  }
  const module = getAddress(parameters.module);
  const [owed, token] = await read(client, () =>
    Promise.all([
      readContract(client, { address: registry, abi: witnessRegistryAbi, functionName: 'owedTo', args: [module] }),
      readContract(client, { address: registry, abi: witnessRegistryAbi, functionName: 'token' }),
    ]),
  );
  // payOwed with nothing owed succeeds and does nothing: refuse it rather than spend gas on it.
  if (owed === 0n) {
    throw new InvalidInputError(`the witness registry owes ${module} nothing: slashed stake waits there only while the token cannot move, and this has been sent already`, {
      code: 'stake.nothingOwed', params: { module },
    });
  }
  const result = await sendContractWrite(client, { address: registry, abi: witnessRegistryAbi, functionName: 'payOwed', args: [module], account, token });
  const [event] = parseEventLogs({ abi: witnessRegistryAbi, logs: result.receipt.logs, eventName: 'OwedStakePaid' });
  return { ...result, module, amount: event?.args.amount ?? 0n };
}
