import { base64ToBytes, bytesToBase64 } from './base64';
import type { MemoryNode, NewMemoryNode } from './node';

export interface MemoryStreamState {
  nodes: MemoryNode[];
  nextSeq: number;
  dim: number;
  /** Base64 of the Float32 embedding matrix (row per node, zero rows for unembedded nodes). */
  embeddings: string;
  embedded: number[];
}

const INITIAL_ROWS = 64;
/** How much the embedding matrix grows when full (1.5×: less idle capacity than doubling in big towns). */
const GROWTH = 1.5;

/**
 * An agent's memory stream: nodes in creation order plus a dense, unit-normalised embedding matrix
 * so that relevance is a dot product over contiguous memory.
 */
export class MemoryStream {
  nodes: MemoryNode[] = [];
  private byId = new Map<string, number>();
  private nextSeq = 1;
  dim = 0;
  private matrix = new Float32Array(0);
  private embedded = new Uint8Array(0);
  /**
   * False once `pending()` found nothing waiting, until the next `add` (ratings and embeddings are
   * only ever set, never cleared), so callers can skip the scan: most people, most steps.
   */
  mayHavePending = true;

  get size(): number {
    return this.nodes.length;
  }

  add(node: NewMemoryNode): MemoryNode {
    const full: MemoryNode = { id: `m${this.nextSeq++}`, ...node };
    this.mayHavePending = true;
    this.byId.set(full.id, this.nodes.length);
    this.nodes.push(full);
    this.ensureCapacity(this.nodes.length);
    return full;
  }

  get(id: string): MemoryNode | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.nodes[i];
  }

  indexOf(id: string): number {
    return this.byId.get(id) ?? -1;
  }

  isEmbedded(index: number): boolean {
    return this.embedded[index] === 1;
  }

  /** Stores a node's embedding, normalised to unit length. The first vector fixes the dimension. */
  setEmbedding(id: string, vector: ArrayLike<number>): void {
    const i = this.indexOf(id);
    if (i < 0) return;
    if (this.dim === 0) {
      this.dim = vector.length;
      this.matrix = new Float32Array(Math.max(INITIAL_ROWS, this.nodes.length) * this.dim);
    }
    if (vector.length !== this.dim) return; // a different embedder: leave unembedded
    this.ensureCapacity(this.nodes.length);
    let norm = 0;
    for (let k = 0; k < vector.length; k++) norm += vector[k]! * vector[k]!; // k < length
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    const off = i * this.dim;
    for (let k = 0; k < vector.length; k++) this.matrix[off + k] = vector[k]! * inv;
    this.embedded[i] = 1;
  }

  /** The raw matrix, for retrieval. Row i belongs to nodes[i]. */
  embeddingMatrix(): Float32Array {
    return this.matrix;
  }

  /**
   * Forgets a memory (a user's edit of the past): later memories move up one row, embeddings with
   * them. Returns false if there is no such memory.
   */
  remove(id: string): boolean {
    const i = this.indexOf(id);
    if (i < 0) return false;
    const rows = this.nodes.length;
    this.nodes.splice(i, 1);
    if (this.dim) this.matrix.copyWithin(i * this.dim, (i + 1) * this.dim, rows * this.dim);
    this.embedded.copyWithin(i, i + 1, rows);
    this.embedded[rows - 1] = 0;
    if (this.dim) this.matrix.fill(0, (rows - 1) * this.dim, rows * this.dim);
    this.byId.delete(id);
    for (let j = i; j < this.nodes.length; j++) this.byId.set(this.nodes[j]!.id, j);
    return true;
  }

  /** Nodes still waiting for an importance rating or an embedding. */
  pending(): { unrated: MemoryNode[]; unembedded: MemoryNode[] } {
    const unrated: MemoryNode[] = [];
    const unembedded: MemoryNode[] = [];
    for (let i = this.nodes.length - 1; i >= 0; i--) {
      const n = this.nodes[i];
      if (!n) continue;
      const done = n.importance > 0 && this.embedded[i];
      if (done && this.nodes.length - i > 64) break; // older nodes are settled
      if (n.importance <= 0) unrated.push(n);
      if (!this.embedded[i]) unembedded.push(n);
    }
    if (!unrated.length && !unembedded.length) this.mayHavePending = false;
    return { unrated: unrated.reverse(), unembedded: unembedded.reverse() };
  }

  private ensureCapacity(rows: number): void {
    if (this.embedded.length < rows) {
      const grown = new Uint8Array(Math.max(INITIAL_ROWS, Math.ceil(rows * GROWTH)));
      grown.set(this.embedded);
      this.embedded = grown;
    }
    if (this.dim && this.matrix.length < rows * this.dim) {
      const grown = new Float32Array(Math.max(INITIAL_ROWS, Math.ceil(rows * GROWTH)) * this.dim);
      grown.set(this.matrix);
      this.matrix = grown;
    }
  }

  getState(): MemoryStreamState {
    const rows = this.nodes.length;
    const used = this.matrix.subarray(0, rows * this.dim);
    return {
      nodes: structuredClone(this.nodes),
      nextSeq: this.nextSeq,
      dim: this.dim,
      embeddings: bytesToBase64(new Uint8Array(used.buffer.slice(0, used.byteLength))),
      embedded: Array.from(this.embedded.subarray(0, rows)),
    };
  }

  setState(state: MemoryStreamState): void {
    this.nodes = structuredClone(state.nodes);
    this.byId = new Map(this.nodes.map((n, i) => [n.id, i]));
    this.nextSeq = state.nextSeq;
    this.dim = state.dim;
    this.embedded = new Uint8Array(0);
    this.matrix = new Float32Array(0);
    this.ensureCapacity(this.nodes.length);
    if (this.dim) {
      const bytes = base64ToBytes(state.embeddings);
      const floats = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
      this.matrix = new Float32Array(Math.max(INITIAL_ROWS, this.nodes.length * 2) * this.dim);
      this.matrix.set(floats.subarray(0, this.nodes.length * this.dim));
    }
    this.embedded.set(state.embedded.slice(0, this.embedded.length));
  }
}
