/** The unit chart as SVG, from the ELK layout of the XState definition; active states highlighted. */
import type { ChartLayout } from '../chart.js';

export function Chart(props: { layout: ChartLayout; active: string[]; title: string }) {
  const { layout, active } = props;
  const on = new Set(active);
  return (
    <svg class="chart" viewBox={`0 0 ${layout.width} ${layout.height}`} width={layout.width} role="img" aria-labelledby="chart-title" data-testid="chart">
      <title id="chart-title">{`${props.title}: ${active.join(', ')}`}</title>
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" class="arrowhead" />
        </marker>
      </defs>
      {layout.nodes.map((n) => (
        <g class={`state${n.compound ? ' compound' : ''}${on.has(n.path) ? ' current' : ''}${n.final ? ' final' : ''}`} data-state={n.path} aria-current={on.has(n.path) ? 'true' : undefined}>
          <rect x={n.x} y={n.y} width={n.width} height={n.height} rx={n.compound ? 10 : 18} />
          {n.final && <rect x={n.x + 3} y={n.y + 3} width={n.width - 6} height={n.height - 6} rx={15} class="inner" />}
          <text x={n.compound ? n.x + 12 : n.x + n.width / 2} y={n.compound ? n.y + 20 : n.y + n.height / 2 + 4} text-anchor={n.compound ? 'start' : 'middle'}>
            {n.internal ? `${n.label} (+${n.internal})` : n.label}
          </text>
          {n.initial && <circle cx={n.x - 8} cy={n.y + 8} r={4} class="initial" />}
        </g>
      ))}
      {layout.edges.map((e) => (
        <g class="edge" data-event={e.event}>
          <polyline points={e.points.map((p) => `${p.x},${p.y}`).join(' ')} marker-end="url(#arrow)" />
          <text x={e.label.x} y={e.label.y + 11}>
            {e.label.text}
          </text>
        </g>
      ))}
    </svg>
  );
}
