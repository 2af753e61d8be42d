// Training for the linear models in src/core/analysis/model.ts. Runs at build time only.
import type { Features } from "../src/core/analysis/features";
import type { LinearModel } from "../src/core/analysis/model";

/** Multinomial logistic regression, L2-regularised, trained by full-batch gradient descent with AdaGrad. */
export function trainLinear(
  samples: { features: Features; label: string }[],
  classes: string[],
  options: { epochs?: number; l2?: number; rate?: number; minDocs?: number; prune?: number } = {},
): LinearModel {
  const { epochs = 300, l2 = 0.01, rate = 0.5, minDocs = 2, prune = 0.02 } = options;
  const df = new Map<string, number>();
  for (const s of samples) for (const k of s.features.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const vocab = [...df].filter(([, n]) => n >= minDocs).map(([k]) => k);
  const index = new Map(vocab.map((k, i) => [k, i]));
  const K = classes.length;
  const W = vocab.map(() => new Float64Array(K));
  const G = vocab.map(() => new Float64Array(K));
  const b = new Float64Array(K);
  const gb = new Float64Array(K);
  const rows = samples.map((s) => ({
    x: [...s.features].filter(([k]) => index.has(k)).map(([k, v]) => [index.get(k)!, v] as const),
    y: classes.indexOf(s.label),
  }));
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = vocab.map(() => new Float64Array(K));
    const gBias = new Float64Array(K);
    for (const { x, y } of rows) {
      const z = Array.from(b);
      for (const [i, v] of x) for (let k = 0; k < K; k++) z[k]! += W[i]![k]! * v;
      const max = Math.max(...z);
      const e = z.map((v) => Math.exp(v - max));
      const sum = e.reduce((a, c) => a + c, 0);
      for (let k = 0; k < K; k++) {
        const d = e[k]! / sum - (k === y ? 1 : 0);
        gBias[k]! += d;
        for (const [i, v] of x) grad[i]![k]! += d * v;
      }
    }
    const n = rows.length;
    for (let i = 0; i < vocab.length; i++) {
      for (let k = 0; k < K; k++) {
        const g = grad[i]![k]! / n + l2 * W[i]![k]!;
        G[i]![k]! += g * g;
        W[i]![k]! -= (rate * g) / (Math.sqrt(G[i]![k]!) + 1e-8);
      }
    }
    for (let k = 0; k < K; k++) {
      const g = gBias[k]! / n;
      gb[k]! += g * g;
      b[k]! -= (rate * g) / (Math.sqrt(gb[k]!) + 1e-8);
    }
  }
  const round = (v: number) => Math.round(v * 100) / 100;
  const weights: Record<string, number[]> = {};
  vocab.forEach((k, i) => {
    if (Math.max(...Array.from(W[i]!).map(Math.abs)) >= prune) weights[k] = Array.from(W[i]!).map(round);
  });
  return { classes, bias: Array.from(b).map(round), weights };
}
