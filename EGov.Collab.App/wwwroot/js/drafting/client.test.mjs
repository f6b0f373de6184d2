// node --test: the client state machine against a miniature server (the C# DraftSequencer's rules) with random
// delivery order and disconnects: every replica ends equal to the server's text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyAll, transform } from './ot.mjs';
import { DraftClient, goesFirst } from './client.mjs';
import { DraftRandom } from './random.testkit.mjs';

class MiniServer {
  constructor(doc) { this.doc = doc; this.log = []; this.last = new Map(); }
  get revision() { return this.log.length; }
  submit(clientId, s, authorId = clientId) {
    if ((this.last.get(clientId) ?? 0) >= s.sequence) return { duplicate: true };
    let ops = s.operations;
    for (const change of this.log.slice(s.baseRevision)) {
      const pair = transform(ops, change.operations, goesFirst(authorId, clientId, change.authorId, change.clientId));
      if (!pair) return { error: 'conflict' };
      ops = pair[0];
    }
    const r = applyAll(this.doc, ops);
    if (r.error) return { error: r.error };
    this.doc = r.doc;
    this.last.set(clientId, s.sequence);
    this.log.push({ revision: this.log.length + 1, authorId, clientId, sequence: s.sequence, operations: ops });
    return { revision: this.log.length };
  }
}

function runSession(seed, clients = 3, opsPerClient = 60) {
  const random = new DraftRandom(seed);
  const server = new MiniServer(random.document(3));
  const editors = Array.from({ length: clients }, (_, i) => ({ client: new DraftClient(`c${i}`, `c${i}`, server.doc, 0), outbox: [], seen: 0, left: opsPerClient, online: true }));
  const resync = (e) => { e.client.resync(server.doc, server.revision); e.seen = server.revision; e.outbox = []; };
  const deliver = (e) => {
    while (e.seen < server.revision) {
      const next = e.client.receive(server.log[e.seen++]);
      if (e.client.needsResync) return resync(e);
      if (next) e.outbox.push(next);
    }
  };
  for (let step = 0; editors.some((e) => e.left > 0) && step < 100000; step++) {
    const e = editors[random.int(clients)];
    const roll = random.int(10);
    if (roll < 1) { e.online = !e.online; if (!e.online) e.outbox = []; else if (e.client.awaiting) e.outbox.push(e.client.awaiting); continue; }
    if (roll < 5 && e.left > 0) {
      e.left--;
      const sent = e.client.edit([random.operation(e.client.doc)]);
      if (sent && !sent.error && e.online) e.outbox.push(sent);
      continue;
    }
    if (!e.online) continue;
    if (roll < 8 && e.outbox.length > 0) {
      const answer = server.submit(e.client.clientId, e.outbox.shift());
      if (answer.error) resync(e);
      continue;
    }
    deliver(e);
  }
  for (const e of editors) {
    e.online = true;
    for (let round = 0; round < 1000 && (e.client.awaiting || e.outbox.length); round++) {
      if (e.client.awaiting) {
        const answer = server.submit(e.client.clientId, e.client.awaiting);
        if (answer.error) resync(e);
      }
      deliver(e);
    }
  }
  for (const e of editors) deliver(e);
  for (const e of editors) assert.deepEqual(e.client.doc, server.doc, `seed ${seed}: ${e.client.clientId} diverged`);
}

test('clients converge with the server (200 seeded sessions × 3 clients × 60 operations)', () => {
  for (let seed = 1; seed <= 200; seed++) runSession(seed);
});

