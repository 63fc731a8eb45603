import { useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createClient, custom, isAddressEqual, parseAbi, toHex, type Hash, type Hex } from 'viem';
import { getTransactionReceipt, readContract } from 'viem/actions';
import { useConfig, useConnection } from 'wagmi';
import { getConnectorClient } from 'wagmi/actions';
import { claimsManagerAbi, fraudReportsAbi } from '@lashou/abi';
import {
  CLAIM_PARAMETERS,
  CLAIM_STATES,
  getClaim,
  getReportRefund,
  releaseReportRefund,
  reportCommitment,
  reportFraud,
  revealEvidence,
  type LashouClient,
} from '@lashou/sdk';
import { useRuntimeConfig } from '../../lib/config';
import { useMoney } from '../../lib/token';
import { useTx } from '../../lib/tx';
import { useDescribeError } from '../../lib/errors';
import { formatTime, shortHex } from '../../lib/format';
import { TxButton } from '../../components/forms/TxButton';
import { Field, inputProps } from '../../components/forms/Field';
import { FileHashInput } from '../../components/forms/FileHashInput';
import { TxStatus } from '../../components/forms/TxStatus';
import { FormPage } from '../../components/forms/FormPage';
import { TestTokens } from '../../components/forms/TestTokens';
import { downloadText, isHash } from '../../components/forms/schemas';
import { useChainNow, useLashouReader, useTokenBalance } from '../../components/forms/hooks';
import {
  IDLE,
  isSend,
  parseReportReceipt,
  reportCallOf,
  reportFlowStep,
  reportIdOf,
  reportReceipt,
  reportWindow,
  type ReportFlow,
  type ReportReceipt,
  type StepStatus,
} from './reportFlow';

const parametersAbi = parseAbi(['function parameters() view returns (address)', 'function parameter(uint8) view returns (uint256)']);

/** The claim parameters the report page states before signing: the bond, the reward rate, where a dismissed bond goes. */
function useReportTerms() {
  const reader = useLashouReader();
  const { deployment } = useRuntimeConfig();
  return useQuery({
    queryKey: ['sdk', 'reportTerms', deployment.claims],
    enabled: Boolean(reader),
    staleTime: 60_000,
    queryFn: async () => {
      const address =
        deployment.claimParameters ?? (await readContract(reader!, { address: deployment.claims, abi: parametersAbi, functionName: 'parameters' }));
      const read = (name: (typeof CLAIM_PARAMETERS)[number]) =>
        readContract(reader!, { address, abi: parametersAbi, functionName: 'parameter', args: [CLAIM_PARAMETERS.indexOf(name)] });
      const [bond, rewardBps, investigation, dismissedToMembers] = await Promise.all([
        read('ReportBond'),
        read('ReporterRewardBps'),
        read('InvestigationWindow'),
        read('DismissedBondToMembers').catch(() => 0n),
      ]);
      return { bond, rewardBps, investigation, dismissedToMembers: dismissedToMembers === 1n };
    },
  });
}

/** A supervisor (监督人) reports fraud on an announced, approved or paid claim: the bond and a sealed commitment, then the evidence. */
export default function Report() {
  const { t } = useTranslation('report');
  return (
    <FormPage title={t('title')} intro={t('intro')} notice={t('privacy')} walletWhy={t('walletWhy')}>
      <RefundKept />
      <ReportForm />
      <RevealLater />
    </FormPage>
  );
}

/**
 * Bonds and rewards the reports contract kept for the connected supervisor (the token refused the transfer when a
 * report was closed, or the slashed stake the reward comes from had not arrived): released to this address only.
 */
function RefundKept() {
  const { t } = useTranslation('report');
  const { address } = useConnection();
  const { deployment } = useRuntimeConfig();
  const reader = useLashouReader();
  const money = useMoney();
  const tx = useTx<Awaited<ReturnType<typeof releaseReportRefund>>>();
  const kept = useQuery({
    queryKey: ['sdk', 'reportRefund', deployment.reports, address],
    enabled: Boolean(reader && address),
    refetchInterval: 4_000,
    queryFn: () => getReportRefund(reader!, { reports: deployment.reports, reporter: address! }),
  });
  const amount = kept.data ?? 0n;
  if (!address || (amount === 0n && tx.status === 'idle')) return null;
  return (
    <div className="card" data-testid="report-refund-kept">
      <h2>{t('refund.title')}</h2>
      {amount > 0n ? <p>{t('refund.explain', { amount: money(amount) })}</p> : null}
      <ul className="plain small">
        <li>{t('refund.toYou', { address: shortHex(address) })}</li>
        <li>{t('refund.whileRefused')}</li>
      </ul>
      <TxButton
        tx={tx}
        testId="report-release-refund"
        disabled={amount === 0n}
        // Released to the reporter's own address whoever sends it: the contract pays no other address.
        onClick={() => void tx.run((c) => releaseReportRefund(c, { reports: deployment.reports, reporter: address }))}
        success={tx.result ? <p>{t('refund.done', { amount: money(tx.result.amount), address: shortHex(tx.result.reporter) })}</p> : null}
      >
        {t('refund.button')}
      </TxButton>
    </div>
  );
}

