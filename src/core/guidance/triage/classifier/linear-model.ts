import type { SparseVector } from './features.ts';

/** A logistic-regression model over hashed features. */
export interface LinearModel {
  bias: number;
  weights: Float32Array;
}

/** The model's log-odds for one feature vector. */
export function logit(model: LinearModel, x: SparseVector): number {
  let sum = model.bias;
  const { weights } = model;
  for (let i = 0; i < x.indices.length; i++) {
    sum += (weights[x.indices[i] as number] as number) * (x.values[i] as number);
  }
  return sum;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** One training example: its features, its label, and how much it counts. */
export interface Example {
  x: SparseVector;
  y: 0 | 1;
  weight: number;
}

export interface TrainOptions {
  dimensions: number;
  /** L2 penalty on the weights (not the bias), per unit of total example weight. */
  l2: number;
  iterations: number;
  learningRate: number;
}

/**
 * Fits a logistic regression by full-batch Adam: deterministic (no shuffling), so the same data
 * always gives the same model. Each class's examples are weighted to count equally in total.
 */
export function trainLogistic(examples: readonly Example[], options: TrainOptions): LinearModel {
  const { dimensions, l2, iterations, learningRate } = options;
  const totals = [0, 0];
  for (const e of examples) totals[e.y] = (totals[e.y] as number) + e.weight;
  const balance = [0, 0].map((_, y) => (totals[y] ? 0.5 / (totals[y] as number) : 0));
  const weights = new Float64Array(dimensions);
  const gradient = new Float64Array(dimensions);
  const m = new Float64Array(dimensions + 1);
  const v = new Float64Array(dimensions + 1);
  let bias = 0;
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let t = 1; t <= iterations; t++) {
    gradient.fill(0);
    let biasGradient = 0;
    for (const e of examples) {
      let z = bias;
      for (let i = 0; i < e.x.indices.length; i++)
        z += (weights[e.x.indices[i] as number] as number) * (e.x.values[i] as number);
      const scale = (sigmoid(z) - e.y) * e.weight * (balance[e.y] as number);
      biasGradient += scale;
      for (let i = 0; i < e.x.indices.length; i++) {
        const j = e.x.indices[i] as number;
        gradient[j] = (gradient[j] as number) + scale * (e.x.values[i] as number);
      }
    }
    const correction1 = 1 - beta1 ** t;
    const correction2 = 1 - beta2 ** t;
    for (let j = 0; j <= dimensions; j++) {
      const g = j < dimensions ? (gradient[j] as number) + l2 * (weights[j] as number) : biasGradient;
      if (g === 0 && m[j] === 0) continue;
      m[j] = beta1 * (m[j] as number) + (1 - beta1) * g;
      v[j] = beta2 * (v[j] as number) + (1 - beta2) * g * g;
      const step =
        (learningRate * ((m[j] as number) / correction1)) /
        (Math.sqrt((v[j] as number) / correction2) + 1e-8);
      if (j < dimensions) weights[j] = (weights[j] as number) - step;
      else bias -= step;
    }
  }
  return { bias, weights: Float32Array.from(weights) };
}
