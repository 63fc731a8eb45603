import { type Deployment, claimParametersAbi, claimParametersBytecode, claimsManagerAbi, claimsManagerBytecode, fraudReportsAbi, fraudReportsBytecode, hintHelpersAbi, hintHelpersBytecode, prevrandaoSourceAbi, prevrandaoSourceBytecode, vrfSourceAbi, vrfSourceBytecode, witnessRegistryAbi, witnessRegistryBytecode, claimWitnessesAbi, claimWitnessesBytecode, claimReviewsAbi, claimReviewsBytecode, claimPayoutsAbi, claimPayoutsBytecode, mutualPoolAbi, mutualPoolBytecode, testStablecoinAbi, testStablecoinBytecode, timelockControllerAbi, timelockControllerBytecode } from '@lashou/abi';
import { type Account, type Address, type Hex, encodeFunctionData, getAddress, isAddress, isAddressEqual, keccak256, toHex, zeroAddress } from 'viem';
import { deployContract, getBytecode, getChainId, waitForTransactionReceipt } from 'viem/actions';
import { toLashouError } from '../errors/contractErrors.js';
import { InvalidInputError, NoContractCodeError } from '../errors/LashouError.js';
import { type LashouClient, accountAddress, resolveAccount, transportUrl } from '../internal/client.js';
import { explain, sendContractWrite } from '../internal/write.js';
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
   * Exit notice in seconds: a leaver pays every epoch up to the one containing now + notice. At least the claims'
   * announcement window plus one investigation window (the default), so nobody escapes a claim that was public
   * when they asked to leave.
   */
  exitNotice?: bigint | undefined;
  /**
   * Timelock delay in seconds. At least the exit notice + one epoch + the pool's one-day settlement slack + 1 s
   * (the default is that plus one day), so a member who asks to leave when a change is scheduled is settled out
   * before it applies.
   */
  governanceDelay?: bigint | undefined;
  /**
   * Who may propose and cancel governance operations: the timelock's PROPOSER_ROLE and CANCELLER_ROLE (a multisig
   * in production). Default the deployer, which is refused on chains that are not local unless `allowDeployerPowers`.
   */
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
  /** Seconds a new witness waits after staking before it can be drawn (default 30 days). */
  witnessSeasoning?: bigint | undefined;
  /** Eligible witnesses a region needs (outside the exclusions) before a draw uses it instead of all regions (default 12). */
  minRegionWitnesses?: bigint | undefined;
  /**
   * The randomness of witness draws: `prevrandao` (default; a future block's prevrandao, `delay` blocks ahead,
   * default 2) or Chainlink VRF v2.5 on chains that have it (`coordinator` and the VrfSource config). The source's
   * Chainlink ownership goes to the timelock within the deployment; the subscription's owner adds the deployed
   * source as a consumer.
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
   * Allow a deployment that leaves powers with the deployer (`renounceAdmin: false`, no `timelockAdmin`, no
   * `operator`, or a `claimsOperator`) on a chain that is not local (31337). Off by default: such a deployment is refused.
   */
  allowDeployerPowers?: boolean | undefined;
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
  'StakeCoverBps', 'PaymentWindow', 'DismissedBondToMembers',
] as const;
export type ClaimParameterName = (typeof CLAIM_PARAMETER_NAMES)[number];

/** Fully qualified names of the libraries ClaimsManager links against (ClaimReviews links ClaimWitnesses too). */
const CLAIM_WITNESSES = 'src/libraries/ClaimWitnesses.sol:ClaimWitnesses';
const CLAIM_REVIEWS = 'src/libraries/ClaimReviews.sol:ClaimReviews';
const CLAIM_PAYOUTS = 'src/libraries/ClaimPayouts.sol:ClaimPayouts';

/** The pool's settlement slack (`MutualPool.SETTLEMENT_SLACK`): the governance delay covers it too. */
export const SETTLEMENT_SLACK = DAY;
/** The local development chain's id: the only one where a deployment may leave powers with the deployer. */
const LOCAL_CHAIN_ID = 31337;

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