/** A fresh 32-byte salt for the commitment (the SDK would make one too; the page makes it first so it can show it). */
const freshSalt = (): Hex => toHex(crypto.getRandomValues(new Uint8Array(32)));

/**
 * Files the report with the SDK's `reportFraud` (commitment, then reveal) through the connected wallet, following
 * each request the SDK makes so the page can say which of the two transactions is under way. When the call fails
 * after the commitment was mined, the report exists: its id is read from that transaction so the reveal can be retried.
 */
function useReportFlow() {
  const config = useConfig();
  const queryClient = useQueryClient();
  const describeError = useDescribeError();
  const reader = useLashouReader();
  const { deployment } = useRuntimeConfig();
  const [flow, dispatch] = useReducer(reportFlowStep, IDLE);
  const busy = useRef(false);

  const run = async (claimId: bigint, evidenceHash: Hex, salt: Hex) => {
    if (busy.current) return;
    busy.current = true;
    dispatch({ type: 'start' });
    let commitHash: Hash | undefined;
    try {
      const base = (await getConnectorClient(config)) as unknown as LashouClient;
      const client = createClient({
        account: base.account,
        chain: base.chain,
        pollingInterval: base.chain?.id === 31337 ? 500 : 2_000,
        transport: custom({
          async request({ method, params }) {
            const call = reportCallOf(method, params);
            if (call && !isSend(method)) dispatch({ type: 'request', call });
            const answer = await base.request({ method, params } as never);
            if (call && isSend(method) && typeof answer === 'string') {
              if (call === 'commit') commitHash = answer as Hash;
              dispatch({ type: 'request', call, hash: answer as Hash });
            }
            return answer;
          },
        }),
      }) as unknown as LashouClient;
      const result = await reportFraud(client, { reports: deployment.reports, claimId, evidenceHash, salt });
      dispatch({ type: 'success', reportId: result.reportId, commitHash: result.hash, revealHash: result.revealHash });
    } catch (error) {
      let reportId: bigint | undefined;
      if (commitHash && reader) {
        try {
          reportId = reportIdOf(await getTransactionReceipt(reader, { hash: commitHash }));
        } catch {
          // not mined, or the node cannot say: nothing is known to be on chain
        }
      }
      dispatch({ type: 'failure', message: describeError(error), reportId });
    } finally {
      busy.current = false;
      void queryClient.invalidateQueries();
    }
  };
  return { flow, run, dispatch, busy: flow.phase === 'running' };
}

