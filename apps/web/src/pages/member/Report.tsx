import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { parseAbi, type Hex } from 'viem';
import { readContract } from 'viem/actions';
import { CLAIM_PARAMETERS, getClaim, reportFraud } from '@lashou/sdk';
import { useRuntimeConfig } from '../../lib/config';
import { useMoney } from '../../lib/token';
import { useTx } from '../../lib/tx';
import { formatTime } from '../../lib/format';
import { Field, inputProps } from '../../components/forms/Field';
import { FileHashInput } from '../../components/forms/FileHashInput';
import { TxStatus } from '../../components/forms/TxStatus';
import { FormPage } from '../../components/forms/FormPage';
import { TestTokens } from '../../components/forms/TestTokens';
import { useChainNow, useLashouReader, useTokenBalance } from '../../components/forms/hooks';

const parametersAbi = parseAbi(['function parameters() view returns (address)', 'function parameter(uint8) view returns (uint256)']);

/** The claim parameters the report page states before signing: the bond and the reporter's reward rate. */
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
      const [bond, rewardBps, investigation] = await Promise.all([read('ReportBond'), read('ReporterRewardBps'), read('InvestigationWindow')]);
      return { bond, rewardBps, investigation };
    },
  });
}

/** A supervisor (监督人) reports fraud on an announced or paid claim, posting the bond. */
export default function Report() {
  const { t } = useTranslation('report');
  return (
    <FormPage title={t('title')} intro={t('intro')} notice={t('privacy')} walletWhy={t('walletWhy')}>
      <ReportForm />
    </FormPage>
  );
}

function ReportForm() {
  const { t, i18n } = useTranslation(['report', 'operator']);
  const [params, setParams] = useSearchParams();
  const { deployment } = useRuntimeConfig();
  const reader = useLashouReader();
  const money = useMoney();
  const now = useChainNow();
  const terms = useReportTerms();
  const [claimText, setClaimText] = useState(params.get('claim') ?? '');
  const [evidence, setEvidence] = useState<Hex | undefined>();
  const [evidenceError, setEvidenceError] = useState<string | undefined>();
  const tx = useTx<Awaited<ReturnType<typeof reportFraud>>>();
  const validId = /^\d+$/.test(claimText.trim()) && BigInt(claimText.trim()) > 0n;
  const claimId = validId ? BigInt(claimText.trim()) : undefined;
  const claim = useQuery({
    queryKey: ['sdk', 'claim', deployment.claims, claimId?.toString()],
    queryFn: () => getClaim(reader!, { claims: deployment.claims, claimId: claimId! }),
    enabled: Boolean(reader && claimId !== undefined),
    refetchInterval: 4_000,
    retry: false,
  });
  const balance = useTokenBalance();
  const c = claim.data;
  const exists = c && c.state !== 'None';
  const open = exists && (c.state === 'Announced' || c.state === 'Paid') && c.openReport === 0n && (c.deadline === 0n || c.deadline >= now);
  const claimError =
    claimText.trim() === ''
      ? undefined
      : !validId
      ? t('claim.invalid')
      : claim.isError || (claim.data && !exists)
      ? t('claim.notFound')
      : exists && !open && tx.status !== 'success'
      ? t('claim.notOpen', { state: t(`operator:states.${c.state}`) })
      : undefined;
  const bond = terms.data?.bond;
  const reward = terms.data && c ? (c.approvedAmount * terms.data.rewardBps) / 10_000n : undefined;
  const short = bond !== undefined && balance.data ? balance.data.balance < bond : false;

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!evidence) setEvidenceError(t('evidence.required'));
        if (!evidence || claimId === undefined || !open) return;
        void tx.run((client) => reportFraud(client, { reports: deployment.reports, claimId, evidenceHash: evidence }));
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
          {c.deadline > 0n ? (
            <>
              <dt>{c.state === 'Paid' ? t('claim.windowPaid') : t('claim.windowAnnounced')}</dt>
              <dd>{formatTime(c.deadline, i18n.language)}</dd>
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
          <li data-testid="report-bond">{t('before.bond', { bond: bond !== undefined ? money(bond) : '…' })}</li>
          <li>{t('before.confirmed', { reward: reward !== undefined ? money(reward) : '…' })}</li>
          <li>{t('before.dismissed')}</li>
          <li>{t('before.unanswered')}</li>
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
        <button type="submit" data-testid="report-submit" disabled={tx.busy || !open}>
          {t('submit')}
        </button>
      </div>
      <TxStatus
        status={tx.status}
        hash={tx.hash}
        message={tx.message}
        success={
          tx.result ? (
            <p data-testid="report-success">
              {t('success', { id: tx.result.reportId.toString(), bond: money(tx.result.bond), deadline: formatTime(tx.result.deadline, i18n.language) })}
            </p>
          ) : null
        }
      />
    </form>
  );
}
