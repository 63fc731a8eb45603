import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../lib/format';
import { formatCountdown, secondsRemaining } from './countdown';

/** The wall clock (ms), ticking every second: what the live countdowns advance chain time with. */
export function useTickingNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** A countdown's text: `label` while time is left (`endedLabel` at zero), the time left, and when it ends. */
export function CountdownDisplay({
  left,
  endsAt,
  label,
  endedLabel,
  testId,
}: {
  left: bigint;
  endsAt: bigint;
  label: string;
  endedLabel: string;
  testId: string;
}) {
  const { t, i18n } = useTranslation('claims');
  const shown = left > 0n ? left : 0n;
  return (
    <div className="countdown">
      <span className="countdown-label">{shown > 0n ? label : endedLabel}</span>{' '}
      <span role="timer" className="countdown-value" data-testid={testId} data-seconds-left={String(shown)}>
        {formatCountdown(shown, i18n.language)}
      </span>
      <span className="muted countdown-at">
        {' '}
        {t('countdown.at', { time: formatTime(endsAt, i18n.language) })}
      </span>
    </div>
  );
}

/**
 * Live countdown to the end of a claim's announcement (公示), when anyone may approve it and the payout is queued.
 * Counts down from the API's `secondsLeft` (chain time), not from the browser's clock.
 */
export function Countdown({ endsAt, secondsLeft, testId = 'countdown' }: { endsAt: bigint; secondsLeft: bigint; testId?: string }) {
  const { t } = useTranslation('claims');
  const observed = useRef<{ key: string; at: number } | null>(null);
  const key = `${endsAt}:${secondsLeft}`;
  if (observed.current?.key !== key) observed.current = { key, at: Date.now() };
  const now = useTickingNow();
  const left = secondsRemaining(secondsLeft, observed.current.at, Math.max(now, observed.current.at));
  return <CountdownDisplay left={left} endsAt={endsAt} label={t('countdown.endsIn')} endedLabel={t('countdown.ended')} testId={testId} />;
}
