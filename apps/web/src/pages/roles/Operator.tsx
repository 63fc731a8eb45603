import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConnection } from 'wagmi';
import { useQuery } from '@tanstack/react-query';
import type { Hex } from 'viem';
import { readContract } from 'viem/actions';
import { fraudReportsAbi } from '@lashou/abi';
import {
  CLAIM_PARAMETERS,
  REJECTION_REASONS,
  advanceClaim,
  arbitrateClaim,
  computeNullifier,
  expireReport,
  formatAmount,
  getReport,
  isContractError,
  type GetReportReturnType,
  normaliseIdentity,
  personKey,
  type PersonKey,
  resolveReport,
  reviewClaim,
  settleEpoch,
  withdrawOperatorFees,
  type DocumentType,
  type GetClaimReturnType,
  type ClaimRandomnessView,
  type ClaimStepKind,
  getClaimRandomness,
  getClaimStepContext,
  nextClaimStep,
  type RejectionReason,
} from '@lashou/sdk';
import { z } from 'zod';
import { useRuntimeConfig } from '../../lib/config';
import { apiGet } from '../../lib/api';
import { useToken, useMoney } from '../../lib/token';
import { useTx } from '../../lib/tx';
import { useDescribeError } from '../../lib/errors';
import { formatTime, shortHex } from '../../lib/format';
import { Field, inputProps } from '../../components/forms/Field';
import { AmountInput } from '../../components/forms/AmountInput';
import { TxStatus } from '../../components/forms/TxStatus';
import { TxButton } from '../../components/forms/TxButton';
import { FormPage } from '../../components/forms/FormPage';
import { parseIdentityFile, parseTypedAmount } from '../../components/forms/schemas';
import { useChainNow, useClaimsOnChain, useLashouReader, usePool } from '../../components/forms/hooks';
import { poolCapacity } from './poolCapacity';

const memberCommitmentSchema = z.looseObject({ identityCommitment: z.string().optional() });

/** The operator's console (运营方): review, arbitration, fraud investigations, and the steps anyone may push. */
export default function Operator() {
  const { t } = useTranslation('operator');
  return (
    <FormPage title={t('title')} intro={t('intro')} walletWhy={t('walletWhy')}>
      <Console />
    </FormPage>
  );
}

/** Every fraud report, read live from the chain (a handful in a mutual's life; several may be open on one claim). */
function useReports() {
  const reader = useLashouReader();
  const { deployment } = useRuntimeConfig();
  return useQuery({
    queryKey: ['sdk', 'reports', deployment.reports],
    enabled: Boolean(reader),
    refetchInterval: 4_000,
    queryFn: async () => {
      const count = await readContract(reader!, { address: deployment.reports, abi: fraudReportsAbi, functionName: 'reportCount' });
      const ids = Array.from({ length: Number(count) }, (_, i) => BigInt(i + 1));
      return Promise.all(ids.map((reportId) => getReport(reader!, { reports: deployment.reports, reportId })));
    },
  });
}

