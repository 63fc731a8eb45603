import { type Deployment, claimParametersAbi, claimParametersBytecode, claimsManagerAbi, claimsManagerBytecode, fraudReportsAbi, fraudReportsBytecode, hintHelpersAbi, hintHelpersBytecode, prevrandaoSourceAbi, prevrandaoSourceBytecode, vrfSourceAbi, vrfSourceBytecode, witnessRegistryAbi, witnessRegistryBytecode, witnessAssignmentsAbi, witnessAssignmentsBytecode, mutualPoolAbi, mutualPoolBytecode, testStablecoinAbi, testStablecoinBytecode, timelockControllerAbi, timelockControllerBytecode } from '@lashou/abi';
import { type Account, type Address, type Hex, getAddress, isAddress, keccak256, toHex, zeroAddress } from 'viem';
import { deployContract, getBytecode, getChainId, waitForTransactionReceipt } from 'viem/actions';
import { toLashouError } from '../errors/contractErrors.js';
import { InvalidInputError, NoContractCodeError } from '../errors/LashouError.js';
import { type LashouClient, accountAddress, resolveAccount, transportUrl } from '../internal/client.js';
import { sendContractWrite } from '../internal/write.js';
import { getTokenInfo } from './getTokenInfo.js';

/** Parameters of {@link deployLashou}. */
export type DeployLashouParameters = {
  /** An existing stablecoin; omit to deploy a TestStablecoin (local and test chains only). */
  token?: Address | undefined;
  /** The TestStablecoin to deploy when `token` is omitted (default `Test USD`, `tUSD`, 6 decimals). */
  testToken?: { name: string; symbol: string; decimals: number } | undefined;
  /** Seconds per epoch (default 14 days). */
  epochLength?: bigint | undefined;
  /** Seconds from joining to coverage (default 90 days). */
  waitingPeriod?: bigint | undefined;
  /** Minimum balance in whole token units (default 10). */
  minimumBalanceUnits?: bigint | undefined;
  /**
   * Exit notice in seconds: a leaver pays every epoch up to the one containing now + notice. Default: the claims'
   * announcement window plus one day, so a claim announced before someone leaves is still shared by them.
   */
  exitNotice?: bigint | undefined;
  /** Timelock delay in seconds; must exceed the epoch (default 21 days). */
  governanceDelay?: bigint | undefined;
  /** Who may propose and cancel governance operations (a multisig in production); default the deployer. */
  timelockAdmin?: Address | undefined;
  /** An extra holder of CLAIMS_ROLE besides the ClaimsManager (a helper account in tests), if any. */
  claimsOperator?: Address | undefined;
  /** Holder of OPERATOR_ROLE on the ClaimsManager and FraudReports (review, arbitration, reports); default the deployer. */
  operator?: Address | undefined;
  /** Claim parameters, raw values (token units, seconds, basis points) overriding the DESIGN.md defaults. */
  claimParameters?: Partial<Record<ClaimParameterName, bigint>> | undefined;
  /** Minimum witness stake in token units (default 5 000 whole units) and the unstake cooldown (default 7 days). */
  witnessMinimumStake?: bigint | undefined;
  unstakeCooldown?: bigint | undefined;
  /**
   * The randomness of witness draws: `prevrandao` (default; a future block's prevrandao, `delay` blocks ahead,
   * default 2) or Chainlink VRF v2.5 on chains that have it (`coordinator` and the VrfSource config; add the
   * deployed source as a consumer of the subscription, and have the timelock accept its ownership).
   */
  randomness?:
    | { kind: 'prevrandao'; delay?: bigint | undefined }
    | {
        kind: 'vrf';
        coordinator: Address;
        keyHash: Hex;
        subscriptionId: bigint;
        requestConfirmations?: number | undefined;
        callbackGasLimit?: number | undefined;
        nativePayment?: boolean | undefined;
        requestTimeout?: bigint | undefined;
      }
    | undefined;
  /** Holder of CREDITOR_ROLE, if any. */
  creditor?: Address | undefined;
  /** Give up the deployer's temporary role admin once wired (default true; the timelock stays admin). */
  renounceAdmin?: boolean | undefined;
  /**
   * Keeps the record once everything is wired (e.g. writes the address book) and returns where it went, which
   * becomes `path`. The main entry writes no files; `deployLashou` from `@lashou/sdk/node` takes `deploymentsDir`
   * and passes a `saveRecord` that writes `<dir>/<chainId>.json`.
   */
  saveRecord?: ((record: Deployment) => string | Promise<string>) | undefined;
  onStep?: ((step: string) => void) | undefined;
  account?: Account | Address | undefined;
};

