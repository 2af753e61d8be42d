// Small linear classifiers, trained at build time from the labelled development corpus by
// scripts/train.ts (weights in ./weights/*.json, a few KB each). Scoring is a sparse dot
// product: linear in the number of features an email has.
import type { Features } from "./features";

export interface LinearModel {
  classes: string[];
  bias: number[];
  /** Feature name to one weight per class. */
  weights: Record<string, number[]>;
}

export interface Prediction {
  label: string;
  /** Softmax probability of the label. */
  confidence: number;
  scores: Record<string, number>;
}

export function predict(model: LinearModel, features: Features): Prediction {
  const z = [...model.bias];
  for (const [name, value] of features) {
    const w = Object.prototype.hasOwnProperty.call(model.weights, name) ? model.weights[name] : undefined;
    if (!w) continue;
    for (let k = 0; k < z.length; k++) z[k]! += w[k]! * value;
  }
  const max = Math.max(...z);
  const exp = z.map((v) => Math.exp(v - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let k = 1; k < z.length; k++) if (z[k]! > z[best]!) best = k;
  const scores: Record<string, number> = {};
  model.classes.forEach((c, k) => (scores[c] = exp[k]! / sum));
  return { label: model.classes[best]!, confidence: exp[best]! / sum, scores };
}