function Console() {
  const { t } = useTranslation('operator');
  const claims = useClaimsOnChain();
  const reports = useReports();
  const now = useChainNow();
  const describeError = useDescribeError();
  const list = claims.data?.claims ?? [];
  const allReports = reports.data ?? [];
  // A claim just reviewed stays in the queue (with its new state and the transaction) until the page is left.
  const [recent, setRecent] = useState<Set<string>>(() => new Set());
  const filed = list.filter((c) => c.state === 'Filed' || recent.has(c.claimId.toString()));
  const arbitration = list.filter((c) => c.state === 'UnderArbitration' || recent.has(`arb-${c.claimId}`));
  // Every open report of a claim under investigation, one card each, before its deadline (after it, anyone closes
  // it: see the steps below); a report resolved here stays listed with its outcome until the page is left.
  const [resolved, setResolved] = useState<Set<string>>(() => new Set());
  const claimOf = (r: GetReportReturnType) => list.find((c) => c.claimId === r.claimId);
  const investigation = allReports
    .map((r) => [r, claimOf(r)] as const)
    .filter(
      (pair): pair is readonly [GetReportReturnType, GetClaimReturnType] =>
        pair[1] !== undefined &&
        (resolved.has(pair[0].reportId.toString()) || (pair[0].outcome === 'Open' && pair[1].state === 'UnderInvestigation' && now <= pair[0].deadline))
    );
  if (claims.isError) return <p className="error">{describeError(claims.error)}</p>;
  return (
    <>
      <h2>{t('review.title')}</h2>
      <p className="muted">{t('review.explain')}</p>
      {claims.isPending ? <p aria-busy="true">{t('common:loading')}</p> : null}
      {!claims.isPending && filed.length === 0 ? <p className="muted">{t('review.empty')}</p> : null}
      <div className="role-list">
        {filed.map((c) => (
          <ReviewCard key={c.claimId.toString()} claim={c} onDone={() => setRecent((r) => new Set(r).add(c.claimId.toString()))} />
        ))}
      </div>

      <h2>{t('arbitration.title')}</h2>
      <p className="muted">{t('arbitration.explain')}</p>
      {arbitration.length === 0 ? <p className="muted">{t('arbitration.empty')}</p> : null}
      <div className="role-list">
        {arbitration.map((c) => (
          <ArbitrationCard key={c.claimId.toString()} claim={c} onDone={() => setRecent((r) => new Set(r).add(`arb-${c.claimId}`))} />
        ))}
      </div>

      <h2>{t('reports.title')}</h2>
      <p className="muted">{t('reports.explain')}</p>
      {investigation.length === 0 ? <p className="muted">{t('reports.empty')}</p> : null}
      <div className="role-list">
        {investigation.map(([r, c]) => (
          <ReportCard
            key={r.reportId.toString()}
            claim={c}
            report={r}
            reports={allReports}
            onDone={() => setResolved((s) => new Set(s).add(r.reportId.toString()))}
          />
        ))}
      </div>

      <OperatorFees />

      <h2>{t('steps.title')}</h2>
      <p className="muted">{t('steps.explain')}</p>
      <AnyoneSteps claims={list} reports={allReports} now={now} />
    </>
  );
}

/** Investigation fees (bonds of dismissed reports) held for the operator: withdrawn to the operator that sends it. */
function OperatorFees() {
  const { t } = useTranslation('operator');
  const { address } = useConnection();
  const { deployment } = useRuntimeConfig();
  const reader = useLashouReader();
  const money = useMoney();
  const tx = useTx<Awaited<ReturnType<typeof withdrawOperatorFees>>>();
  const fees = useQuery({
    queryKey: ['sdk', 'operatorFees', deployment.reports],
    enabled: Boolean(reader),
    refetchInterval: 4_000,
    queryFn: () => readContract(reader!, { address: deployment.reports, abi: fraudReportsAbi, functionName: 'operatorFees' }),
  });
  // Where a dismissed report's bond goes now: with DismissedBondToMembers = 1 (the default) no fee ever accrues, and the
  // card says so instead of an unexplained "none".
  const toMembers = useQuery({
    queryKey: ['sdk', 'dismissedBondToMembers', deployment.claims],
    enabled: Boolean(reader),
    staleTime: 60_000,
    queryFn: async () => (await readClaimParameters(reader!, deployment, ['DismissedBondToMembers']))[0] === 1n,
  });
  const held = fees.data ?? 0n;
  const none = toMembers.data ? t('fees.noneToMembers') : t('fees.none');
  return (
    <div className="card" data-testid="operator-fees">
      <h3>{t('fees.title')}</h3>
      <p>{fees.data === undefined ? t('common:loading') : held > 0n ? t('fees.held', { amount: money(held) }) : none}</p>
      {address ? <p className="muted small">{t('fees.toCaller', { address: shortHex(address) })}</p> : null}
      {held > 0n || tx.status !== 'idle' ? (
        <TxButton
          tx={tx}
          testId="operator-withdraw-fees"
          secondary
          disabled={held === 0n}
          onClick={() => void tx.run((c) => withdrawOperatorFees(c, { reports: deployment.reports, amount: held }))}
          success={tx.result ? <p>{t('fees.done', { amount: money(tx.result.amount), address: shortHex(tx.result.to) })}</p> : null}
        >
          {t('fees.button')}
        </TxButton>
      ) : null}
    </div>
  );
}

