import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { Hex } from 'viem';
import { useConnection } from 'wagmi';
import { useQuery } from '@tanstack/react-query';
import { readContract } from 'viem/actions';
import { witnessRegistryAbi } from '@lashou/abi';
import {
  acceptWitness,
  activateWitness,
  attestClaim,
  declineWitness,
  getWitness,
  requestUnstake,
  stakeWitness,
  withdrawStake,
  type GetClaimReturnType,
  type WitnessSlotView,
} from '@lashou/sdk';
import { useRuntimeConfig } from '../../lib/config';
import { useToken, useMoney } from '../../lib/token';
import { useTx } from '../../lib/tx';
import { formatDuration, formatTime } from '../../lib/format';
import { Field, inputProps } from '../../components/forms/Field';
import { AmountInput } from '../../components/forms/AmountInput';
import { FileHashInput } from '../../components/forms/FileHashInput';
import { TxStatus } from '../../components/forms/TxStatus';
import { TxButton } from '../../components/forms/TxButton';
import { FormPage } from '../../components/forms/FormPage';
import { TestTokens } from '../../components/forms/TestTokens';
import { amountSchema, regionSchema } from '../../components/forms/schemas';
import { useAmountPreview, useChainNow, useClaimsOnChain, useLashouReader } from '../../components/forms/hooks';
import { carriedLock, witnessStanding } from './witnessStanding';

/** The registry's terms a new witness is told before staking: the minimum stake and the seasoning period. */
function useRegistryTerms() {
  const reader = useLashouReader();
  const { deployment } = useRuntimeConfig();
  return useQuery({
    queryKey: ['sdk', 'registryTerms', deployment.registry],
    enabled: Boolean(reader),
    staleTime: 60_000,
    queryFn: async () => {
      const [minimumStake, seasoning] = await Promise.all([
        readContract(reader!, { address: deployment.registry, abi: witnessRegistryAbi, functionName: 'minimumStake' }),
        readContract(reader!, { address: deployment.registry, abi: witnessRegistryAbi, functionName: 'seasoning' }),
      ]);
      return { minimumStake, seasoning };
    },
  });
}

/** The witness console (见证人): stake, seasoning and activation, assignments (accept / decline / attest), unstake. */
export default function Witness() {
  const { t } = useTranslation('witness');
  return (
    <FormPage title={t('title')} intro={t('intro')} walletWhy={t('walletWhy')}>
      <WitnessConsole />
    </FormPage>
  );
}

