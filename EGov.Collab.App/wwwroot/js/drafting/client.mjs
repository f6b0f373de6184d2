// The editor's side of the protocol (C# twin: Domain DraftClient): synchronised → awaiting acknowledgement →
// awaiting with buffer. Local edits apply at once; one submission is in flight; remote changes are transformed
// past what is pending before they touch the local text. Ties (two insertions at one place) go by goesFirst, as on
// the server, so concurrent runs stay contiguous.
import { applyAll, transform } from './ot.mjs';

/**
 * The C# DraftPriority: of two concurrent writers, the one whose author id, then client id, sorts first wins a tie.
 * A fixed order, never arrival, is what keeps two people's runs typed at one place from interleaving.
 */
export function goesFirst(author, client, otherAuthor, otherClient) {
  const a = String(author ?? '').toLowerCase();
  const b = String(otherAuthor ?? '').toLowerCase();
  if (a !== b) return a < b;
  return String(client).toLowerCase() < String(otherClient).toLowerCase();
}

export class DraftClient {
  constructor(clientId, authorId, doc, revision, nextSequence = 1) {
    this.clientId = clientId;
    this.authorId = authorId;
    this.doc = doc;
    this.revision = revision;
    this.awaiting = null; // { sequence, baseRevision, operations } exactly as sent (resent unchanged)
    this.awaitingNow = null; // the in-flight operations transformed to the current text
    this.buffer = [];
    this.nextSequence = nextSequence;
    this.needsResync = false;
  }

  get state() {
    return this.awaiting === null ? 'synchronised' : this.buffer.length === 0 ? 'awaiting' : 'awaiting-with-buffer';
  }

  /** Applies a local edit; returns the submission to send now, or null (one is in flight, or the edit was refused: see .error). */
  edit(operations) {
    const r = applyAll(this.doc, operations);
    if (r.error) return { error: r.error };
    this.doc = r.doc;
    if (this.awaiting !== null) {
      this.buffer.push(...operations);
      return null;
    }
    return this.#send(operations);
  }

  /** Takes the next committed change in revision order; returns the next submission when it acknowledged ours. */
  receive(change) {
    if (change.revision <= this.revision || this.needsResync) return null;
    if (change.revision !== this.revision + 1) throw new Error(`gap: change ${change.revision} at revision ${this.revision}`);
    this.revision = change.revision;
    if (this.awaiting !== null && change.clientId === this.clientId && change.sequence === this.awaiting.sequence) {
      this.awaiting = null;
      this.awaitingNow = null;
      if (this.buffer.length === 0) return null;
      const next = this.buffer;
      this.buffer = [];
      return this.#send(next);
    }
    let remote = change.operations;
    if (this.awaitingNow !== null) {
      const first = goesFirst(this.authorId, this.clientId, change.authorId, change.clientId);
      const pair = transform(this.awaitingNow, remote, first);
      if (!pair) return this.#lost();
      [this.awaitingNow, remote] = pair;
      const buffered = transform(this.buffer, remote, first);
      if (!buffered) return this.#lost();
      [this.buffer, remote] = buffered;
    }
    const r = applyAll(this.doc, remote);
    if (r.error) return this.#lost();
    this.doc = r.doc;
    this.lastRemote = remote;
    return null;
  }

  /** Starts again from the server's text; pending edits are dropped. */
  resync(doc, revision) {
    this.doc = doc;
    this.revision = revision;
    this.awaiting = null;
    this.awaitingNow = null;
    this.buffer = [];
    this.needsResync = false;
  }

  /** What must survive a reload (kept in sessionStorage by the editor). */
  pending() {
    return { awaiting: this.awaiting, buffer: this.buffer, nextSequence: this.nextSequence, revision: this.revision };
  }

  #send(operations) {
    this.awaiting = { sequence: this.nextSequence++, baseRevision: this.revision, operations };
    this.awaitingNow = operations;
    return this.awaiting;
  }

  #lost() {
    this.needsResync = true;
    return null;
  }
}