function ClaimHead({ claim }: { claim: GetClaimReturnType }) {
  const { t, i18n } = useTranslation('operator');
  const money = useMoney();
  return (
    <>
      <h3>
        <Link to={`/claims/${claim.claimId}`}>{t('claim', { id: claim.claimId.toString() })}</Link>
      </h3>
      <dl className="kv">
        <dt>{t('fields.claimant')}</dt>
        <dd>
          <code>{claim.claimant}</code>
        </dd>
        <dt>{t('fields.amount')}</dt>
        <dd>{money(claim.approvedAmount || claim.requestedAmount)}</dd>
        <dt>{t('fields.diagnosed')}</dt>
        <dd>{formatTime(claim.diagnosedAt, i18n.language, 'date')}</dd>
        <dt>{t('fields.region')}</dt>
        <dd>{claim.region}</dd>
        <dt>{t('fields.document')}</dt>
        <dd>
          <code>{claim.documentHash}</code>
        </dd>
        {claim.deadline > 0n ? (
          <>
            <dt>{t('fields.deadline')}</dt>
            <dd>{formatTime(claim.deadline, i18n.language)}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}

const claimParametersReadAbi = [
  { type: 'function', name: 'parameters', stateMutability: 'view', inputs: [], outputs: [{ type: 'address' }] },
  { type: 'function', name: 'parameter', stateMutability: 'view', inputs: [{ type: 'uint8' }], outputs: [{ type: 'uint256' }] },
] as const;

/** Claim parameters by name, from the deployment's ClaimParameters (found through the claims module when the record lacks it). */
async function readClaimParameters(
  reader: NonNullable<ReturnType<typeof useLashouReader>>,
  deployment: { claims: Hex; claimParameters?: Hex | undefined },
  names: readonly (typeof CLAIM_PARAMETERS)[number][],
): Promise<bigint[]> {
  const address =
    deployment.claimParameters ?? (await readContract(reader, { address: deployment.claims, abi: claimParametersReadAbi, functionName: 'parameters' }));
  return Promise.all(
    names.map((name) => readContract(reader, { address, abi: claimParametersReadAbi, functionName: 'parameter', args: [CLAIM_PARAMETERS.indexOf(name)] })),
  );
}

/** What the pool can pay a claim approved now within its payment window (the review's own check), from the chain. */
function usePoolCapacity() {
  const reader = useLashouReader();
  const { deployment } = useRuntimeConfig();
  const pool = usePool();
  const terms = useQuery({
    queryKey: ['sdk', 'reviewTerms', deployment.claims],
    enabled: Boolean(reader),
    staleTime: 60_000,
    queryFn: async () => {
      const [paymentWindow, commission] = await readClaimParameters(reader!, deployment, ['PaymentWindow', 'Commission']);
      return { paymentWindow: paymentWindow!, commission: commission! };
    },
  });
  if (!pool.data || !terms.data) return undefined;
  const p = pool.data;
  return {
    ...poolCapacity({ activeMembers: p.activeMembers, minimumBalance: p.parameters.minimumBalance, epochLength: p.parameters.epochLength, queuedPayments: p.queuedPayments, ...terms.data }),
    members: p.activeMembers,
  };
}

function ReviewCard({ claim, onDone }: { claim: GetClaimReturnType; onDone: () => void }) {
  const { t } = useTranslation(['operator', 'join', 'forms']);
  const { deployment, apiUrl } = useRuntimeConfig();
  const { data: token } = useToken();
  const money = useMoney();
  const describeError = useDescribeError();
  const capacity = usePoolCapacity();
  const tx = useTx();
  const id = claim.claimId.toString();
  const [decision, setDecision] = useState<'approve' | 'reject'>('approve');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState<RejectionReason>('DocumentsInvalid');
  const [docType, setDocType] = useState<DocumentType>('CN_RESIDENT_ID');
  const [idNumber, setIdNumber] = useState('');
  // The person key (docs/identity.md): a PRC citizen is keyed by the resident ID number even when they joined with a passport.
  const [residentId, setResidentId] = useState('');
  const [commitmentCheck, setCommitmentCheck] = useState<'match' | 'differ' | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [secret, setSecret] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; idNumber?: string; residentId?: string; secret?: string }>({});
  const p = (name: string) => `operator-${name}-${id}`;

  // The review was refused because the pool cannot pay that much in the payment window: the contract says how much it can.
  const refusedAbove = isContractError(tx.error, 'ClaimsAmountAbovePoolCapacity') ? (tx.error.args[1] as bigint) : undefined;
  const fillAmount = (value: bigint) => setAmount(token ? formatAmount(value, { decimals: token.decimals }) : String(value));

  const submit = (override?: bigint) => {
    const next: typeof errors = {};
    if (decision === 'reject') {
      setErrors({});
      onDone();
      void tx.run((c) => reviewClaim(c, { claims: deployment.claims, claimId: claim.claimId, approve: false, reason }));
      return;
    }
    let value = override ?? claim.requestedAmount;
    if (override === undefined && amount.trim() !== '' && token) {
      try {
        value = parseTypedAmount(amount, token.decimals, token.symbol);
        if (value <= 0n || value > claim.requestedAmount) next.amount = t('review.amountRange', { max: money(claim.requestedAmount) });
      } catch {
        next.amount = t('forms:amount.invalid', { decimals: token.decimals });
      }
    }
    if (override !== undefined) fillAmount(override);
    else if (!next.amount && capacity && value > capacity.available) next.amount = t('review.aboveCapacity', { max: money(capacity.available) });
    let nullifier: Hex | undefined;
    let person: PersonKey | undefined;
    try {
      normaliseIdentity({ docType, idNumber, name: 'x' });
    } catch (error) {
      next.idNumber = idNumber.trim() === '' ? t('review.idRequired') : describeError(error);
    }
    if (!next.idNumber) {
      try {
        person = personKey({ docType, idNumber, name: 'x' }, { residentId: docType === 'PASSPORT' && residentId.trim() !== '' ? residentId : undefined });
      } catch (error) {
        next.residentId = describeError(error);
      }
    }
    if (person) {
      try {
        nullifier = computeNullifier({ person, operatorSecret: secret.trim() as Hex });
      } catch (error) {
        next.secret = secret.trim() === '' ? t('review.secretRequired') : describeError(error);
      }
    }
    setErrors(next);
    if (next.amount || next.idNumber || next.residentId || next.secret || !nullifier) return;
    const n = nullifier;
    onDone();
    void tx
      .run((c) => reviewClaim(c, { claims: deployment.claims, claimId: claim.claimId, approve: true, amount: value, nullifier: n }))
      .then((r) => {
        if (r) setSecret('');
      });
  };

  if (claim.state !== 'Filed') {
    return (
      <div className="card" data-testid={`operator-claim-${id}`}>
        <ClaimHead claim={claim} />
        <p data-testid={`operator-claim-state-${id}`}>{t('review.nowState', { state: t(`states.${claim.state}`) })}</p>
        <TxStatus
          status={tx.status}
          hash={tx.hash}
          message={tx.message}
          success={
            <p>
              {decision === 'reject'
                ? t('review.rejected')
                : claim.state === 'Rejected'
                ? t('review.autoRejected', { reason: t(`reasons.${claim.reason}`, { defaultValue: claim.reason }) })
                : t('review.approved')}
            </p>
          }
        />
      </div>
    );
  }
  return (
    <div className="card" data-testid={`operator-claim-${id}`}>
      <ClaimHead claim={claim} />
      <fieldset>
        <legend>{t('review.decision')}</legend>
        <div className="actions">
          <label>
            <input type="radio" name={p('decision')} data-testid={p('approve')} checked={decision === 'approve'} onChange={() => setDecision('approve')} />{' '}
            {t('review.approve')}
          </label>
          <label>
            <input type="radio" name={p('decision')} data-testid={p('reject')} checked={decision === 'reject'} onChange={() => setDecision('reject')} />{' '}
            {t('review.reject')}
          </label>
        </div>
      </fieldset>
      {decision === 'approve' ? (
        <>
          <Field
            id={p('amount')}
            label={t('review.amount', { symbol: token?.symbol ?? '' })}
            hint={t('review.amountHint', { asked: money(claim.requestedAmount) })}
            error={errors.amount}
          >
            <AmountInput
              {...inputProps(p('amount'), 'hint', errors.amount)}
              symbol={token?.symbol}
              data-testid={p('amount')}
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
            />
          </Field>
          {capacity ? (
            <div className={capacity.available < claim.requestedAmount ? 'notice' : 'muted'} data-testid={p('capacity')}>
              <p>
                {t('review.capacity', {
                  max: money(capacity.available),
                  settlements: capacity.settlements.toString(),
                  members: capacity.members.toString(),
                  perSettlement: money(capacity.perSettlement),
                })}
              </p>
              {capacity.available < claim.requestedAmount && capacity.available > 0n ? (
                <button type="button" className="secondary" data-testid={p('use-capacity')} onClick={() => fillAmount(capacity.available)}>
                  {t('review.useCapacity', { max: money(capacity.available) })}
                </button>
              ) : null}
              {capacity.available === 0n ? <p>{t('review.noCapacity')}</p> : null}
            </div>
          ) : null}
          <fieldset>
            <legend>{t('review.identity')}</legend>
            <p className="hint muted">{t('review.identityHint')}</p>
            <div className="field">
              <label htmlFor={p('identity-file')}>{t('review.identityFile')}</label>
              <input
                id={p('identity-file')}
                type="file"
                accept="application/json,.json"
                data-testid={p('identity-file')}
                onChange={async (e) => {
                  const file = e.target.files?.[0];
                  setFileError(undefined);
                  setCommitmentCheck(null);
                  if (!file) return;
                  try {
                    const identity = parseIdentityFile(await file.text(), (k, q) => t(`forms:${k}`, q));
                    setDocType(identity.docType);
                    setIdNumber(identity.idNumber);
                    const m = await apiGet(apiUrl, `/api/members/${claim.claimant}?limit=1`, memberCommitmentSchema).catch(() => undefined);
                    if (m?.identityCommitment)
                      setCommitmentCheck(m.identityCommitment.toLowerCase() === identity.commitment.toLowerCase() ? 'match' : 'differ');
                  } catch (error) {
                    setFileError((error as Error).message);
                  }
                }}
              />
              {fileError ? (
                <p className="error" data-testid="field-error" role="alert">
                  {fileError}
                </p>
              ) : null}
              {commitmentCheck ? (
                <p className={commitmentCheck === 'match' ? 'ok' : 'bad'} role="status" data-testid={p('commitment-check')}>
                  {commitmentCheck === 'match' ? t('review.commitmentMatch') : t('review.commitmentDiffer')}
                </p>
              ) : null}
            </div>
            <Field id={p('doc-type')} label={t('review.docType')}>
              <select {...inputProps(p('doc-type'))} value={docType} onChange={(e) => setDocType(e.target.value as DocumentType)}>
                <option value="CN_RESIDENT_ID">{t('join:docType.CN_RESIDENT_ID')}</option>
                <option value="PASSPORT">{t('join:docType.PASSPORT')}</option>
              </select>
            </Field>
            <Field id={p('id-number')} label={t('review.idNumber')} error={errors.idNumber}>
              <input
                {...inputProps(p('id-number'), undefined, errors.idNumber)}
                autoComplete="off"
                spellCheck={false}
                data-testid={p('id-number')}
                value={idNumber}
                onChange={(e) => setIdNumber(e.target.value)}
              />
            </Field>
            {docType === 'PASSPORT' ? (
              <Field id={p('resident-id')} label={t('review.residentId')} hint={t('review.residentIdHint')} error={errors.residentId}>
                <input
                  {...inputProps(p('resident-id'), 'hint', errors.residentId)}
                  autoComplete="off"
                  spellCheck={false}
                  data-testid={p('resident-id')}
                  value={residentId}
                  onChange={(e) => setResidentId(e.target.value)}
                />
              </Field>
            ) : null}
          </fieldset>
          <Field id={p('secret')} label={t('review.secret')} hint={t('review.secretHint')} error={errors.secret}>
            <input
              {...inputProps(p('secret'), 'hint', errors.secret)}
              type="password"
              autoComplete="off"
              spellCheck={false}
              data-testid={p('secret')}
              value={secret}
              onChange={(e) => setSecret(e.target.value)}
            />
          </Field>
          <div className="consequences">
            <h3>{t('before')}</h3>
            <ul>
              <li>{t('review.approveMeans')}</li>
              <li>{t('review.lockMeans')}</li>
              <li>{t('review.scheduleMeans')}</li>
              <li>{t('review.nullifierMeans')}</li>
            </ul>
          </div>
        </>
      ) : (
        <>
          <Field id={p('reason')} label={t('review.reason')}>
            <select {...inputProps(p('reason'))} data-testid={p('reason')} value={reason} onChange={(e) => setReason(e.target.value as RejectionReason)}>
              {REJECTION_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`reasons.${r}`)}
                </option>
              ))}
            </select>
          </Field>
          <div className="consequences">
            <h3>{t('before')}</h3>
            <ul>
              <li>{t('review.rejectMeans')}</li>
            </ul>
          </div>
        </>
      )}
      <div>
        <button type="button" data-testid={`operator-review-${id}`} disabled={tx.busy} onClick={() => submit()}>
          {decision === 'approve' ? t('review.submitApprove') : t('review.submitReject')}
        </button>
      </div>
      {refusedAbove !== undefined && refusedAbove > 0n && decision === 'approve' && !tx.busy ? (
        <div className="notice" role="alert" data-testid={p('capacity-refused')}>
          <p>{t('review.refusedAbove', { max: money(refusedAbove) })}</p>
          <button type="button" data-testid={p('approve-capacity')} onClick={() => submit(refusedAbove < claim.requestedAmount ? refusedAbove : claim.requestedAmount)}>
            {t('review.approveCapacity', { max: money(refusedAbove < claim.requestedAmount ? refusedAbove : claim.requestedAmount) })}
          </button>
        </div>
      ) : null}
      <TxStatus
        status={tx.status}
        hash={tx.hash}
        message={tx.message}
        success={<p>{decision === 'approve' ? t('review.approved') : t('review.rejected')}</p>}
      />
    </div>
  );
}