test('states: synchronised → awaiting → awaiting with buffer → synchronised', () => {
  const doc = { provisions: [{ id: 'p', kind: 'article', text: '' }] };
  const client = new DraftClient('me', 'b', doc, 0);
  assert.equal(client.state, 'synchronised');
  const sent = client.edit([{ type: 'insertText', provisionId: 'p', offset: 0, text: 'М' }]);
  assert.equal(client.state, 'awaiting');
  client.edit([{ type: 'insertText', provisionId: 'p', offset: 1, text: 'и' }]);
  assert.equal(client.state, 'awaiting-with-buffer');
  client.receive({ revision: 1, authorId: 'a', clientId: 'other', sequence: 1, operations: [{ type: 'insertText', provisionId: 'p', offset: 0, text: '«' }] });
  assert.equal(client.doc.provisions[0].text, '«Ми');
  const next = client.receive({ revision: 2, clientId: 'me', sequence: sent.sequence, operations: [{ type: 'insertText', provisionId: 'p', offset: 1, text: 'М' }] });
  assert.deepEqual(next.operations, [{ type: 'insertText', provisionId: 'p', offset: 2, text: 'и' }]);
  assert.equal(next.baseRevision, 2);
  client.receive({ revision: 3, clientId: 'me', sequence: next.sequence, operations: next.operations });
  assert.equal(client.state, 'synchronised');
});

// The C# ConcurrentRuns: writers typing one keystroke at a time right after their own last character (or after "X").
function playRuns({ doc, writers, steps }) {
  const server = new MiniServer(doc);
  const es = writers.map((w) => ({ w, client: new DraftClient(w.clientId, w.authorId, doc, 0), outbox: [], seen: 0, typed: 0 }));
  const deliver = (e, most) => {
    for (let n = 0; n < most && e.seen < server.revision; n++) {
      const next = e.client.receive(server.log[e.seen++]);
      if (next) e.outbox.push(next);
    }
  };
  const send = (e) => {
    const answer = server.submit(e.w.clientId, e.outbox.shift(), e.w.authorId);
    if (answer.error) throw new Error(`a keystroke was refused: ${answer.error}`);
  };
  for (const [kind, i] of steps) {
    const e = es[i];
    if (kind === 'type') {
      const text = e.client.doc.provisions[0].text;
      const own = e.w.run;
      const last = Math.max(text.lastIndexOf(own[0]), text.lastIndexOf(own[own.length - 1]));
      const sent = e.client.edit([{ type: 'insertText', provisionId: doc.provisions[0].id, offset: last >= 0 ? last + 1 : 1, text: own[e.typed++] }]);
      if (sent && !sent.error) e.outbox.push(sent);
    } else if (kind === 'send' && e.outbox.length > 0) send(e);
    else if (kind === 'deliver') deliver(e, 1);
  }
  for (let round = 0; round < 1000 && es.some((e) => e.client.awaiting); round++) {
    for (const e of es) {
      deliver(e, Infinity);
      while (e.outbox.length > 0) send(e);
    }
  }
  for (const e of es) deliver(e, Infinity);
  return { server: server.doc, replicas: es.map((e) => e.client.doc) };
}

test('shared concurrent-run vectors give the C# text, and no run is interleaved', async () => {
  const vectors = JSON.parse((await import('node:fs')).readFileSync(new URL('../../../../EGov.Collab.Tests/Domain/Drafting/ot-vectors.json', import.meta.url), 'utf8'));
  assert.ok(vectors.runs.length >= 40);
  for (const v of vectors.runs) {
    const { server, replicas } = playRuns(v);
    assert.deepEqual(server, v.result, v.name);
    for (const r of replicas) assert.deepEqual(r, server, v.name);
    const middle = server.provisions[0].text.slice(1, -1);
    const runs = v.writers.map((w) => w.run).sort((x, y) => middle.indexOf(x) - middle.indexOf(y));
    assert.equal(runs.join(''), middle, `${v.name}: interleaved`);
  }
});

test('the issue example: two people typing at one place get two whole runs', () => {
  const doc = { provisions: [{ id: 'p', kind: 'article', text: 'XY' }] };
  const writers = [{ authorId: '1', clientId: 'a', run: 'AAA111' }, { authorId: '2', clientId: 'b', run: 'BBB222' }];
  const steps = [];
  // Each keystroke of both reaches the server, A's first; each sees one change before typing the next.
  for (let i = 0; i < 6; i++) steps.push(['type', 0], ['type', 1], ['send', 0], ['send', 1], ['deliver', 0], ['deliver', 1]);
  assert.equal(playRuns({ doc, writers, steps }).server.provisions[0].text, 'XAAA111BBB222Y');
});
