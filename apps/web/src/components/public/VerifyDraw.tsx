import type { LashouClient, VerifyDrawReturnType } from '@lashou/sdk';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePublicClient } from 'wagmi';
import { drawSetSize, type Draw } from '../../api/schemas';
import { normaliseLanguage } from '../../lib/i18n';
import { Address } from './bits';

type Outcome =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: VerifyDrawReturnType }
  | { status: 'error'; message: string };

/** A check's value as text: numbers in full, addresses shortened with the full value in the title. */
function CheckValue({ value }: { value: bigint | readonly string[] }) {
  if (typeof value === 'bigint') return <code className="hash">{String(value)}</code>;
  return (
    <ol className="plain">
      {value.map((address, i) => (
        <li key={`${address}-${i}`}>
          <Address value={address.toLowerCase()} />
        </li>
      ))}
    </ol>
  );
}

/**
 * "Verify this draw": recomputes the draw in the browser with the SDK's `verifyDraw` (seed from the random value,
 * the registry's arrays at the snapshot block read from the chain, the fallback rule, the picks) and shows each
 * check. The SDK is fetched on the first click, so no page carries it before it is needed.
 */
export function VerifyDrawButton({ claimId, draw }: { claimId: bigint; draw: Draw }) {
  const { t, i18n } = useTranslation('claims');
  const client = usePublicClient();
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });
  const n = draw.drawNumber;
  // The stake tiers: the draw is recomputed from the lock it served and checked against the tier the chain logged.
  const setSize = drawSetSize(draw);
  const lockAmount = draw.lockAmount ?? null;
  const firstTier = draw.firstTier ?? null;
  const recomputable = draw.randomnessValue !== null && draw.drawnRegion !== null && setSize !== null && lockAmount !== null && firstTier !== null;

  const run = async () => {
    if (!recomputable || !client) return;
    setOutcome({ status: 'running' });
    let sdk: typeof import('@lashou/sdk') | undefined;
    try {
      // The SDK (and its ABIs) only when someone asks: no page's first load carries it. Kept as a namespace import:
      // destructuring let the bundler split viem's modules shared with the SDK out of the entry chunk, which cost the
      // dashboard's first load 11 kB gzipped in extra chunks.
      sdk = await import('@lashou/sdk');
      const result = await sdk.verifyDraw(client as LashouClient, {
        registry: draw.recompute.registry,
        claimId,
        drawNumber: BigInt(n),
        value: draw.randomnessValue as bigint,
        requestedRegion: draw.requestedRegion ?? draw.region,
        exclude: draw.exclude,
        count: BigInt(draw.count),
        snapshotBlock: draw.snapshotBlock,
        lockAmount: lockAmount as bigint,
        expected: { seed: draw.seed, region: draw.drawnRegion as bigint, firstTier: BigInt(firstTier as number), eligible: setSize as bigint, witnesses: draw.witnesses },
      });
      setOutcome({ status: 'done', result });
    } catch (error) {
      // The SDK's plain-language explanation in the page's language; only a failed fetch of the SDK itself is said as is.
      const message = sdk
        ? sdk.describeError(error, { locale: normaliseLanguage(i18n.language) })
        : ((error as { shortMessage?: string }).shortMessage ?? (error as Error).message);
      setOutcome({ status: 'error', message });
    }
  };

  return (
    <div className="verify">
      <button type="button" onClick={() => void run()} disabled={!recomputable || outcome.status === 'running'} data-testid={`verify-draw-${n}`}>
        {t('verify.button')}
      </button>
      <div className="verify-result" data-testid={`verify-result-${n}`} data-status={outcome.status === 'done' ? (outcome.result.ok ? 'ok' : 'failed') : outcome.status} aria-live="polite">
        {!recomputable ? <p className="muted">{t('verify.noRandomness')}</p> : null}
        {outcome.status === 'running' ? <p aria-busy="true">{t('verify.running')}</p> : null}
        {outcome.status === 'error' ? (
          <p className="error" role="alert">
            {t('verify.error', { message: outcome.message })}
          </p>
        ) : null}
        {outcome.status === 'done' ? (
          <>
            <p className={outcome.result.ok ? 'ok' : 'bad'}>
              <strong>{outcome.result.ok ? t('verify.ok') : t('verify.failed')}</strong> <span className="muted small">{t('verify.reads', { count: outcome.result.reads })}</span>
            </p>
            <ul className="plain verify-checks" aria-label={t('verify.checks')}>
              {outcome.result.checks.map((check) => (
                <li key={check.name} data-testid={`verify-check-${n}-${check.name}`} data-ok={check.ok}>
                  <p className="verify-check-name">
                    <span className={check.ok ? 'ok' : 'bad'}>{check.ok ? '✓' : '✗'}</span> {t(`verify.names.${check.name}`, { defaultValue: check.name })}{' '}
                    <span className={`small ${check.ok ? 'ok' : 'bad'}`}>({check.ok ? t('verify.pass') : t('verify.fail')})</span>
                  </p>
                  <dl className="evidence">
                    <div>
                      <dt>{t('verify.expected')}</dt>
                      <dd>
                        <CheckValue value={check.expected} />
                      </dd>
                    </div>
                    <div>
                      <dt>{t('verify.actual')}</dt>
                      <dd>
                        <CheckValue value={check.actual} />
                      </dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ul>
            <h4 className="small">{t('verify.recomputed')}</h4>
            <CheckValue value={outcome.result.witnesses} />
          </>
        ) : null}
      </div>
    </div>
  );
}