function ArbitrationCard({ claim, onDone }: { claim: GetClaimReturnType; onDone: () => void }) {
  const { t } = useTranslation('operator');
  const { deployment } = useRuntimeConfig();
  const tx = useTx();
  const id = claim.claimId.toString();
  const rejecting = claim.witnesses.filter((w) => w.status === 'Rejected');
  const arbitrate = (uphold: boolean) => {
    onDone();
    void tx.run((c) => arbitrateClaim(c, { claims: deployment.claims, claimId: claim.claimId, uphold }));
  };
  if (claim.state !== 'UnderArbitration') {
    return (
      <div className="card" data-testid={`operator-arbitration-${id}`}>
        <ClaimHead claim={claim} />
        <p data-testid={`operator-claim-state-${id}`}>{t('review.nowState', { state: t(`states.${claim.state}`) })}</p>
        <TxStatus status={tx.status} hash={tx.hash} message={tx.message} />
      </div>
    );
  }
  return (
    <div className="card" data-testid={`operator-arbitration-${id}`}>
      <ClaimHead claim={claim} />
      <p>
        {t('arbitration.rejectedBy', { witnesses: rejecting.map((w) => shortHex(w.witness)).join(', ') })}{' '}
        {rejecting.map((w) => (
          <code key={w.slot}>{w.reportHash}</code>
        ))}
      </p>
      <div className="consequences">
        <h3>{t('before')}</h3>
        <ul>
          <li>{t('arbitration.upholdMeans')}</li>
          <li>{t('arbitration.overruleMeans')}</li>
        </ul>
      </div>
      <div className="actions">
        <button type="button" data-testid={`operator-uphold-${id}`} disabled={tx.busy} onClick={() => arbitrate(true)}>
          {t('arbitration.uphold')}
        </button>
        <button type="button" className="secondary" data-testid={`operator-overrule-${id}`} disabled={tx.busy} onClick={() => arbitrate(false)}>
          {t('arbitration.overrule')}
        </button>
      </div>
      <TxStatus status={tx.status} hash={tx.hash} message={tx.message} />
    </div>
  );
}

