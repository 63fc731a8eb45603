import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { Hex } from 'viem';
import {
  REJECTION_REASONS,
  advanceClaim,
  arbitrateClaim,
  computeNullifier,
  getReport,
  normaliseIdentity,
  resolveReport,
  reviewClaim,
  settleEpoch,
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
import { useClaimsOnChain, useLashouReader, usePool } from '../../components/forms/hooks';

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

function Console() {
  const { t } = useTranslation('operator');
  const claims = useClaimsOnChain();
  const describeError = useDescribeError();
  const list = claims.data?.claims ?? [];
  // A claim just reviewed stays in the queue (with its new state and the transaction) until the page is left.
  const [recent, setRecent] = useState<Set<string>>(() => new Set());
  const filed = list.filter((c) => c.state === 'Filed' || recent.has(c.claimId.toString()));
  const arbitration = list.filter((c) => c.state === 'UnderArbitration' || recent.has(`arb-${c.claimId}`));
  // A resolved report stays listed (under the report id it had) with its outcome.
  const [resolved, setResolved] = useState<Map<string, bigint>>(() => new Map());
  const investigation = list
    .filter((c) => (c.state === 'UnderInvestigation' && c.openReport > 0n) || resolved.has(c.claimId.toString()))
    .map((c) => [c, c.openReport > 0n ? c.openReport : resolved.get(c.claimId.toString())!] as const);
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
        {investigation.map(([c, reportId]) => (
          <ReportCard
            key={c.claimId.toString()}
            claim={c}
            reportId={reportId}
            onDone={() => setResolved((r) => new Map(r).set(c.claimId.toString(), reportId))}
          />
        ))}
      </div>

      <h2>{t('steps.title')}</h2>
      <p className="muted">{t('steps.explain')}</p>
      <AnyoneSteps claims={list} />
    </>
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

function ReviewCard({ claim, onDone }: { claim: GetClaimReturnType; onDone: () => void }) {
  const { t } = useTranslation(['operator', 'join', 'forms']);
  const { deployment, apiUrl } = useRuntimeConfig();
  const { data: token } = useToken();
  const money = useMoney();
  const describeError = useDescribeError();
  const tx = useTx();
  const id = claim.claimId.toString();
  const [decision, setDecision] = useState<'approve' | 'reject'>('approve');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState<RejectionReason>('DocumentsInvalid');
  const [docType, setDocType] = useState<DocumentType>('CN_RESIDENT_ID');
  const [idNumber, setIdNumber] = useState('');
  const [commitmentCheck, setCommitmentCheck] = useState<'match' | 'differ' | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [secret, setSecret] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; idNumber?: string; secret?: string }>({});
  const p = (name: string) => `operator-${name}-${id}`;

  const submit = () => {
    const next: typeof errors = {};
    if (decision === 'reject') {
      setErrors({});
      onDone();
      void tx.run((c) => reviewClaim(c, { claims: deployment.claims, claimId: claim.claimId, approve: false, reason }));
      return;
    }
    let value = claim.requestedAmount;
    if (amount.trim() !== '' && token) {
      try {
        value = parseTypedAmount(amount, token.decimals, token.symbol);
        if (value <= 0n || value > claim.requestedAmount) next.amount = t('review.amountRange', { max: money(claim.requestedAmount) });
      } catch {
        next.amount = t('forms:amount.invalid', { decimals: token.decimals });
      }
    }
    let nullifier: Hex | undefined;
    try {
      normaliseIdentity({ docType, idNumber, name: 'x' });
    } catch (error) {
      next.idNumber = idNumber.trim() === '' ? t('review.idRequired') : describeError(error);
    }
    if (!next.idNumber) {
      try {
        nullifier = computeNullifier({ identity: { docType, idNumber, name: 'x' }, operatorSecret: secret.trim() as Hex });
      } catch (error) {
        next.secret = secret.trim() === '' ? t('review.secretRequired') : describeError(error);
      }
    }
    setErrors(next);
    if (next.amount || next.idNumber || next.secret || !nullifier) return;
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
          success={<p>{decision === 'approve' ? t('review.approved') : t('review.rejected')}</p>}
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
        <button type="button" data-testid={`operator-review-${id}`} disabled={tx.busy} onClick={submit}>
          {decision === 'approve' ? t('review.submitApprove') : t('review.submitReject')}
        </button>
      </div>
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

function ReportCard({ claim, reportId, onDone }: { claim: GetClaimReturnType; reportId: bigint; onDone: () => void }) {
  const { t, i18n } = useTranslation('operator');
  const { deployment } = useRuntimeConfig();
  const reader = useLashouReader();
  const money = useMoney();
  const tx = useTx<Awaited<ReturnType<typeof resolveReport>>>();
  const report = useQuery({
    queryKey: ['sdk', 'report', deployment.reports, reportId.toString()],
    queryFn: () => getReport(reader!, { reports: deployment.reports, reportId }),
    enabled: Boolean(reader),
  });
  const rid = reportId.toString();
  const r = report.data;
  const decided = r !== undefined && r.outcome !== 'Open';
  const resolve = (confirmed: boolean) => {
    onDone();
    void tx.run((c) => resolveReport(c, { reports: deployment.reports, reportId, confirmed }));
  };
  return (
    <div className="card" data-testid={`operator-report-${rid}`}>
      <ClaimHead claim={claim} />
      {r ? (
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
          <dd>
            <code>{r.evidenceHash}</code>
          </dd>
          <dt>{t('reports.deadline')}</dt>
          <dd>{formatTime(r.deadline, i18n.language)}</dd>
        </dl>
      ) : null}
      {decided ? (
        <p data-testid={`operator-report-outcome-${rid}`}>
          {t('reports.outcome', { outcome: t(`reports.outcomes.${r.outcome}`), state: t(`states.${claim.state}`) })}
        </p>
      ) : null}
      {!decided ? (
        <>
          <div className="consequences">
            <h3>{t('before')}</h3>
            <ul>
              <li>{t('reports.confirmMeans')}</li>
              <li>{t('reports.dismissMeans')}</li>
            </ul>
          </div>
          <div className="actions">
            <button type="button" data-testid={`operator-confirm-${rid}`} disabled={tx.busy} onClick={() => resolve(true)}>
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

function AnyoneSteps({ claims }: { claims: GetClaimReturnType[] }) {
  const { t, i18n } = useTranslation('operator');
  const { deployment } = useRuntimeConfig();
  const pool = usePool();
  const money = useMoney();
  const settle = useTx<Awaited<ReturnType<typeof settleEpoch>>>();
  const context = useStepContext(claims).data;
  const steps = context
    ? claims.flatMap((c) => {
        const next = nextClaimStep({ claim: c, now: context.now, blockNumber: context.blockNumber, honourUntil: context.honourUntil, randomness: context.randomness.get(c.claimId) });
        return next.due && next.kind ? [[c, STEP_NAMES[next.kind]] as const] : [];
      })
    : [];
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
      {steps.length === 0 ? <p className="muted">{t('steps.none')}</p> : null}
      {steps.map(([c, step]) => (
        <AdvanceCard key={c.claimId.toString()} claim={c} step={step!} />
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
