import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../lib/format';
import { formatCountdown, secondsRemaining } from './countdown';

/**
 * Live countdown to the end of a claim's announcement (公示), when anyone may approve it and the payout is queued.
 * Counts down from the API's `secondsLeft` (chain time), not from the browser's clock.
 */
export function Countdown({ endsAt, secondsLeft, testId = 'countdown' }: { endsAt: bigint; secondsLeft: bigint; testId?: string }) {
  const { t, i18n } = useTranslation('claims');
  const observed = useRef<{ key: string; at: number } | null>(null);
  const key = `${endsAt}:${secondsLeft}`;
  if (observed.current?.key !== key) observed.current = { key, at: Date.now() };
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const left = secondsRemaining(secondsLeft, observed.current.at, Math.max(now, observed.current.at));
  return (
    <div className="countdown">
      <span className="countdown-label">{left > 0n ? t('countdown.endsIn') : t('countdown.ended')}</span>{' '}
      <span role="timer" className="countdown-value" data-testid={testId} data-seconds-left={String(left)}>
        {formatCountdown(left, i18n.language)}
      </span>
      <span className="muted countdown-at">
        {' '}
        {t('countdown.at', { time: formatTime(endsAt, i18n.language) })}
      </span>
    </div>
  );
}