function ReportCard({ claim, report: r, reports, onDone }: { claim: GetClaimReturnType; report: GetReportReturnType; reports: GetReportReturnType[]; onDone: () => void }) {
  const { t, i18n } = useTranslation('operator');
  const { deployment } = useRuntimeConfig();
  const money = useMoney();
  const tx = useTx<Awaited<ReturnType<typeof resolveReport>>>();
  const reportId = r.reportId;
  const rid = reportId.toString();
  const decided = r.outcome !== 'Open';
  const revealed = r.revealed;
  // Only the first report to reveal a piece of evidence can be confirmed (its reward cannot be copied by another).
  const first = r.firstWithEvidence ?? reportId;
  const others = reports.filter((o) => o.claimId === r.claimId && o.outcome === 'Open' && o.reportId !== reportId).length;
  const resolve = (confirmed: boolean) => {
    onDone();
    void tx.run((c) => resolveReport(c, { reports: deployment.reports, reportId, confirmed }));
  };
  return (
    <div className="card" data-testid={`operator-report-${rid}`}>
      <ClaimHead claim={claim} />
      <dl className="kv">
        <dt>{t('reports.report')}</dt>
        <dd>#{rid}</dd>
        <dt>{t('reports.reporter')}</dt>
        <dd>
          <code>{r.reporter}</code>
        </dd>
        <dt>{t('reports.bond')}</dt>
        <dd>{money(r.bond)}</dd>
        <dt>{t('reports.evidence')}</dt>
        <dd data-testid={`operator-report-evidence-${rid}`} data-revealed={revealed}>
          {revealed ? <code>{r.evidenceHash}</code> : t('reports.notRevealed')}
        </dd>
        <dt>{t('reports.deadline')}</dt>
        <dd>{formatTime(r.deadline, i18n.language)}</dd>
        {others > 0 ? (
          <>
            <dt>{t('reports.others')}</dt>
            <dd>{t('reports.othersValue', { count: others })}</dd>
          </>
        ) : null}
      </dl>
      {decided ? (
        <p data-testid={`operator-report-outcome-${rid}`}>
          {t('reports.outcome', { outcome: t(`reports.outcomes.${r.outcome}`), state: t(`states.${claim.state}`) })}
        </p>
      ) : null}
      {!decided ? (
        <>
          {!revealed ? <p className="notice">{t('reports.waitReveal')}</p> : null}
          {revealed && first !== reportId ? <p className="notice">{t('reports.notFirst', { first: first.toString() })}</p> : null}
          <div className="consequences">
            <h3>{t('before')}</h3>
            <ul>
              <li>{t('reports.confirmMeans')}</li>
              <li>{t('reports.dismissMeans')}</li>
              {others > 0 ? <li>{t('reports.othersMean')}</li> : null}
            </ul>
          </div>
          <div className="actions">
            <button type="button" data-testid={`operator-confirm-${rid}`} disabled={tx.busy || !revealed || first !== reportId} onClick={() => resolve(true)}>
              {t('reports.confirm')}
            </button>
            <button type="button" className="secondary" data-testid={`operator-dismiss-${rid}`} disabled={tx.busy} onClick={() => resolve(false)}>
              {t('reports.dismiss')}
            </button>
          </div>
        </>
      ) : null}
      <TxStatus
        status={tx.status}
        hash={tx.hash}
        message={tx.message}
        success={
          tx.result ? (
            <p>
              {t('reports.done', {
                outcome: t(`reports.outcomes.${tx.result.outcome}`),
                reward: money(tx.result.reward),
                slashed: money(tx.result.slashed),
                credited: money(tx.result.creditedToMembers),
              })}
            </p>
          ) : null
        }
      />
    </div>
  );
}