/**
 * The default claim parameters for a token with `decimals`: DESIGN.md's, except the four that decide whether fraud
 * pays, which `lashou simulate` calibrated (docs/economics.md, "Conclusion"): the smallest stake-lock factor
 * k = 2.64 (`StakeCoverBps` 26,400), report bond 45 units and reporter reward 2 % (200 bps) for which every coalition
 * that parameters can deter expects to lose at the detection rates assumed there, and dismissed bonds credited to
 * all members (`DismissedBondToMembers` 1), so the operator gains nothing by dismissing a report.
 */
export function defaultClaimParameters(decimals: number): Record<ClaimParameterName, bigint> {
  const unit = 10n ** BigInt(decimals);
  return {
    ClaimCap: 100_000n * unit, Commission: 50n * unit, StakeLock: 5_000n * unit, ReviewWindow: 7n * DAY, DrawWindow: 3n * DAY,
    AcceptWindow: 3n * DAY, AttestationWindow: 14n * DAY, ArbitrationWindow: 14n * DAY, AnnouncementWindow: 7n * DAY,
    InvestigationWindow: 30n * DAY, FraudReportWindow: 180n * DAY, ReportBond: 45n * unit, ReporterRewardBps: 200n, NoShowSliceBps: 500n,
    StakeCoverBps: 26_400n, PaymentWindow: 180n * DAY, DismissedBondToMembers: 1n,
  };
}

/**
 * Deploys a whole Lashou mutual: a TestStablecoin (or uses the given stablecoin, refusing an address with no
 * code), a TimelockController, the MutualPool, the HintHelpers view contract (no roles; pass
 * `deployment.hintHelpers` to joinPool and topUpBalance), the WitnessRegistry, the randomness source (prevrandao by
 * default, or Chainlink VRF), the ClaimParameters, the claims libraries, the ClaimsManager and FraudReports.
 * Wires every role (pool CLAIMS_ROLE/CREDITOR_ROLE, manager REPORTS_ROLE, registry CLAIMS_ROLE, source
 * CONSUMER_ROLE, the pool's exit-notice floor) and then leaves every power with the timelock and the addresses named:
 * - the timelock is created with no delay and the deployer as its temporary proposer and executor, uses that to
 *   accept the VRF source's Chainlink ownership and to set its real delay, then grants PROPOSER_ROLE and
 *   CANCELLER_ROLE to `timelockAdmin`, EXECUTOR_ROLE to anyone, and the deployer renounces all of its roles;
 * - the deployer renounces its temporary admin of every contract.
 * `getRoleCensus` lists who holds what afterwards.
 * @example
 * const deployment = await deployLashou(walletClient, { timelockAdmin: multisig, operator: operatorSafe })
 * // in Node, to also write deployments/<chainId>.json:
 * // import { deployLashou } from '@lashou/sdk/node'
 * // await deployLashou(walletClient, { timelockAdmin: multisig, operator: operatorSafe, deploymentsDir: 'deployments' })
 */
