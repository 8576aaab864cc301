/** The timeline as an SVG picture: one row per item, past above today's line, future below. */
import { cstDay, type T } from '../i18n.js';
import type { TimelineItem } from '../timeline.js';

const ROW = 26;
const AXIS = 120;

export function Timeline(props: { items: TimelineItem[]; nowMs: number; t: T }) {
  const { items, nowMs, t } = props;
  const todayIndex = items.filter((i) => Date.parse(i.at) <= nowMs).length;
  const height = (items.length + 1) * ROW + 16;
  const y = (index: number): number => 20 + (index < todayIndex ? index : index + 1) * ROW;
  const label = (i: TimelineItem): string => (i.what === 'renewalDueOn' ? t('renewalDueOn') : i.what === 'termEndsOn' ? t('endsOn') : i.what);
  return (
    <svg class="timeline" viewBox={`0 0 760 ${height}`} width="100%" role="img" aria-labelledby="timeline-title" data-testid="timeline">
      <title id="timeline-title">{`${t('timeline')}: ${items.map((i) => `${cstDay(i.at)} ${label(i)} ${i.ruleId}`).join('; ')}`}</title>
      <line x1={AXIS} y1={8} x2={AXIS} y2={height - 8} class="axis" />
      {items.map((item, index) => (
        <g class={`tl ${item.future ? 'future' : 'past'}${item.milestone ? ' milestone' : ''}`} data-what={item.what}>
          <text x={AXIS - 12} y={y(index) + 4} text-anchor="end" class="date">
            {cstDay(item.at)}
          </text>
          {item.milestone ? <rect x={AXIS - 6} y={y(index) - 6} width={12} height={12} transform={`rotate(45 ${AXIS} ${y(index)})`} /> : <circle cx={AXIS} cy={y(index)} r={5} />}
          <text x={AXIS + 14} y={y(index) + 4}>
            <tspan class="what">{label(item)}</tspan>
            <tspan class="rule" dx={8}>
              {item.ruleId}
            </tspan>
          </text>
        </g>
      ))}
      <g class="today">
        <line x1={8} y1={20 + todayIndex * ROW} x2={752} y2={20 + todayIndex * ROW} />
        <text x={748} y={20 + todayIndex * ROW - 5} text-anchor="end" data-testid="today">
          {`${t('today')} ${cstDay(new Date(nowMs).toISOString())}`}
        </text>
      </g>
    </svg>
  );
}
