/**
 * The unit chart as a picture: its states and targeted transitions read from the XState
 * definition itself (`unitMachine.root`), laid out by ELK (elkjs, layered, hierarchy included).
 * Laid out once per process; only the highlight changes per unit.
 */
import ElkBundled from 'elkjs/lib/elk.bundled.js';
import type { ELK as Elk, ELKConstructorArguments, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { unitMachine } from '../../machines/unit/chart.js';

/** A state box, in absolute coordinates (px). `path` is the chart path (`live.active`). */
export interface ChartNode {
  path: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  compound: boolean;
  final: boolean;
  initial: boolean;
  /** transitions that stay in this state (their count), e.g. the live unit's commands */
  internal: number;
}

/** A transition: its event, the rules that govern it, its route (absolute points) and label box. */
export interface ChartEdge {
  id: string;
  from: string;
  to: string;
  event: string;
  rules: string[];
  points: { x: number; y: number }[];
  label: { text: string; x: number; y: number; width: number; height: number };
}

export interface ChartLayout {
  width: number;
  height: number;
  nodes: ChartNode[];
  edges: ChartEdge[];
}

interface StateNodeLike {
  id: string;
  key: string;
  type: string;
  states: Record<string, StateNodeLike>;
  transitions: Map<string, { target?: readonly StateNodeLike[] | undefined; meta?: unknown }[]>;
  always?: { target?: readonly StateNodeLike[] | undefined; meta?: unknown }[] | undefined;
  parent?: StateNodeLike | undefined;
  config: { initial?: unknown };
}

// elkjs is CommonJS: its module object is the constructor, typed as a default export
type ElkConstructor = new (args?: ELKConstructorArguments) => Elk;
const ELK = ((ElkBundled as unknown as { default?: ElkConstructor }).default ?? ElkBundled) as unknown as ElkConstructor;

const ROOT = 'unit';
const pathOf = (id: string): string => id.slice(ROOT.length + 1);
const CHAR = 7;
const LABEL_CHAR = 6.2;

/** The states and targeted transitions of the unit chart, before layout. */
export function chartGraph(): { nodes: Omit<ChartNode, 'x' | 'y' | 'width' | 'height'>[]; edges: Omit<ChartEdge, 'points' | 'label'>[] } {
  const root = unitMachine.root as unknown as StateNodeLike;
  const nodes: Omit<ChartNode, 'x' | 'y' | 'width' | 'height'>[] = [];
  const merged = new Map<string, Omit<ChartEdge, 'points' | 'label'>>();
  const walk = (node: StateNodeLike): void => {
    let internal = 0;
    const add = (event: string, t: { target?: readonly StateNodeLike[] | undefined; meta?: unknown }): void => {
      const rule = (t.meta as { rule?: string } | undefined)?.rule;
      const targets = t.target ?? [];
      if (targets.length === 0 || targets.every((x) => x.id === node.id)) {
        internal += 1;
        return;
      }
      for (const target of targets) {
        const key = `${node.id}->${target.id}:${event}`;
        const e = merged.get(key) ?? { id: `e${merged.size}`, from: pathOf(node.id), to: pathOf(target.id), event, rules: [] };
        if (rule && !e.rules.includes(rule)) e.rules.push(rule);
        merged.set(key, e);
      }
    };
    for (const [event, list] of node.transitions) for (const t of list) add(event, t);
    for (const t of node.always ?? []) add('always', t);
    if (node.id !== ROOT) {
      const parentInitial = node.parent?.config.initial;
      nodes.push({ path: pathOf(node.id), label: node.key, compound: Object.keys(node.states).length > 0, final: node.type === 'final', initial: parentInitial === node.key, internal });
    }
    for (const child of Object.values(node.states)) walk(child);
  };
  walk(root);
  return { nodes, edges: [...merged.values()] };
}

const labelText = (e: { event: string; rules: string[] }): string => `${e.event}${e.rules.length ? ` · ${e.rules.join(', ')}` : ''}`;

/** Lays the chart out with ELK (absolute coordinates). */
export async function layoutChart(): Promise<ChartLayout> {
  const { nodes, edges } = chartGraph();
  const elkNodes = new Map<string, ElkNode>();
  const top: ElkNode[] = [];
  for (const n of nodes) {
    const caption = n.internal ? `${n.label} (+${n.internal})` : n.label;
    const elk: ElkNode = n.compound
      ? { id: n.path, labels: [{ text: caption, width: caption.length * CHAR, height: 16 }], children: [], layoutOptions: { 'elk.padding': '[top=34,left=16,bottom=16,right=16]', 'elk.nodeLabels.placement': 'INSIDE V_TOP H_LEFT' } }
      : { id: n.path, width: Math.max(90, caption.length * CHAR + 24), height: 36 };
    elkNodes.set(n.path, elk);
    const parent = n.path.includes('.') ? elkNodes.get(n.path.slice(0, n.path.lastIndexOf('.'))) : undefined;
    (parent ? parent.children! : top).push(elk);
  }
  const elkEdges: ElkExtendedEdge[] = edges.map((e) => {
    const text = labelText(e);
    return { id: e.id, sources: [e.from], targets: [e.to], labels: [{ text, width: text.length * LABEL_CHAR, height: 14 }] };
  });
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.spacing.nodeNode': '36',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.json.edgeCoords': 'ROOT',
      'elk.json.shapeCoords': 'ROOT',
      'elk.padding': '[top=12,left=12,bottom=12,right=12]',
    },
    children: top,
    edges: elkEdges,
  };
  const laid: ElkNode = await new ELK().layout(graph);
  const boxes = new Map<string, ElkNode>();
  const collect = (n: ElkNode): void => {
    for (const c of n.children ?? []) {
      boxes.set(c.id, c);
      collect(c);
    }
  };
  collect(laid);
  const edgeById = new Map((laid.edges ?? []).map((e) => [e.id, e as ElkExtendedEdge]));
  return {
    width: Math.ceil(laid.width ?? 0),
    height: Math.ceil(laid.height ?? 0),
    nodes: nodes.map((n) => {
      const b = boxes.get(n.path)!;
      return { ...n, x: b.x ?? 0, y: b.y ?? 0, width: b.width ?? 0, height: b.height ?? 0 };
    }),
    edges: edges.map((e) => {
      const laidEdge = edgeById.get(e.id);
      const s = laidEdge?.sections?.[0];
      const points = s ? [s.startPoint, ...(s.bendPoints ?? []), s.endPoint] : [];
      const l = laidEdge?.labels?.[0];
      return { ...e, points, label: { text: labelText(e), x: l?.x ?? 0, y: l?.y ?? 0, width: l?.width ?? 0, height: l?.height ?? 0 } };
    }),
  };
}

let cached: Promise<ChartLayout> | null = null;

/** The layout, computed once per process. */
export function chartLayout(): Promise<ChartLayout> {
  cached ??= layoutChart();
  return cached;
}