/** The page's name of each permissionless step (its texts under `steps.means` and `steps.buttons`). */
const STEP_NAMES: Record<ClaimStepKind, string> = {
  fulfilRandomness: 'draw', drawWitnesses: 'draw', replaceWitness: 'replace', approveClaim: 'approve',
  markClaimPaid: 'markPaid', releaseStakes: 'releaseStakes', expireClaim: 'expire',
};
/** An approved claim marked paid before every payment was made: its payment window is over, it closes paid in part. */
const stepName = (kind: ClaimStepKind, claim: GetClaimReturnType) => (kind === 'markClaimPaid' && !claim.fullyPaid ? 'markPaidInPart' : STEP_NAMES[kind]);

/**
 * What `nextClaimStep` needs besides each claim, read at one block: the chain's clock, the run-off's end and every
 * pending randomness request. The same decision as the keeper's, `advanceClaim`'s and the claim page's.
 */
function useStepContext(claims: GetClaimReturnType[]) {
  const reader = useLashouReader();
  const { deployment } = useRuntimeConfig();
  const pending = claims.filter((c) => c.randomnessRequest !== 0n);
  return useQuery({
    queryKey: ['sdk', 'stepContext', deployment.claims, pending.map((c) => `${c.claimId}:${c.randomnessRequest}`).join(',')],
    enabled: Boolean(reader),
    refetchInterval: 4_000,
    queryFn: async () => {
      const context = await getClaimStepContext(reader!, { claims: deployment.claims });
      const randomness = new Map<bigint, ClaimRandomnessView>();
      for (const c of pending) {
        const at = { source: context.randomnessSource, requestId: c.randomnessRequest, kind: deployment.randomnessKind, blockNumber: context.blockNumber };
        randomness.set(c.claimId, await getClaimRandomness(reader!, at));
      }
      return { ...context, randomness, observedAt: Date.now() };
    },
  });
}