export async function deployLashou(client: LashouClient, parameters: DeployLashouParameters = {}): Promise<DeployLashouReturnType> {
  const account = resolveAccount(client, parameters.account);
  const deployer = accountAddress(account);
  const epochLength = parameters.epochLength ?? 14n * DAY;
  const waitingPeriod = parameters.waitingPeriod ?? 90n * DAY;
  const step = parameters.onStep ?? (() => {});
  for (const [name, value] of [['token', parameters.token], ['timelockAdmin', parameters.timelockAdmin], ['claimsOperator', parameters.claimsOperator], ['creditor', parameters.creditor], ['operator', parameters.operator]] as const) {
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
      throw await explain(client, error, { account });
    }
  };

  let chainId: number;
  try {
    chainId = await getChainId(client);
  } catch (error) {
    throw toLashouError(error, { rpcUrl });
  }
  const keeps = deployerPowerList(parameters, deployer);
  if (keeps.length > 0 && chainId !== LOCAL_CHAIN_ID && !parameters.allowDeployerPowers) {
    throw new InvalidInputError(
      `this deployment would leave powers with the deploying key ${deployer} on chain ${chainId}: ${keeps.map((k) => k.text).join('; ')}. Name the multisigs (timelockAdmin, operator), or pass allowDeployerPowers to accept it knowingly`,
      { code: 'deploy.deployerPowers', params: { chainId, deployer, powers: keeps.map((k) => k.power) } },
    );
  }
  const claimParameters = { ...defaultClaimParameters(6), ...(parameters.claimParameters ?? {}) };
  const exitNotice = parameters.exitNotice ?? claimParameters.AnnouncementWindow + claimParameters.InvestigationWindow;
  const required = exitNotice + epochLength + SETTLEMENT_SLACK + 1n;
  const governanceDelay = parameters.governanceDelay ?? required + DAY;
  if (governanceDelay < required) {
    throw new InvalidInputError(
      `governance delay ${governanceDelay} s must be at least the exit notice ${exitNotice} s + the epoch ${epochLength} s + one day of settlement slack + 1 s = ${required} s, so a member who asks to leave when a change is scheduled is settled out before it applies`,
      { code: 'deploy.governanceDelay', params: { governanceDelay, required } },
    );
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
  const claimValues = { ...defaultClaimParameters(decimals), ...(parameters.claimParameters ?? {}) };
  const minimumBalance = (parameters.minimumBalanceUnits ?? 10n) * 10n ** BigInt(decimals);
  const governance = getAddress(parameters.timelockAdmin ?? deployer);
  // No delay and the deployer as proposer and executor until the wiring is done (see below), then the real delay.
  const timelock = await deploy('TimelockController', timelockControllerAbi, timelockControllerBytecode, [0n, [deployer], [deployer], zeroAddress]);
  const pool = await deploy('MutualPool', mutualPoolAbi, mutualPoolBytecode, [token, epochLength, waitingPeriod, minimumBalance, exitNotice, timelock.address, deployer]);
  // Read-only, no roles, no reference from the pool: clients call it to compute join and top-up hints in one eth_call.
  const hintHelpers = await deploy('HintHelpers', hintHelpersAbi, hintHelpersBytecode, []);
  const operator = getAddress(parameters.operator ?? deployer);
  const registry = await deploy('WitnessRegistry', witnessRegistryAbi, witnessRegistryBytecode, [
    token,
    parameters.witnessMinimumStake ?? 5_000n * 10n ** BigInt(decimals),
    parameters.unstakeCooldown ?? 7n * DAY,
    parameters.witnessSeasoning ?? 30n * DAY,
    parameters.minRegionWitnesses ?? 12n,
    deployer,
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
  const params = await deploy('ClaimParameters', claimParametersAbi, claimParametersBytecode, [pool.address, registry.address, timelock.address, CLAIM_PARAMETER_NAMES.map((n) => claimValues[n])]);
  const witnessesLib = await deploy('ClaimWitnesses (library)', claimWitnessesAbi, claimWitnessesBytecode, []);
  const reviewsLib = await deploy('ClaimReviews (library)', claimReviewsAbi, linkBytecode(claimReviewsBytecode, { [CLAIM_WITNESSES]: witnessesLib.address }), []);
  const payoutsLib = await deploy('ClaimPayouts (library)', claimPayoutsAbi, claimPayoutsBytecode, []);
  const libraries = { [CLAIM_WITNESSES]: witnessesLib.address, [CLAIM_REVIEWS]: reviewsLib.address, [CLAIM_PAYOUTS]: payoutsLib.address };
  const claims = await deploy('ClaimsManager', claimsManagerAbi, linkBytecode(claimsManagerBytecode, libraries), [pool.address, registry.address, randomness.address, params.address, timelock.address, operator, deployer]);
  const reports = await deploy('FraudReports', fraudReportsAbi, fraudReportsBytecode, [claims.address, timelock.address, operator]);

  const ADMIN = `0x${'0'.repeat(64)}` as Hex;
  const write = async (label: string, address: Address, abi: readonly unknown[], functionName: string, args: readonly unknown[]) => {
    step(label);
    await sendContractWrite(client, { address, abi, functionName, args, account, token });
  };
  const grantOn = (label: string, address: Address, abi: readonly unknown[], role: string, to: Address) =>
    write(`granting ${role} on ${label} to ${to}`, address, abi, 'grantRole', [role === 'DEFAULT_ADMIN_ROLE' ? ADMIN : keccak256(toHex(role)), to]);
  const grant = (role: string, to: Address) => grantOn('MutualPool', pool.address, mutualPoolAbi, role, to);
  await grant('CLAIMS_ROLE', claims.address);
  await grant('CREDITOR_ROLE', claims.address);
  await grant('CREDITOR_ROLE', reports.address);
  await write('the pool checks its exit notice against the claim windows', pool.address, mutualPoolAbi, 'setNoticeFloorSource', [params.address]);
  await grantOn('ClaimsManager', claims.address, claimsManagerAbi, 'REPORTS_ROLE', reports.address);
  await grantOn('WitnessRegistry', registry.address, witnessRegistryAbi, 'CLAIMS_ROLE', claims.address);
  const randomnessAbi = randomnessSpec.kind === 'vrf' ? vrfSourceAbi : prevrandaoSourceAbi;
  await grantOn(randomnessSpec.kind === 'vrf' ? 'VrfSource' : 'PrevrandaoSource', randomness.address, randomnessAbi, 'CONSUMER_ROLE', claims.address);
  await grantOn('WitnessRegistry', registry.address, witnessRegistryAbi, 'DEFAULT_ADMIN_ROLE', timelock.address);
  await grantOn('randomness source', randomness.address, randomnessAbi, 'DEFAULT_ADMIN_ROLE', timelock.address);
  // The source's Chainlink owner (who may swap its coordinator) is proposed to the timelock, which accepts in the seal.
  if (randomnessSpec.kind === 'vrf') await write('proposing the VrfSource ownership to the timelock', randomness.address, vrfSourceAbi, 'transferOwnership', [timelock.address]);
  if (parameters.claimsOperator) await grant('CLAIMS_ROLE', parameters.claimsOperator);
  if (parameters.creditor) await grant('CREDITOR_ROLE', parameters.creditor);
  if (parameters.renounceAdmin ?? true) {
    for (const [label, address, abi] of [
      ['MutualPool', pool.address, mutualPoolAbi], ['ClaimsManager', claims.address, claimsManagerAbi], ['WitnessRegistry', registry.address, witnessRegistryAbi],
      ['randomness source', randomness.address, randomnessAbi],
    ] as const) {
      await write(`renouncing the deployer's admin role on ${label}`, address, abi, 'renounceRole', [ADMIN, deployer]);
    }
  }
  // The seal, last and in one batch the timelock executes while it still has no delay and the deployer is its only
  // proposer and executor: it accepts the VRF source's Chainlink ownership (proposed to it by the deployer above),
  // grants PROPOSER_ROLE and CANCELLER_ROLE to the governance multisig and EXECUTOR_ROLE to anyone,
  // revokes the deployer's three roles and sets its real delay. No block ever sees governance proposing at no
  // delay or the deployer holding a timelock role, and nobody but the deployer can act on the pending ownership.
  const timelockRole = (role: string) => keccak256(toHex(role));
  const calls: { target: Address; data: Hex }[] = [];
  const onTimelock = (functionName: 'grantRole' | 'revokeRole' | 'updateDelay', args: readonly unknown[]) =>
    calls.push({ target: timelock.address, data: encodeFunctionData({ abi: timelockControllerAbi, functionName, args } as never) });
  if (randomnessSpec.kind === 'vrf') calls.push({ target: randomness.address, data: encodeFunctionData({ abi: vrfSourceAbi, functionName: 'acceptOwnership' }) });
  onTimelock('grantRole', [timelockRole('PROPOSER_ROLE'), governance]);
  onTimelock('grantRole', [timelockRole('CANCELLER_ROLE'), governance]);
  onTimelock('grantRole', [timelockRole('EXECUTOR_ROLE'), zeroAddress]);
  if (!isAddressEqual(governance, deployer)) {
    onTimelock('revokeRole', [timelockRole('PROPOSER_ROLE'), deployer]);
    onTimelock('revokeRole', [timelockRole('CANCELLER_ROLE'), deployer]);
  }
  onTimelock('revokeRole', [timelockRole('EXECUTOR_ROLE'), deployer]);
  onTimelock('updateDelay', [governanceDelay]);
  const batch = [calls.map((c) => c.target), calls.map(() => 0n), calls.map((c) => c.data), ADMIN, keccak256(toHex('lashou deployment seal'))] as const;
  await write('timelock: scheduling the seal (no delay yet)', timelock.address, timelockControllerAbi, 'scheduleBatch', [...batch, 0n]);
  await write(`timelock: executing the seal (roles to ${governance}, delay ${governanceDelay} s)`, timelock.address, timelockControllerAbi, 'executeBatch', batch);
  const record: Deployment = {
    chainId,
    token,
    testToken,
    pool: pool.address,
    timelock: timelock.address,
    governance,
    ...(parameters.claimsOperator ? { claimsOperator: parameters.claimsOperator } : {}),
    claims: claims.address,
    reports: reports.address,
    registry: registry.address,
    randomness: randomness.address,
    randomnessKind: randomnessSpec.kind,
    claimParameters: params.address,
    libraries: { ClaimWitnesses: witnessesLib.address, ClaimReviews: reviewsLib.address, ClaimPayouts: payoutsLib.address },
    hintHelpers: hintHelpers.address,
    operator,
    blockNumber: timelock.blockNumber,
    parameters: { epochLength: Number(epochLength), waitingPeriod: Number(waitingPeriod), minimumBalance: minimumBalance.toString(), governanceDelay: Number(governanceDelay), exitNotice: Number(exitNotice) },
    deployer,
    deployedAt: new Date().toISOString(),
  };
  const path = parameters.saveRecord ? await parameters.saveRecord(record) : undefined;
  return { ...record, path };
}

/** A power a deployment can leave with the deploying key, by the parameter that decides it. */
export type DeployerPower = 'timelockAdmin' | 'operator' | 'renounceAdmin' | 'claimsOperator' | 'creditor';

function deployerPowerList(parameters: DeployLashouParameters, deployer: Address | undefined): { power: DeployerPower; text: string }[] {
  const keeps: { power: DeployerPower; text: string }[] = [];
  const isDeployer = (address: Address | undefined) => address === undefined || (deployer !== undefined && isAddress(address) && isAddressEqual(address, deployer));
  if (isDeployer(parameters.timelockAdmin)) keeps.push({ power: 'timelockAdmin', text: "the timelock's PROPOSER_ROLE and CANCELLER_ROLE (name timelockAdmin)" });
  if (isDeployer(parameters.operator)) keeps.push({ power: 'operator', text: 'OPERATOR_ROLE on ClaimsManager and FraudReports (name operator)' });
  if (parameters.renounceAdmin === false) keeps.push({ power: 'renounceAdmin', text: 'DEFAULT_ADMIN_ROLE on the pool, the claims manager, the registry and the randomness source (renounceAdmin: false)' });
  if (parameters.claimsOperator !== undefined) keeps.push({ power: 'claimsOperator', text: `the pool's CLAIMS_ROLE for ${parameters.claimsOperator} (claimsOperator)` });
  if (parameters.creditor !== undefined) keeps.push({ power: 'creditor', text: `the pool's CREDITOR_ROLE for ${parameters.creditor} (creditor)` });
  return keeps;
}

/**
 * What a deployment with these parameters would leave with the deploying key (empty when nothing): a governance
 * or operator address left out, or naming the deployer itself, a kept admin role, the extra pool roles.
 * @example
 * deployerPowers({ operator: safe }, deployer) // ["the timelock's PROPOSER_ROLE and CANCELLER_ROLE (name timelockAdmin)"]
 */
export function deployerPowers(parameters: DeployLashouParameters, deployer?: Address): string[] {
  return deployerPowerList(parameters, deployer).map((k) => k.text);
}