function WitnessConsole() {
  const { t, i18n } = useTranslation(['witness', 'forms', 'operator']);
  const { address } = useConnection();
  const { deployment } = useRuntimeConfig();
  const reader = useLashouReader();
  const money = useMoney();
  const { data: token } = useToken();
  const now = useChainNow();
  const witness = useQuery({
    queryKey: ['sdk', 'witness', deployment.registry, address],
    queryFn: () => getWitness(reader!, { registry: deployment.registry, witness: address! }),
    enabled: Boolean(reader && address),
    refetchInterval: 4_000,
  });
  const claims = useClaimsOnChain();
  const terms = useRegistryTerms();
  const [recent, setRecent] = useState<Set<string>>(() => new Set());
  const stake = useTx();
  const activate = useTx<Awaited<ReturnType<typeof activateWitness>>>();
  const unstake = useTx<Awaited<ReturnType<typeof requestUnstake>>>();
  const withdraw = useTx<Awaited<ReturnType<typeof withdrawStake>>>();

  const w = witness.data;
  const registered = Boolean(w?.registered);
  const msg = (k: string, p?: Record<string, unknown>) => t(`forms:${k}`, p);
  const schema = useMemo(
    () =>
      z.object({
        amount: amountSchema({ msg, decimals: token?.decimals ?? 6, symbol: token?.symbol ?? '', formatMoney: (v) => money(v) }),
        region: registered ? z.string() : regionSchema(msg),
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, token, money, registered]
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { amount: '', region: '' } });
  const errors = form.formState.errors;
  const typed = form.watch('amount');
  const typedValue = useAmountPreview(typed);

  const mine = (claims.data?.claims ?? []).flatMap((c) =>
    c.witnesses.filter((s) => s.witness.toLowerCase() === address?.toLowerCase()).map((slot) => ({ claim: c, slot }))
  );
  // Open claims stay listed after this witness has acted (and the one just acted on, whatever its state), so the result is seen.
  const active = mine.filter(
    ({ claim, slot }) => claim.state === 'WitnessesDrawn' || claim.state === 'UnderArbitration' || recent.has(`${claim.claimId}-${slot.slot}`)
  );
  const past = mine.filter((x) => !active.includes(x));
  const earned = mine
    .filter(({ claim, slot }) => slot.status === 'Approved' && (claim.state === 'Approved' || claim.state === 'Paid'))
    .reduce((sum, { claim }) => sum + claim.commission, 0n);
  const unstakeRequested = Boolean(w && w.unstakeAvailableAt > 0n);
  const standing = w ? witnessStanding(w, w.minimumStake, w.seasonedAt, now) : undefined;
  const carried = w && w.registered ? carriedLock(w.stake, w.minimumStake) : null;
  const canWithdraw = Boolean(w && unstakeRequested && w.unstakeAvailableAt <= now && w.locked === 0n && w.stake > 0n);

  return (
    <>
      {w ? (
        <dl className="facts">
          <div>
            <dt>{t('facts.status')}</dt>
            <dd data-testid="witness-status" data-standing={standing}>
              {standing === 'seasoning'
                ? t('facts.seasoning', { at: formatTime(w.seasonedAt, i18n.language) })
                : standing === 'stakeTooLow'
                ? t('facts.stakeTooLow', { min: money(w.minimumStake) })
                : standing
                ? t(`facts.${standing}`)
                : !w.registered
                ? t('facts.notRegistered')
                : unstakeRequested
                ? t('facts.leaving')
                : w.eligible
                ? t('facts.eligible')
                : t('facts.notEligible')}
            </dd>
          </div>
          <div>
            <dt>{t('facts.stake')}</dt>
            <dd data-testid="witness-stake">{money(w.stake)}</dd>
          </div>
          <div>
            <dt>{t('facts.locked')}</dt>
            <dd data-testid="witness-locked">{money(w.locked)}</dd>
          </div>
          <div>
            <dt>{t('facts.region')}</dt>
            <dd>{w.registered ? w.region : '—'}</dd>
          </div>
          {carried ? (
            <div>
              <dt>{t('facts.largestLock')}</dt>
              <dd data-testid="witness-largest-lock">{t('facts.largestLockValue', { lock: money(carried.largestLock), tier: carried.tier })}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('facts.earned')}</dt>
            <dd data-testid="witness-earned">{money(earned)}</dd>
          </div>
        </dl>
      ) : null}

      {w && standing === 'seasoning' ? (
        <p className="notice" data-testid="witness-seasoning">
          {t('season.waiting', {
            at: formatTime(w.seasonedAt, i18n.language),
            left: formatDuration(w.seasonedAt - now, i18n.language),
          })}
        </p>
      ) : null}
      {standing === 'activationDue' || activate.status !== 'idle' ? (
        <div className="card" data-testid="witness-activation">
          <h2>{t('season.title')}</h2>
          {w && standing === 'activationDue' ? <p>{t('season.due', { at: formatTime(w.seasonedAt, i18n.language) })}</p> : null}
          <TxButton
            tx={activate}
            testId="witness-activate"
            disabled={standing !== 'activationDue'}
            onClick={() => void activate.run((c) => activateWitness(c, { registry: deployment.registry, witness: address! }))}
            success={
              activate.result ? (
                <p>{activate.result.eligible ? t('season.activated', { tier: String(activate.result.tier ?? 0n) }) : t('season.notPlaced')}</p>
              ) : null
            }
          >
            {t('season.activate')}
          </TxButton>
        </div>
      ) : null}
      {carried && standing === 'eligible' && carried.nextTierAt !== null ? <p className="muted">{t('facts.nextTier', { stake: money(carried.nextTierAt) })}</p> : null}

      <h2>{t('assignments.title')}</h2>
      <p className="muted">{t('assignments.explain')}</p>
      {active.length === 0 ? <p className="muted">{t('assignments.empty')}</p> : null}
      <div className="role-list">
        {active.map(({ claim, slot }) => (
          <Assignment
            key={`${claim.claimId}-${slot.slot}`}
            claim={claim}
            slot={slot}
            onDone={() => setRecent((r) => new Set(r).add(`${claim.claimId}-${slot.slot}`))}
          />
        ))}
      </div>
      {past.length > 0 ? (
        <>
          <h3>{t('assignments.past')}</h3>
          <ul>
            {past.map(({ claim, slot }) => (
              <li key={`${claim.claimId}-${slot.slot}`}>
                <Link to={`/claims/${claim.claimId}`}>{t('assignments.claim', { id: claim.claimId.toString() })}</Link> — {t(`slot.${slot.status}`)} ·{' '}
                {t(`operator:states.${claim.state}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{registered ? t('stake.topUpTitle') : t('stake.title')}</h2>
      <TestTokens testId="witness" amount="20000" />
      <form
        className="stack"
        noValidate
        onSubmit={form.handleSubmit((v) => {
          const region = registered ? w!.region : (v.region as number);
          void stake.run((c) => stakeWitness(c, { registry: deployment.registry, amount: v.amount, region })).then((r) => r && form.reset());
        })}
      >
        <Field id="witness-amount" label={t('stake.amount', { symbol: token?.symbol ?? '' })} hint={t('stake.amountHint')} error={errors.amount?.message}>
          <AmountInput
            {...inputProps('witness-amount', 'h', errors.amount?.message)}
            symbol={token?.symbol}
            data-testid="witness-amount"
            {...form.register('amount')}
          />
        </Field>
        {!registered ? (
          <Field id="witness-region" label={t('stake.region')} hint={t('stake.regionHint')} error={errors.region?.message}>
            <input
              {...inputProps('witness-region', 'h', errors.region?.message)}
              inputMode="numeric"
              autoComplete="off"
              data-testid="witness-region"
              {...form.register('region')}
            />
          </Field>
        ) : null}
        <div className="consequences">
          <h3>{t('before')}</h3>
          <ul>
            <li>{t('stake.moves', { amount: typedValue !== undefined ? money(typedValue) : '…' })}</li>
            {!registered && terms.data && terms.data.seasoning > 0n ? (
              <li data-testid="witness-seasoning-rule">{t('stake.seasoning', { period: formatDuration(terms.data.seasoning, i18n.language) })}</li>
            ) : null}
            <li>{t('stake.drawn')}</li>
            <li>{t('stake.tiers', { min: terms.data ? money(terms.data.minimumStake) : '…' })}</li>
            <li>{t('stake.risk')}</li>
          </ul>
        </div>
        <div>
          <button type="submit" data-testid="witness-stake-submit" disabled={stake.busy || unstakeRequested}>
            {registered ? t('stake.topUpSubmit') : t('stake.submit')}
          </button>
        </div>
        <TxStatus status={stake.status} hash={stake.hash} message={stake.message} success={<p>{t('stake.done')}</p>} />
      </form>

      {registered ? (
        <>
          <h2>{t('leave.title')}</h2>
          {!unstakeRequested ? (
            <>
              <div className="consequences">
                <h3>{t('before')}</h3>
                <ul>
                  <li>{t('leave.noDraws')}</li>
                  <li>{t('leave.cooldown')}</li>
                  <li>{t('leave.locked', { locked: money(w!.locked) })}</li>
                </ul>
              </div>
              <TxButton
                tx={unstake}
                testId="witness-unstake"
                secondary
                onClick={() => void unstake.run((c) => requestUnstake(c, { registry: deployment.registry }))}
                success={unstake.result ? <p>{t('leave.requested', { at: formatTime(unstake.result.availableAt, i18n.language) })}</p> : null}
              >
                {t('leave.request')}
              </TxButton>
            </>
          ) : (
            <>
              <p data-testid="witness-unstake-at">
                {w!.unstakeAvailableAt > now
                  ? t('leave.waitUntil', {
                      at: formatTime(w!.unstakeAvailableAt, i18n.language),
                      left: formatDuration(w!.unstakeAvailableAt - now, i18n.language),
                    })
                  : w!.locked > 0n
                  ? t('leave.stillLocked', { locked: money(w!.locked) })
                  : t('leave.ready', { amount: money(w!.stake) })}
              </p>
              <TxButton
                tx={withdraw}
                testId="witness-withdraw"
                disabled={!canWithdraw}
                onClick={() => void withdraw.run((c) => withdrawStake(c, { registry: deployment.registry }))}
                success={withdraw.result ? <p>{t('leave.withdrawn', { amount: money(withdraw.result.amount) })}</p> : null}
              >
                {t('leave.withdraw')}
              </TxButton>
            </>
          )}
        </>
      ) : null}
    </>
  );
}

function Assignment({ claim, slot, onDone }: { claim: GetClaimReturnType; slot: WitnessSlotView; onDone: () => void }) {
  const { t, i18n } = useTranslation(['witness', 'operator']);
  const { deployment } = useRuntimeConfig();
  const money = useMoney();
  const tx = useTx();
  const [reportHash, setReportHash] = useState<Hex | undefined>();
  const [verdict, setVerdict] = useState<'approve' | 'reject'>('approve');
  const [reportError, setReportError] = useState<string | undefined>();
  const id = claim.claimId.toString();
  const args = { claims: deployment.claims, claimId: claim.claimId, slot: slot.slot };
  return (
    <div className="card" data-testid={`witness-assignment-${id}`}>
      <h3>
        <Link to={`/claims/${id}`}>{t('assignments.claim', { id })}</Link> · {t('assignments.slot', { slot: slot.slot + 1 })} · {t(`slot.${slot.status}`)}
      </h3>
      <p className="muted" data-testid={`witness-claim-state-${id}`}>
        {t('assignments.claimState', { state: t(`operator:states.${claim.state}`) })}
      </p>
      <dl className="kv">
        <dt>{t('assignments.region')}</dt>
        <dd>{claim.region}</dd>
        <dt>{t('assignments.amount')}</dt>
        <dd>{money(claim.approvedAmount)}</dd>
        <dt>{t('assignments.commission')}</dt>
        <dd>{money(claim.commission)}</dd>
        <dt>{t('assignments.lock')}</dt>
        <dd>{money(claim.stakeLock)}</dd>
        {slot.deadline > 0n ? (
          <>
            <dt>{slot.status === 'Drawn' ? t('assignments.acceptBy') : t('assignments.attestBy')}</dt>
            <dd>{formatTime(slot.deadline, i18n.language)}</dd>
          </>
        ) : null}
      </dl>
      {slot.status === 'Drawn' ? (
        <>
          <div className="consequences">
            <h3>{t('before')}</h3>
            <ul>
              <li>{t('accept.means', { lock: money(claim.stakeLock) })}</li>
              <li>{t('accept.decline')}</li>
            </ul>
          </div>
          <div className="actions">
            <button type="button" data-testid={`witness-accept-${id}`} disabled={tx.busy} onClick={() => void tx.run((c) => acceptWitness(c, args))}>
              {t('accept.accept')}
            </button>
            <button
              type="button"
              className="secondary"
              data-testid={`witness-decline-${id}`}
              disabled={tx.busy}
              onClick={() => void tx.run((c) => declineWitness(c, args))}
            >
              {t('accept.declineButton')}
            </button>
          </div>
        </>
      ) : null}
      {slot.status === 'Accepted' ? (
        <>
          <FileHashInput
            label={t('attest.report')}
            hint={t('attest.reportHint')}
            value={reportHash}
            onChange={(h) => {
              setReportHash(h);
              setReportError(undefined);
            }}
            error={reportError}
            testId={`witness-report-${id}`}
          />
          <fieldset>
            <legend>{t('attest.verdict')}</legend>
            <div className="actions">
              <label>
                <input
                  type="radio"
                  name={`verdict-${id}`}
                  checked={verdict === 'approve'}
                  onChange={() => setVerdict('approve')}
                  data-testid={`witness-approve-${id}`}
                />{' '}
                {t('attest.approve')}
              </label>
              <label>
                <input
                  type="radio"
                  name={`verdict-${id}`}
                  checked={verdict === 'reject'}
                  onChange={() => setVerdict('reject')}
                  data-testid={`witness-reject-${id}`}
                />{' '}
                {t('attest.reject')}
              </label>
            </div>
          </fieldset>
          <div className="consequences">
            <h3>{t('before')}</h3>
            <ul>
              <li>{verdict === 'approve' ? t('attest.approveMeans') : t('attest.rejectMeans')}</li>
              <li>{t('attest.hashOnly')}</li>
            </ul>
          </div>
          <div>
            <button
              type="button"
              data-testid={`witness-attest-${id}`}
              disabled={tx.busy}
              onClick={() => {
                if (!reportHash) {
                  setReportError(t('attest.reportRequired'));
                  return;
                }
                onDone();
                void tx.run((c) => attestClaim(c, { ...args, reportHash, approve: verdict === 'approve' }));
              }}
            >
              {verdict === 'approve' ? t('attest.submitApprove') : t('attest.submitReject')}
            </button>
          </div>
        </>
      ) : null}
      <TxStatus status={tx.status} hash={tx.hash} message={tx.message} />
    </div>
  );
}