function AnyoneSteps({ claims, reports, now }: { claims: GetClaimReturnType[]; reports: GetReportReturnType[]; now: bigint }) {
  const { t, i18n } = useTranslation('operator');
  const { deployment } = useRuntimeConfig();
  const pool = usePool();
  const money = useMoney();
  const settle = useTx<Awaited<ReturnType<typeof settleEpoch>>>();
  const context = useStepContext(claims).data;
  const steps = context
    ? claims.flatMap((c) => {
        const next = nextClaimStep({ claim: c, now: context.now, blockNumber: context.blockNumber, honourUntil: context.honourUntil, randomness: context.randomness.get(c.claimId) });
        return next.due && next.kind ? [[c, stepName(next.kind, c)] as const] : [];
      })
    : [];
  // Open reports nobody can decide any more: the claim ended through another report (superseded), or the operator's
  // deadline passed (expired). Anyone closes them; the bond goes back to the supervisor.
  // A report closed here stays listed with its outcome until the page is left.
  const [closedHere, setClosedHere] = useState<Set<string>>(() => new Set());
  const closable = reports.flatMap((r) => {
    const claim = claims.find((c) => c.claimId === r.claimId);
    if (!claim) return [];
    const superseded = r.outcome === 'Superseded' || (r.outcome === 'Open' && claim.state !== 'UnderInvestigation');
    if (closedHere.has(r.reportId.toString())) return [[r, superseded] as const];
    if (r.outcome !== 'Open') return [];
    return superseded || now > r.deadline ? [[r, superseded] as const] : [];
  });
  const epoch = pool.data?.epoch;
  return (
    <div className="role-list">
      <div className="card">
        <h3>{t('steps.settleTitle')}</h3>
        {epoch ? (
          <p>
            {epoch.settleable
              ? t('steps.settleReady', { epoch: epoch.nextToSettle.toString() })
              : t('steps.settleNotYet', { epoch: epoch.nextToSettle.toString(), at: formatTime(epoch.nextToSettleEndsAt, i18n.language) })}
          </p>
        ) : null}
        <p className="muted">{t('steps.settleMeans', { queued: pool.data ? money(pool.data.queuedPayments) : '…' })}</p>
        <TxButton
          tx={settle}
          testId="operator-settle"
          disabled={!epoch?.settleable}
          onClick={() => void settle.run((c) => settleEpoch(c, { pool: deployment.pool }))}
          success={
            settle.result ? (
              <p>
                {t('steps.settled', { epoch: settle.result.epoch.toString(), share: money(settle.result.share), members: settle.result.members.toString() })}
              </p>
            ) : null
          }
        >
          {t('steps.settle')}
        </TxButton>
      </div>
      {steps.length === 0 && closable.length === 0 ? <p className="muted">{t('steps.none')}</p> : null}
      {steps.map(([c, step]) => (
        <AdvanceCard key={c.claimId.toString()} claim={c} step={step!} />
      ))}
      {closable.map(([r, superseded]) => (
        <CloseReportCard
          key={r.reportId.toString()}
          report={r}
          superseded={superseded}
          onDone={() => setClosedHere((s) => new Set(s).add(r.reportId.toString()))}
        />
      ))}
    </div>
  );
}