/** The deployment record and where `saveRecord` kept it (`undefined` without one). */
export type DeployLashouReturnType = Deployment & { path: string | undefined };

const DAY = 86_400n;

/** Names of `ClaimParameter` (contracts/src/types/ClaimTypes.sol), in order. */
export const CLAIM_PARAMETER_NAMES = [
  'ClaimCap', 'Commission', 'StakeLock', 'ReviewWindow', 'DrawWindow', 'AcceptWindow', 'AttestationWindow', 'ArbitrationWindow',
  'AnnouncementWindow', 'InvestigationWindow', 'FraudReportWindow', 'ReportBond', 'ReporterRewardBps', 'NoShowSliceBps',
] as const;
export type ClaimParameterName = (typeof CLAIM_PARAMETER_NAMES)[number];

/** Fully qualified name of the library ClaimsManager links against. */
const WITNESS_ASSIGNMENTS = 'src/libraries/WitnessAssignments.sol:WitnessAssignments';

/** Replaces solc's link placeholders `__$<34 hex of keccak256(name)>$__` in `bytecode` by the libraries' addresses. */
export function linkBytecode(bytecode: Hex, libraries: Record<string, Address>): Hex {
  let linked: string = bytecode;
  for (const [name, address] of Object.entries(libraries)) {
    const placeholder = `__$${keccak256(toHex(name)).slice(2, 36)}$__`;
    linked = linked.split(placeholder).join(address.slice(2).toLowerCase());
  }
  if (/__\$[0-9a-f]{34}\$__/.test(linked)) throw new InvalidInputError('the bytecode still has an unlinked library placeholder: regenerate @lashou/abi', { code: 'deploy.unlinkedLibrary' });
  return linked as Hex;
}

/** DESIGN.md's default claim parameters for a token with `decimals`. */
export function defaultClaimParameters(decimals: number): Record<ClaimParameterName, bigint> {
  const unit = 10n ** BigInt(decimals);
  return {
    ClaimCap: 100_000n * unit, Commission: 50n * unit, StakeLock: 5_000n * unit, ReviewWindow: 7n * DAY, DrawWindow: 3n * DAY,
    AcceptWindow: 3n * DAY, AttestationWindow: 14n * DAY, ArbitrationWindow: 14n * DAY, AnnouncementWindow: 7n * DAY,
    InvestigationWindow: 30n * DAY, FraudReportWindow: 180n * DAY, ReportBond: 100n * unit, ReporterRewardBps: 1_000n, NoShowSliceBps: 500n,
  };
}

/**
 * Deploys a whole Lashou mutual: a TestStablecoin (or uses the given stablecoin, refusing an address with no
 * code), a TimelockController whose delay exceeds one epoch, the MutualPool, the HintHelpers view contract (no roles;
 * pass `deployment.hintHelpers` to joinPool and topUpBalance), the WitnessRegistry, the randomness
 * source (prevrandao by default, or Chainlink VRF), the ClaimParameters, the ClaimsManager and FraudReports.
 * Wires every role (pool CLAIMS_ROLE/CREDITOR_ROLE, manager REPORTS_ROLE, registry CLAIMS_ROLE, source
 * CONSUMER_ROLE), makes the timelock admin of everything, and the deployer renounces its temporary admin.
 * @example
 * const deployment = await deployLashou(walletClient, { claimsOperator })
 * // in Node, to also write deployments/<chainId>.json:
 * // import { deployLashou } from '@lashou/sdk/node'
 * // await deployLashou(walletClient, { claimsOperator, deploymentsDir: 'deployments' })
 */