function ReportForm() {
  const { t, i18n } = useTranslation(['report', 'operator']);
  const [params, setParams] = useSearchParams();
  const { deployment, chainId } = useRuntimeConfig();
  const { address } = useConnection();
  const reader = useLashouReader();
  const money = useMoney();
  const now = useChainNow();
  const terms = useReportTerms();
  const [claimText, setClaimText] = useState(params.get('claim') ?? '');
  const [evidence, setEvidence] = useState<Hex | undefined>();
  const [evidenceError, setEvidenceError] = useState<string | undefined>();
  const [filing, setFiling] = useState<{ claimId: bigint; evidenceHash: Hex; salt: Hex; reporter: `0x${string}` } | null>(null);
  const { flow, run, dispatch, busy } = useReportFlow();
  const retry = useTx<Awaited<ReturnType<typeof revealEvidence>>>();
  const validId = /^\d+$/.test(claimText.trim()) && BigInt(claimText.trim()) > 0n;
  const claimId = validId ? BigInt(claimText.trim()) : undefined;
  const claim = useQuery({
    queryKey: ['sdk', 'claim', deployment.claims, claimId?.toString()],
    queryFn: async () => {
      const [c, raw] = await Promise.all([
        getClaim(reader!, { claims: deployment.claims, claimId: claimId! }),
        readContract(reader!, { address: deployment.claims, abi: claimsManagerAbi, functionName: 'claim', args: [claimId!] }),
      ]);
      return { ...c, resumeState: CLAIM_STATES[raw.resumeState] ?? 'None' };
    },
    enabled: Boolean(reader && claimId !== undefined),
    refetchInterval: 4_000,
    retry: false,
  });
  const balance = useTokenBalance();
  const c = claim.data;
  const exists = c && c.state !== 'None';
  const reportable = c ? reportWindow(c, now) : { open: false };
  const open = Boolean(exists && reportable.open);
  const claimError =
    claimText.trim() === ''
      ? undefined
      : !validId
      ? t('claim.invalid')
      : claim.isError || (claim.data && !exists)
      ? t('claim.notFound')
      : exists && !open && flow.phase === 'idle'
      ? t('claim.notOpen', { state: t(`operator:states.${c.state}`) })
      : undefined;
  const bond = terms.data?.bond;
  const reward = terms.data && c ? (c.approvedAmount * terms.data.rewardBps) / 10_000n : undefined;
  const short = bond !== undefined && balance.data ? balance.data.balance < bond : false;
  const receipt = filing ? reportReceipt({ chainId, reports: deployment.reports, ...filing, reportId: flow.reportId }) : null;

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!evidence) setEvidenceError(t('evidence.required'));
        if (!evidence || claimId === undefined || !open || !address || busy) return;
        const next = { claimId, evidenceHash: evidence, salt: freshSalt(), reporter: address };
        setFiling(next);
        retry.reset();
        void run(next.claimId, next.evidenceHash, next.salt);
      }}
    >
      <Field id="report-claim" label={t('claim.label')} hint={t('claim.hint')} error={claimError}>
        <input
          {...inputProps('report-claim', 'h', claimError)}
          inputMode="numeric"
          autoComplete="off"
          data-testid="report-claim"
          value={claimText}
          onChange={(e) => {
            setClaimText(e.target.value);
            setParams(e.target.value.trim() ? { claim: e.target.value.trim() } : {}, { replace: true });
          }}
        />
      </Field>
      {exists ? (
        <dl className="kv" data-testid="report-claim-summary">
          <dt>{t('claim.state')}</dt>
          <dd>
            {t(`operator:states.${c.state}`)} — <Link to={`/claims/${c.claimId}`}>{t('claim.open', { id: c.claimId.toString() })}</Link>
          </dd>
          <dt>{t('claim.amount')}</dt>
          <dd>{money(c.approvedAmount || c.requestedAmount)}</dd>
          <dt>{t('claim.claimant')}</dt>
          <dd>
            <code>{c.claimant}</code>
          </dd>
          {reportable.open ? (
            <>
              <dt>{t('claim.window')}</dt>
              <dd data-testid="report-window">{reportable.until !== undefined ? formatTime(reportable.until, i18n.language) : t('claim.untilMarkedPaid')}</dd>
            </>
          ) : null}
          {c.openReports > 0n ? (
            <>
              <dt>{t('claim.openReports')}</dt>
              <dd data-testid="report-open-reports">{t('claim.openReportsValue', { count: Number(c.openReports) })}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <FileHashInput
        label={t('evidence.label')}
        hint={t('evidence.hint')}
        value={evidence}
        onChange={(h) => {
          setEvidence(h);
          setEvidenceError(undefined);
        }}
        error={evidenceError}
        testId="report-evidence"
      />
      <TestTokens testId="report" />
      <div className="consequences" data-testid="report-consequences">
        <h3>{t('before.title')}</h3>
        <ul>
          <li data-testid="report-two-steps">{t('before.twoSteps')}</li>
          <li data-testid="report-bond">{t('before.bond', { bond: bond !== undefined ? money(bond) : '…' })}</li>
          <li>{t('before.salt')}</li>
          <li>
            {reward === undefined && terms.data
              ? t('before.confirmedRate', { rate: `${Number(terms.data.rewardBps) / 100}%` })
              : t('before.confirmed', { reward: reward !== undefined ? money(reward) : '…' })}
          </li>
          <li>{terms.data?.dismissedToMembers ? t('before.dismissedToMembers') : t('before.dismissed')}</li>
          <li>{t('before.unanswered')}</li>
          <li>{t('before.superseded')}</li>
          <li>{t('before.claim')}</li>
        </ul>
        {balance.data ? <p>{t('before.balance', { balance: money(balance.data.balance) })}</p> : null}
        {short ? (
          <p className="error" role="alert">
            {t('before.short', { bond: money(bond!) })}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" data-testid="report-submit" disabled={busy || !open}>
          {t('submit')}
        </button>
      </div>
      {flow.phase !== 'idle' ? <Progress flow={flow} /> : null}
      {receipt && flow.phase !== 'commitFailed' ? <KeepReceipt receipt={receipt} revealed={flow.phase === 'done'} /> : null}
      {flow.phase === 'commitFailed' ? (
        <p className="error" role="alert" data-testid="report-commit-failed">
          {t('progress.commitFailed', { message: flow.message })}
        </p>
      ) : null}
      {flow.phase === 'revealFailed' && filing && flow.reportId !== undefined ? (
        <div className="notice" role="alert" data-testid="report-reveal-failed">
          <p>{t('progress.revealFailed', { id: flow.reportId.toString(), message: flow.message })}</p>
          <button
            type="button"
            data-testid="report-retry-reveal"
            disabled={retry.busy}
            onClick={() =>
              void retry
                .run((client) => revealEvidence(client, { reports: deployment.reports, reportId: flow.reportId!, evidenceHash: filing.evidenceHash, salt: filing.salt }))
                .then((r) => r && dispatch({ type: 'revealRetried', hash: r.hash }))
            }
          >
            {t('progress.retry')}
          </button>
          <TxStatus status={retry.status} hash={retry.hash} message={retry.message} />
        </div>
      ) : null}
      {flow.phase === 'done' && flow.reportId !== undefined && filing ? (
        <p className="ok" role="status" data-testid="report-success" data-report-id={flow.reportId.toString()}>
          {t('success', { id: flow.reportId.toString(), bond: bond !== undefined ? money(bond) : '…' })}{' '}
          <Link to={`/claims/${filing.claimId}`}>{t('claim.open', { id: filing.claimId.toString() })}</Link>
        </p>
      ) : null}
    </form>
  );
}

/** The two transactions and where each is. */
function Progress({ flow }: { flow: ReportFlow }) {
  const { t } = useTranslation('report');
  const row = (step: 'commit' | 'reveal', status: StepStatus, hash: Hash | undefined) => (
    <li data-testid={`report-step-${step}`} data-status={status} className={status === 'failed' ? 'bad' : status === 'done' ? 'ok' : undefined}>
      <strong>{t(`progress.${step}`)}</strong> {t(`progress.status.${status}`)}
      {hash ? (
        <div className="muted small">
          {t('progress.hash')} <code>{hash}</code>
        </div>
      ) : null}
    </li>
  );
  return (
    <section aria-labelledby="report-progress-title" className="card" data-testid="report-progress" data-phase={flow.phase}>
      <h3 id="report-progress-title">{t('progress.title')}</h3>
      <ol aria-live="polite">
        {row('commit', flow.commit, flow.commitHash)}
        {row('reveal', flow.reveal, flow.revealHash)}
      </ol>
    </section>
  );
}

/** The salt and what it opens, to keep until the evidence is revealed (a file the "reveal later" form reads back). */
function KeepReceipt({ receipt, revealed }: { receipt: ReportReceipt; revealed: boolean }) {
  const { t } = useTranslation('report');
  const text = `${JSON.stringify(receipt, null, 2)}\n`;
  return (
    <div className="consequences" data-testid="report-receipt" data-revealed={revealed}>
      <h3>{revealed ? t('receipt.doneTitle') : t('receipt.title')}</h3>
      <p>{revealed ? t('receipt.doneExplain') : t('receipt.explain')}</p>
      <dl className="kv">
        <dt>{t('receipt.salt')}</dt>
        <dd>
          <code data-testid="report-salt">{receipt.salt}</code>
        </dd>
        <dt>{t('receipt.evidence')}</dt>
        <dd>
          <code>{receipt.evidenceHash}</code>
        </dd>
        {receipt.reportId !== null ? (
          <>
            <dt>{t('receipt.report')}</dt>
            <dd>#{receipt.reportId}</dd>
          </>
        ) : null}
      </dl>
      <button
        type="button"
        className="secondary"
        data-testid="report-receipt-download"
        onClick={() => downloadText(`lashou-report-claim-${receipt.claimId}-${receipt.commitment.slice(2, 10)}.json`, text)}
      >
        {t('receipt.download')}
      </button>
    </div>
  );
}

const reportAbi = fraudReportsAbi;

/**
 * Reveal the evidence of a report filed earlier whose second transaction did not go through (the page was closed,
 * the wallet refused it): from the receipt file, or the report number, the evidence and the salt. The commitment is
 * checked against the report on chain before anything is sent.
 */
function RevealLater() {
  const { t } = useTranslation(['report', 'forms']);
  const { deployment } = useRuntimeConfig();
  const reader = useLashouReader();
  const tx = useTx<Awaited<ReturnType<typeof revealEvidence>>>();
  const [reportText, setReportText] = useState('');
  const [evidence, setEvidence] = useState<Hex | undefined>();
  const [salt, setSalt] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [fileError, setFileError] = useState<string | undefined>();
  const [checking, setChecking] = useState(false);

  const submit = async () => {
    setError(undefined);
    const id = reportText.trim();
    if (!/^\d+$/.test(id) || BigInt(id) === 0n) return setError(t('reveal.badReport'));
    if (!evidence) return setError(t('evidence.required'));
    if (!isHash(salt.trim())) return setError(t('reveal.badSalt'));
    if (!reader) return;
    const reportId = BigInt(id);
    setChecking(true);
    try {
      const count = await readContract(reader, { address: deployment.reports, abi: reportAbi, functionName: 'reportCount' });
      if (reportId > count) return setError(t('reveal.noReport', { id }));
      const r = await readContract(reader, { address: deployment.reports, abi: reportAbi, functionName: 'report', args: [reportId] });
      if (r.evidenceHash !== `0x${'0'.repeat(64)}`) return setError(t('reveal.already', { id }));
      if (r.outcome !== 0) return setError(t('reveal.closed', { id }));
      const expected = reportCommitment({ reporter: r.reporter, claimId: r.claimId, evidenceHash: evidence, salt: salt.trim() as Hex });
      if (expected.toLowerCase() !== r.commitment.toLowerCase()) return setError(t('reveal.mismatch', { id }));
    } finally {
      setChecking(false);
    }
    await tx.run((client) => revealEvidence(client, { reports: deployment.reports, reportId, evidenceHash: evidence, salt: salt.trim() as Hex }));
  };

  return (
    <details className="card" data-testid="report-reveal-later">
      <summary>{t('reveal.title')}</summary>
      <p className="muted">{t('reveal.explain')}</p>
      <div className="field">
        <label htmlFor="report-reveal-receipt">{t('reveal.receipt')}</label>
        <input
          id="report-reveal-receipt"
          type="file"
          accept="application/json,.json"
          data-testid="report-reveal-receipt"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            setFileError(undefined);
            if (!file) return;
            try {
              const receipt = parseReportReceipt(await file.text(), (k, p) => t(`report:${k}`, p));
              if (!isAddressEqual(receipt.reports, deployment.reports)) throw new Error(t('receipt.otherMutual'));
              if (receipt.reportId !== null) setReportText(receipt.reportId);
              setEvidence(receipt.evidenceHash);
              setSalt(receipt.salt);
            } catch (err) {
              setFileError((err as Error).message);
            }
          }}
        />
        {fileError ? (
          <p className="error" data-testid="field-error" role="alert">
            {fileError}
          </p>
        ) : null}
      </div>
      <Field id="report-reveal-id" label={t('reveal.report')}>
        <input
          {...inputProps('report-reveal-id')}
          inputMode="numeric"
          autoComplete="off"
          data-testid="report-reveal-id"
          value={reportText}
          onChange={(e) => setReportText(e.target.value)}
        />
      </Field>
      <FileHashInput label={t('evidence.label')} hint={t('reveal.evidenceHint')} value={evidence} onChange={setEvidence} testId="report-reveal-evidence" />
      <Field id="report-reveal-salt" label={t('reveal.salt')} hint={t('reveal.saltHint')}>
        <input
          {...inputProps('report-reveal-salt', 'h')}
          className="mono"
          autoComplete="off"
          spellCheck={false}
          data-testid="report-reveal-salt"
          value={salt}
          onChange={(e) => setSalt(e.target.value)}
        />
      </Field>
      {error ? (
        <p className="error" role="alert" data-testid="report-reveal-error">
          {error}
        </p>
      ) : null}
      <div>
        <button type="button" data-testid="report-reveal-submit" disabled={tx.busy || checking} onClick={() => void submit()}>
          {t('reveal.submit')}
        </button>
      </div>
      <TxStatus status={tx.status} hash={tx.hash} message={tx.message} success={<p data-testid="report-reveal-done">{t('reveal.done', { id: reportText.trim() })}</p>} />
    </details>
  );
}