function AdvanceCard({ claim, step }: { claim: GetClaimReturnType; step: string }) {
  const { t } = useTranslation('operator');
  const { deployment } = useRuntimeConfig();
  const tx = useTx<Awaited<ReturnType<typeof advanceClaim>>>();
  const id = claim.claimId.toString();
  return (
    <div className="card" data-testid={`operator-step-${id}`}>
      <h3>
        <Link to={`/claims/${id}`}>{t('claim', { id })}</Link> · {t(`states.${claim.state}`, { defaultValue: claim.state })}
      </h3>
      <p>{t(`steps.means.${step}`)}</p>
      <TxButton
        tx={tx}
        testId={`operator-advance-${id}`}
        onClick={() => void tx.run((c) => advanceClaim(c, { claims: deployment.claims, claimId: claim.claimId }))}
        hash={tx.hash ?? tx.result?.result?.hash}
        success={
          tx.result ? (
            <p>
              {tx.result.action === 'none'
                ? t('steps.nothing')
                : t('steps.advanced', { state: t(`states.${tx.result.state}`, { defaultValue: tx.result.state }) })}
            </p>
          ) : null
        }
      >
        {t(`steps.buttons.${step}`)}
      </TxButton>
    </div>
  );
}

/** An open report anyone may close: superseded (the claim ended through another report) or past the operator's deadline. */
function CloseReportCard({ report, superseded, onDone }: { report: GetReportReturnType; superseded: boolean; onDone: () => void }) {
  const { t, i18n } = useTranslation('operator');
  const { deployment } = useRuntimeConfig();
  const money = useMoney();
  const tx = useTx<Awaited<ReturnType<typeof expireReport>>>();
  const rid = report.reportId.toString();
  return (
    <div className="card" data-testid={`operator-close-report-${rid}`}>
      <h3>
        <Link to={`/claims/${report.claimId}`}>{t('claim', { id: report.claimId.toString() })}</Link> · {t('reports.report')} #{rid}
      </h3>
      <p>
        {superseded
          ? t('steps.closeSuperseded', { bond: money(report.bond) })
          : t('steps.closeExpired', { at: formatTime(report.deadline, i18n.language), bond: money(report.bond) })}
      </p>
      <TxButton
        tx={tx}
        testId={`operator-expire-report-${rid}`}
        disabled={report.outcome !== 'Open'}
        onClick={() => {
          onDone();
          void tx.run((c) => expireReport(c, { reports: deployment.reports, reportId: report.reportId }));
        }}
        success={tx.result ? <p>{t('steps.reportClosed', { outcome: t(`reports.outcomes.${tx.result.outcome}`), bond: money(tx.result.bondReturned) })}</p> : null}
      >
        {t('steps.closeReport')}
      </TxButton>
    </div>
  );
}