export async function deployLashou(client: LashouClient, parameters: DeployLashouParameters = {}): Promise<DeployLashouReturnType> {
  const account = resolveAccount(client, parameters.account);
  const deployer = accountAddress(account);
  const epochLength = parameters.epochLength ?? 14n * DAY;
  const waitingPeriod = parameters.waitingPeriod ?? 90n * DAY;
  const governanceDelay = parameters.governanceDelay ?? 21n * DAY;
  const step = parameters.onStep ?? (() => {});
  if (governanceDelay <= epochLength) {
    throw new InvalidInputError(`governance delay ${governanceDelay} s must exceed the epoch length ${epochLength} s, so members can leave before a change applies`, { code: 'deploy.governanceDelay', params: { governanceDelay, epochLength } });
  }
  for (const [name, value] of [['token', parameters.token], ['timelockAdmin', parameters.timelockAdmin], ['claimsOperator', parameters.claimsOperator], ['creditor', parameters.creditor]] as const) {
    if (value !== undefined && !isAddress(value)) throw new InvalidInputError(`${name} ${value} is not an address: give 0x followed by 40 hex digits`, { code: 'address.invalid', params: { name, value } });
  }
  const rpcUrl = transportUrl(client);
  const deploy = async (label: string, abi: readonly unknown[], bytecode: Hex, args: readonly unknown[]) => {
    step(`deploying ${label}`);
    try {
      const hash = await deployContract(client, { abi, bytecode, args, account, chain: client.chain } as never);
      const receipt = await waitForTransactionReceipt(client, { hash });
      if (receipt.status !== 'success' || !receipt.contractAddress) throw new InvalidInputError(`${label} deployment ${hash} reverted`, { code: 'deploy.reverted', params: { contract: label, hash } });
      return { address: getAddress(receipt.contractAddress), blockNumber: Number(receipt.blockNumber) };
    } catch (error) {
      throw toLashouError(error, { rpcUrl });
    }
  };

  let chainId: number;
  try {
    chainId = await getChainId(client);
  } catch (error) {
    throw toLashouError(error, { rpcUrl });
  }
  let token: Address;
  let decimals: number;
  const testToken = parameters.token === undefined;
  if (parameters.token !== undefined) {
    const code = await getBytecode(client, { address: parameters.token }).catch((error: unknown) => { throw toLashouError(error, { rpcUrl }); });
    if (!code || code === '0x') {
      throw new NoContractCodeError(`there is no contract at ${parameters.token} on chain ${chainId}: check the stablecoin's address for this chain`, { code: 'token.noCode', params: { token: parameters.token, chainId } });
    }
    try {
      ({ decimals } = await getTokenInfo(client, { token: parameters.token }));
    } catch (error) {
      throw new NoContractCodeError(`${parameters.token} on chain ${chainId} does not answer name/symbol/decimals: it is not an ERC-20 stablecoin`, { cause: error, code: 'token.notErc20', params: { token: parameters.token, chainId } });
    }
    token = parameters.token;
  } else {
    const spec = parameters.testToken ?? { name: 'Test USD', symbol: 'tUSD', decimals: 6 };
    ({ address: token } = await deploy('TestStablecoin', testStablecoinAbi, testStablecoinBytecode, [spec.name, spec.symbol, spec.decimals]));
    decimals = spec.decimals;
  }
  const minimumBalance = (parameters.minimumBalanceUnits ?? 10n) * 10n ** BigInt(decimals);
  const admin = parameters.timelockAdmin ?? deployer;
  const timelock = await deploy('TimelockController', timelockControllerAbi, timelockControllerBytecode, [governanceDelay, [admin], [zeroAddress], zeroAddress]);
  const claimParameters = { ...defaultClaimParameters(decimals), ...(parameters.claimParameters ?? {}) };
  const exitNotice = parameters.exitNotice ?? claimParameters.AnnouncementWindow + DAY;
  const pool = await deploy('MutualPool', mutualPoolAbi, mutualPoolBytecode, [token, epochLength, waitingPeriod, minimumBalance, exitNotice, timelock.address, deployer]);
  // Read-only, no roles, no reference from the pool: clients call it to compute join and top-up hints in one eth_call.
  const hintHelpers = await deploy('HintHelpers', hintHelpersAbi, hintHelpersBytecode, []);
  const operator = parameters.operator ?? deployer;
  const registry = await deploy('WitnessRegistry', witnessRegistryAbi, witnessRegistryBytecode, [
    token, parameters.witnessMinimumStake ?? 5_000n * 10n ** BigInt(decimals), parameters.unstakeCooldown ?? 7n * DAY, deployer,
  ]);
  const randomnessSpec = parameters.randomness ?? { kind: 'prevrandao' as const };
  const randomness =
    randomnessSpec.kind === 'vrf'
      ? await deploy('VrfSource', vrfSourceAbi, vrfSourceBytecode, [
          randomnessSpec.coordinator,
          {
            keyHash: randomnessSpec.keyHash, subscriptionId: randomnessSpec.subscriptionId, requestConfirmations: randomnessSpec.requestConfirmations ?? 3,
            callbackGasLimit: randomnessSpec.callbackGasLimit ?? 500_000, nativePayment: randomnessSpec.nativePayment ?? false, requestTimeout: randomnessSpec.requestTimeout ?? 1_000n,
          },
          deployer,
        ])
      : await deploy('PrevrandaoSource', prevrandaoSourceAbi, prevrandaoSourceBytecode, [randomnessSpec.delay ?? 2n, deployer]);
  const params = await deploy('ClaimParameters', claimParametersAbi, claimParametersBytecode, [pool.address, timelock.address, CLAIM_PARAMETER_NAMES.map((n) => claimParameters[n])]);
  const assignments = await deploy('WitnessAssignments (library)', witnessAssignmentsAbi, witnessAssignmentsBytecode, []);
  const claims = await deploy('ClaimsManager', claimsManagerAbi, linkBytecode(claimsManagerBytecode, { [WITNESS_ASSIGNMENTS]: assignments.address }), [pool.address, registry.address, randomness.address, params.address, timelock.address, operator, deployer]);
  const reports = await deploy('FraudReports', fraudReportsAbi, fraudReportsBytecode, [claims.address, timelock.address, operator]);

  const ADMIN = `0x${'0'.repeat(64)}` as Hex;
  const grantOn = async (label: string, address: Address, abi: readonly unknown[], role: string, to: Address) => {
    step(`granting ${role} on ${label} to ${to}`);
    await sendContractWrite(client, { address, abi, functionName: 'grantRole', args: [role === 'DEFAULT_ADMIN_ROLE' ? ADMIN : keccak256(toHex(role)), to], account, token });
  };
  const grant = (role: string, to: Address) => grantOn('MutualPool', pool.address, mutualPoolAbi, role, to);
  await grant('CLAIMS_ROLE', claims.address);
  await grant('CREDITOR_ROLE', claims.address);
  await grant('CREDITOR_ROLE', reports.address);
  await grantOn('ClaimsManager', claims.address, claimsManagerAbi, 'REPORTS_ROLE', reports.address);
  await grantOn('WitnessRegistry', registry.address, witnessRegistryAbi, 'CLAIMS_ROLE', claims.address);
  const randomnessAbi = randomnessSpec.kind === 'vrf' ? vrfSourceAbi : prevrandaoSourceAbi;
  await grantOn(randomnessSpec.kind === 'vrf' ? 'VrfSource' : 'PrevrandaoSource', randomness.address, randomnessAbi, 'CONSUMER_ROLE', claims.address);
  await grantOn('WitnessRegistry', registry.address, witnessRegistryAbi, 'DEFAULT_ADMIN_ROLE', timelock.address);
  await grantOn('randomness source', randomness.address, randomnessAbi, 'DEFAULT_ADMIN_ROLE', timelock.address);
  if (parameters.claimsOperator) await grant('CLAIMS_ROLE', parameters.claimsOperator);
  if (parameters.creditor) await grant('CREDITOR_ROLE', parameters.creditor);
  if (parameters.renounceAdmin ?? true) {
    for (const [label, address, abi] of [
      ['MutualPool', pool.address, mutualPoolAbi], ['ClaimsManager', claims.address, claimsManagerAbi], ['WitnessRegistry', registry.address, witnessRegistryAbi],
      ['randomness source', randomness.address, randomnessAbi],
    ] as const) {
      step(`renouncing the deployer's admin role on ${label}`);
      await sendContractWrite(client, { address, abi, functionName: 'renounceRole', args: [ADMIN, deployer], account, token });
    }
  }
  const record: Deployment = {
    chainId,
    token,
    testToken,
    pool: pool.address,
    timelock: timelock.address,
    ...(parameters.claimsOperator ? { claimsOperator: parameters.claimsOperator } : {}),
    claims: claims.address,
    reports: reports.address,
    registry: registry.address,
    randomness: randomness.address,
    randomnessKind: randomnessSpec.kind,
    claimParameters: params.address,
    witnessAssignments: assignments.address,
    hintHelpers: hintHelpers.address,
    operator,
    blockNumber: pool.blockNumber,
    parameters: { epochLength: Number(epochLength), waitingPeriod: Number(waitingPeriod), minimumBalance: minimumBalance.toString(), governanceDelay: Number(governanceDelay), exitNotice: Number(exitNotice) },
    deployer,
    deployedAt: new Date().toISOString(),
  };
  const path = parameters.saveRecord ? await parameters.saveRecord(record) : undefined;
  return { ...record, path };
}
