import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Epoch } from '../../api/schemas';
import { useMoney, useToken } from '../../lib/token';
import { scrollRegion } from './bits';
import { epochSeries, type EpochPoint } from './chartData';

// recharts weighs more than the rest of the dashboard together: it is fetched only when the charts come near the
// screen, so the pool's figures (above them) are never held up by it.
const EpochBarChart = lazy(() => import('./DashboardCharts'));

/** True once the element is within `margin` of the viewport (or at once where IntersectionObserver is missing). */
function useNearViewport(margin = '300px') {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    if (typeof IntersectionObserver === 'undefined') return setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: margin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, margin]);
  return [ref, near] as const;
}

function ChartBox({
  id,
  title,
  note,
  aria,
  points,
  value,
  color,
  series,
  tooltip,
  columns,
  cells,
}: {
  id: string;
  title: string;
  note: string;
  aria: string;
  points: EpochPoint[];
  value: 'shareUnits' | 'paidUnits';
  color: string;
  series: string;
  tooltip: (p: EpochPoint) => string;
  columns: string[];
  cells: (p: EpochPoint) => (string | number)[];
}) {
  const { t, i18n } = useTranslation('dashboard');
  const [ref, near] = useNearViewport();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  return (
    <section className="chart-box" aria-labelledby={`${id}-title`} data-testid={id}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="muted small">{note}</p>
      {points.length === 0 ? (
        <p className="muted">{t('charts.none')}</p>
      ) : (
        <div className="chart-area" ref={ref} role="img" aria-label={aria} data-testid={`${id}-plot`}>
          {near ? (
            <Suspense fallback={<p className="muted">{t('charts.loading')}</p>}>
              <EpochBarChart
                points={points}
                value={value}
                color={color}
                series={series}
                epochLabel={(p) => t('charts.epochLabel', { epoch: String(p.epoch) })}
                axisNumber={(v) => number.format(v)}
                tooltip={tooltip}
              />
            </Suspense>
          ) : null}
        </div>
      )}
      <details className="chart-data">
        <summary>{t('charts.showData')}</summary>
        <div className="table-wrap" {...scrollRegion(title)}>
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('charts.epoch')}</th>
                {columns.map((c) => (
                  <th scope="col" className="num" key={c}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={String(p.epoch)}>
                  <th scope="row">{String(p.epoch)}</th>
                  {cells(p).map((cell, i) => (
                    <td className="num" key={columns[i]}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

/** The share per member per epoch and the claims paid per epoch, as charts with their data. */
export function EpochCharts({ epochs }: { epochs: Epoch[] }) {
  const { t } = useTranslation('dashboard');
  const money = useMoney();
  const { data: token } = useToken();
  const points = epochSeries(epochs, token?.decimals ?? 0);
  const symbol = token?.symbol ?? '';
  return (
    <div className="chart-grid">
      <ChartBox
        id="chart-share"
        title={t('charts.share.title')}
        note={t('charts.share.note', { symbol })}
        aria={t('charts.share.aria', { count: points.length })}
        points={points}
        value="shareUnits"
        color="#9a3412"
        series={t('charts.share.series')}
        tooltip={(p) => t('charts.share.tooltip', { amount: money(p.share), members: p.members })}
        columns={[t('charts.members'), t('charts.share.series')]}
        cells={(p) => [p.members, money(p.share)]}
      />
      <ChartBox
        id="chart-paid"
        title={t('charts.paid.title')}
        note={t('charts.paid.note', { symbol })}
        aria={t('charts.paid.aria', { count: points.length })}
        points={points}
        value="paidUnits"
        color="#166534"
        series={t('charts.paid.series')}
        tooltip={(p) => t('charts.paid.tooltip', { amount: money(p.paid), count: p.claimsPaid })}
        columns={[t('charts.paid.claims'), t('charts.paid.series')]}
        cells={(p) => [p.claimsPaid, money(p.paid)]}
      />
    </div>
  );
}
