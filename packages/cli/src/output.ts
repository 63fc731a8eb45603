/**
 * The CLI's output contract (docs/cli.md, "Output"):
 *
 * Human output writes times as the local date and time with the zone (`formatTime`). `--json` prints one JSON
 * document whose fields follow one schema, whatever the command:
 *
 * - an amount is a decimal string in token units (`"1000"`, `"12.5"`), and the same amount in base units (the
 *   token's smallest unit, an integer written as a decimal string) under `<key>BaseUnits`;
 * - a time is unix seconds (a JSON number, 0 for "none") and the same instant as an ISO 8601 string in UTC under
 *   `<key>Iso` (null for "none");
 * - an id (member, claim, report, payment, request) is a decimal string;
 * - counts, epochs, blocks, slots, regions, tiers, basis points and durations in seconds are JSON numbers;
 * - addresses, hashes and signatures are 0x-prefixed hex strings.
 *
 * Which of these a field is follows from its name: the tables below. A field holding a bigint that no rule
 * classifies is written as a decimal string, and with LASHOU_JSON_STRICT=1 (the CLI's tests) it is an error, so
 * that a new field cannot slip past the schema.
 */

export type FieldKind = 'amount' | 'time' | 'id' | 'number';

/** Fields that hold token amounts (base units on chain). */
const AMOUNT_FIELDS = new Set([
  'amount', 'amountDue', 'approvedAmount', 'balance', 'bond', 'bondReturned', 'carriedOver', 'collected', 'commission',
  'commissionDue', 'commissionPaid', 'creditedToMembers', 'deposit', 'due', 'fees', 'index', 'key', 'locked', 'lock',
  'lockAmount', 'maxChargeBeforeExit', 'maxCharge', 'memberFunds', 'minimumBalance', 'minimumStake', 'paid', 'perMember',
  'queuedPayments', 'reclaimed', 'remaining', 'requestedAmount', 'reserve', 'reserveAdded', 'reward', 'share',
  'shortfall', 'slashed', 'stake', 'stakeLock', 'unclaimedPayout', 'unclaimedPayouts', 'capacity',
  'maxApprovable', 'recovered', 'credited', 'reportBond', 'operatorFees', 'charged', 'refund', 'paidAmount',
  'unpaid', 'owed', 'available', 'spent', 'budget', 'cost',
  'outstanding', 'cancelled', 'fee', 'totalWaiting',
]);

/** Fields that hold instants (unix seconds). */
const TIME_FIELDS = new Set([
  'coverageStart', 'deadline', 'reviewDeadline', 'diagnosedAt', 'filedAt', 'announcedAt', 'approvedAt', 'paidAt',
  'availableAt', 'unstakeAvailableAt', 'seasonedAt', 'stakedAt', 'nextToSettleEndsAt', 'endsAt', 'startsAt',
  'paymentDeadline', 'drawDeadline', 'acceptDeadline', 'attestDeadline', 'announcementEnds', 'investigationEnds',
  'timestamp', 'time', 'chainTime', 'allowedAt', 'exitAvailableAt', 'runOffEndsAt', 'runOffStartedAt', 'now',
  'genesis', 'at',
]);

/** Fields that are counts or small numbers even though they end like another kind. */
const NUMBER_FIELDS = new Set([
  'epoch', 'exitEpoch', 'members', 'activeMembers', 'region', 'slot', 'tier', 'blockNumber', 'block', 'chainId',
  'decimals', 'lapsed', 'exitsFinalised', 'steps', 'head', 'tail', 'current', 'nextToSettle', 'epochLength',
  'waitingPeriod', 'count', 'attempts', 'gas', 'gasUsed', 'from', 'to', 'total', 'targetBlock', 'allowedAtBlock',
  'exitNotice', 'governanceDelay', 'governanceDelayRequired', 'listedMembers', 'taken', 'failed', 'size',
  'openReports',
]);

