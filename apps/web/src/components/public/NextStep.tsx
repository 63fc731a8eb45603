import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useConnection } from 'wagmi';
import { advanceClaim, getClaim, getClaimRandomness, getClaimStepContext, nextClaimStep } from '@lashou/sdk';
import { useRuntimeConfig } from '../../lib/config';
import { useDescribeError } from '../../lib/errors';
import { useTx } from '../../lib/tx';
import { useLashouReader } from '../forms/hooks';
import { TxButton } from '../forms/TxButton';
import { TxStatus } from '../forms/TxStatus';
import { CountdownDisplay, useTickingNow } from './Countdown';
import { chainTimeAt } from './countdown';
import { nextStepView, renderMessage } from './nextStep';

/**
 * What `nextClaimStep` needs, read live from the chain as `advanceClaim` reads it: the claim (`getClaim`), the
 * latest block, the run-off's `honourUntil` and, while the claim has a pending randomness request, the source's
 * `randomness` (and a prevrandao request's `targetBlock`). Refreshed every few seconds and after any transaction.
 */
function useClaimStepInputs(claimId: bigint) {
  const reader = useLashouReader();
  const { deployment } = useRuntimeConfig();
  return useQuery({
    queryKey: ['sdk', 'nextStep', deployment.claims, claimId.toString()],
    enabled: Boolean(reader),
    refetchInterval: 4_000,
    queryFn: async () => {
      const client = reader!;
      const [claim, context] = await Promise.all([getClaim(client, { claims: deployment.claims, claimId }), getClaimStepContext(client, { claims: deployment.claims })]);
      const randomness =
        claim.randomnessRequest === 0n
          ? undefined
          : await getClaimRandomness(client, { source: context.randomnessSource, requestId: claim.randomnessRequest, kind: deployment.randomnessKind, blockNumber: context.blockNumber });
      return { claim, timestamp: context.now, blockNumber: context.blockNumber, observedAt: Date.now(), honourUntil: context.honourUntil, randomness };
    },
  });
}

/**
 * The claim's next step (下一步): what it waits for and until when, with a live countdown on chain time (the latest
 * block's time moved on by the seconds since it was read, as the board's countdown does); once a step is allowed,
 * that anyone may take it (a keeper normally does within seconds) and a button to send it with the connected wallet
 * (the SDK's `advanceClaim`, as on the operator page). `showCountdown={false}` leaves the countdown out where the
 * page already shows one (the announcement's, which ends the second before its approval is allowed).
 */
export function NextStep({ claimId, showCountdown = true }: { claimId: bigint; showCountdown?: boolean }) {
  const { t, i18n } = useTranslation('claims');
  const { deployment } = useRuntimeConfig();
  const { status, address } = useConnection();
  const connected = status === 'connected' && Boolean(address);
  const describeError = useDescribeError();
  const inputs = useClaimStepInputs(claimId);
  const tick = useTickingNow();
  const tx = useTx<Awaited<ReturnType<typeof advanceClaim>>>();
  const id = claimId.toString();

  let body;
  let data: { kind: string; due: string; waitingFor: string } | undefined;
  if (inputs.data) {
    const d = inputs.data;
    const now = chainTimeAt(d.timestamp, d.observedAt, tick);
    const next = nextClaimStep({ claim: d.claim, now, blockNumber: d.blockNumber, honourUntil: d.honourUntil, randomness: d.randomness });
    const slotStatus = next.slot === undefined ? undefined : d.claim.witnesses[next.slot]?.status;
    const view = nextStepView(next, { state: d.claim.state, slotStatus, blockNumber: d.blockNumber, fullyPaid: d.claim.fullyPaid });
    const text = (message: Parameters<typeof renderMessage>[0]) => renderMessage(message, t, i18n.language);
    data = { kind: next.kind ?? '', due: String(next.due), waitingFor: next.waitingFor };
    body = (
      <>
        {/* The page explains the state just above: a headline that only says it again is left out. */}
        {view.restatesState && view.then ? null : <p data-testid="claim-next-step-text">{text(view.headline)}</p>}
        {view.then ? <p data-testid="claim-next-step-then">{text(view.then)}</p> : null}
        {view.countdownTo !== undefined && showCountdown ? (
          <CountdownDisplay
            left={view.countdownTo - now}
            endsAt={view.countdownTo}
            label={t('nextStep.allowedIn')}
            endedLabel={t('nextStep.allowedNow')}
            testId="claim-next-step-countdown"
          />
        ) : null}
        {view.keeper ? <p className="muted">{text(view.keeper)}</p> : null}
        {view.button && connected ? (
          <TxButton
            tx={tx}
            testId="claim-advance"
            onClick={() => void tx.run((c) => advanceClaim(c, { claims: deployment.claims, claimId }))}
            hash={tx.hash ?? tx.result?.result?.hash}
            success={<AdvanceResult result={tx.result} />}
          >
            {text(view.button)}
          </TxButton>
        ) : null}
        {view.button && !connected ? <p className="muted small">{t('nextStep.connect')}</p> : null}
        {/* After the step is taken it is no longer due: its outcome stays shown. */}
        {!view.button ? <TxStatus status={tx.status} hash={tx.hash ?? tx.result?.result?.hash} message={tx.message} success={<AdvanceResult result={tx.result} />} /> : null}
      </>
    );
  } else if (inputs.isError) {
    body = (
      <p className="error" role="alert">
        {t('nextStep.error', { message: describeError(inputs.error) })}
      </p>
    );
  } else {
    // Busy only while a read is under way (a disabled read, without a chain client, would never end).
    body = <p aria-busy={inputs.isLoading ? 'true' : undefined}>{t('nextStep.loading')}</p>;
  }

  return (
    <section
      aria-labelledby="claim-next-step-title"
      className="next-step card"
      data-testid="claim-next-step"
      data-claim={id}
      data-kind={data?.kind}
      data-due={data?.due}
      data-waiting-for={data?.waitingFor}
    >
      <h2 id="claim-next-step-title">{t('nextStep.title')}</h2>
      {body}
    </section>
  );
}

/** What `advanceClaim` did: the claim's new state, or that someone had already taken the step. */
function AdvanceResult({ result }: { result: Awaited<ReturnType<typeof advanceClaim>> | undefined }) {
  const { t } = useTranslation('claims');
  if (!result) return null;
  return <p>{result.action === 'none' ? t('nextStep.alreadyTaken') : t('nextStep.done', { state: t(`states.${result.state}`, { defaultValue: result.state }) })}</p>;
}
