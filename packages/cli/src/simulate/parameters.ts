// The contracts' parameters `lashou simulate` models: the deployment defaults (the same values `lashou deploy` and
// `deployLashou` use), or the values of a live deployment read through viem.

import { claimParametersAbi, mutualPoolAbi, testStablecoinAbi, witnessRegistryAbi, type Deployment } from '@lashou/abi';
import { CLAIM_PARAMETER_NAMES, type ClaimParameterName, InvalidInputError, defaultClaimParameters } from '@lashou/sdk';
import type { Address, PublicClient } from 'viem';
import { DAY } from './economics.js';
import type { ProtocolParameters } from './types.js';

/** Registry settings the sybil model needs besides `ProtocolParameters`. */
export type RegistrySettings = { witnessSeasoning: number; minRegionWitnesses: number };

/** The deployment defaults (DESIGN.md, `defaultClaimParameters` in packages/sdk/src/actions/deployLashou.ts, the
 *  pool and registry defaults of `deployLashou`) for a token with `decimals`. */
export function defaultParameters(decimals = 6): ProtocolParameters {
  const c = defaultClaimParameters(decimals);
  const unit = 10n ** BigInt(decimals);
  return fromClaimValues(c, {
    decimals,
    epochLength: 14 * DAY,
    waitingPeriod: 90 * DAY,
    minimumBalance: 10n * unit,
    exitNotice: Number(c.AnnouncementWindow + c.InvestigationWindow),
    witnessStake: 5_000n * unit,
  });
}

/** The registry defaults of `deployLashou` (seasoning 30 days, 12 witnesses per region). */
export const DEFAULT_REGISTRY: RegistrySettings = { witnessSeasoning: 30 * DAY, minRegionWitnesses: 12 };

function fromClaimValues(
  c: Record<ClaimParameterName, bigint>,
  pool: Pick<ProtocolParameters, 'decimals' | 'epochLength' | 'waitingPeriod' | 'minimumBalance' | 'exitNotice' | 'witnessStake'>,
): ProtocolParameters {
  const bond = c.DismissedBondToMembers;
  return {
    ...pool,
    claimCap: c.ClaimCap,
    commission: c.Commission,
    stakeLock: c.StakeLock,
    stakeCoverBps: Number(c.StakeCoverBps),
    reportBond: c.ReportBond,
    reporterRewardBps: Number(c.ReporterRewardBps),
    announcementWindow: Number(c.AnnouncementWindow),
    investigationWindow: Number(c.InvestigationWindow),
    fraudReportWindow: Number(c.FraudReportWindow),
    dismissedBondToMembers: bond === 0n ? 0 : 1,
    paymentWindow: Number(c.PaymentWindow),
  };
}

/**
 * Reads the parameters of a live deployment: the pool's epoch, waiting period, minimum balance and exit notice, the
 * token's decimals, every claim parameter from `ClaimParameters`, and the registry's minimum stake, seasoning and
 * region threshold.
 */
export async function readParameters(client: PublicClient, deployment: Deployment): Promise<{ params: ProtocolParameters; registry: RegistrySettings }> {
  const { claimParameters, registry } = deployment;
  if (!claimParameters || !registry) {
    throw new InvalidInputError(`the deployment of pool ${deployment.pool} lists no claimParameters or registry contract: it predates claims; run lashou simulate without --rpc/--deployment to use the defaults`);
  }
  const pool = deployment.pool as Address;
  const read = <T>(address: Address, abi: readonly unknown[], functionName: string, args: unknown[] = []) =>
    client.readContract({ address, abi, functionName, args } as never) as Promise<T>;
  const [decimals, epochLength, waitingPeriod, minimumBalance, exitNotice, witnessStake, seasoning, minRegionWitnesses, ...values] = await Promise.all([
    read<number>(deployment.token as Address, testStablecoinAbi, 'decimals'),
    read<bigint>(pool, mutualPoolAbi, 'epochLength'),
    read<bigint>(pool, mutualPoolAbi, 'waitingPeriod'),
    read<bigint>(pool, mutualPoolAbi, 'minimumBalance'),
    read<bigint>(pool, mutualPoolAbi, 'exitNotice'),
    read<bigint>(registry as Address, witnessRegistryAbi, 'minimumStake'),
    read<bigint>(registry as Address, witnessRegistryAbi, 'seasoning'),
    read<bigint>(registry as Address, witnessRegistryAbi, 'minRegionWitnesses'),
    ...CLAIM_PARAMETER_NAMES.map((_, i) => read<bigint>(claimParameters as Address, claimParametersAbi, 'parameter', [i])),
  ]);
  const claimValues = Object.fromEntries(CLAIM_PARAMETER_NAMES.map((name, i) => [name, values[i] as bigint])) as Record<ClaimParameterName, bigint>;
  const params = fromClaimValues(claimValues, {
    decimals: Number(decimals),
    epochLength: Number(epochLength),
    waitingPeriod: Number(waitingPeriod),
    minimumBalance,
    exitNotice: Number(exitNotice),
    witnessStake,
  });
  return { params, registry: { witnessSeasoning: Number(seasoning), minRegionWitnesses: Number(minRegionWitnesses) } };
}