/** How a field is written in JSON, from its name (see the module comment). */
export function fieldKind(key: string): FieldKind | undefined {
  if (AMOUNT_FIELDS.has(key)) return 'amount';
  if (TIME_FIELDS.has(key)) return 'time';
  if (NUMBER_FIELDS.has(key)) return 'number';
  if (key === 'id' || /Id$/.test(key)) return 'id';
  if (/(Count|Bps|Seconds|Blocks|Epoch|Index|Number)$/.test(key)) return 'number';
  if (/(At|Deadline|Until|Start)$/.test(key)) return 'time';
  if (/(Amount|Balance|Stake|Bond|Fee|Fees|Reward|Payout|Funds)$/.test(key)) return 'amount';
  return undefined;
}

/** A whole amount in base units as a decimal string in token units, exact, without grouping: 1500000n, 6 → "1.5". */
export function tokenUnits(value: bigint, decimals: number): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const base = 10n ** BigInt(decimals);
  const fraction = decimals > 0 ? (abs % base).toString().padStart(decimals, '0').replace(/0+$/, '') : '';
  return `${negative ? '-' : ''}${abs / base}${fraction ? `.${fraction}` : ''}`;
}

/** Unix seconds as ISO 8601 in UTC without milliseconds; null for 0 ("none"). */
export function isoTime(seconds: bigint | number): string | null {
  const s = Number(seconds);
  if (s === 0) return null;
  return new Date(s * 1000).toISOString().replace('.000Z', 'Z');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Unix seconds as the local date and time with the zone, for human output: `2027-03-28 18:00:00 UTC+08:00`
 * (`UTC` when the zone is UTC). The zone is the process's (TZ). 0 is "—".
 */
export function formatTime(seconds: bigint | number): string {
  const s = Number(seconds);
  if (s === 0) return '—';
  const date = new Date(s * 1000);
  const offset = -date.getTimezoneOffset();
  const zone = offset === 0 ? 'UTC' : `UTC${offset > 0 ? '+' : '-'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())} ${zone}`;
}

/** True when `value` holds an amount field anywhere (then the token's decimals are needed to write it). */
export function hasAmounts(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasAmounts);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => (fieldKind(k) === 'amount' && (typeof v === 'bigint')) || hasAmounts(v));
  }
  return false;
}

export class UnclassifiedFieldError extends Error {}

/**
 * Converts a command's result to the JSON schema above. `decimals` is the token's (needed only when amounts are
 * present). Receipts are left out: the transaction hash is there to look them up.
 */
export function toJson(value: unknown, decimals: number | undefined, strict = process.env.LASHOU_JSON_STRICT === '1', path = '$'): unknown {
  if (typeof value === 'bigint') {
    if (strict) throw new UnclassifiedFieldError(`unclassified bigint at ${path}: name the field in packages/cli/src/output.ts`);
    return value.toString();
  }
  if (Array.isArray(value)) return value.map((v, i) => toJson(v, decimals, strict, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'receipt' || v === undefined) continue;
    const kind = fieldKind(key);
    const here = `${path}.${key}`;
    if (kind === 'amount' && typeof v === 'bigint') {
      if (decimals === undefined) throw new UnclassifiedFieldError(`amount at ${here} without the token's decimals`);
      out[key] = tokenUnits(v, decimals);
      out[`${key}BaseUnits`] = v.toString();
    } else if (kind === 'time' && (typeof v === 'bigint' || typeof v === 'number')) {
      out[key] = Number(v);
      out[`${key}Iso`] = isoTime(v);
    } else if (kind === 'id' && (typeof v === 'bigint' || typeof v === 'number')) {
      out[key] = v.toString();
    } else if (kind === 'number' && typeof v === 'bigint') {
      if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER)) {
        if (strict) throw new UnclassifiedFieldError(`number at ${here} is beyond 2^53: classify it`);
        out[key] = v.toString();
      } else out[key] = Number(v);
    } else {
      out[key] = toJson(v, decimals, strict, here);
    }
  }
  return out;
}

/**
 * An address book (deployments/<chainId>.json) in the output schema: its minimum balance as an amount and its
 * deployment time in unix seconds (the file keeps base units as a string and an ISO time).
 */
export function deploymentJson<D extends { parameters: { minimumBalance: string | bigint }; deployedAt: string }>(deployment: D) {
  return {
    ...deployment,
    parameters: { ...deployment.parameters, minimumBalance: BigInt(deployment.parameters.minimumBalance) },
    deployedAt: Math.floor(Date.parse(deployment.deployedAt) / 1000),
  };
}
