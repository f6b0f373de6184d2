// node --test: the client state machine against a miniature server (the C# DraftSequencer's rules) with random
// delivery order and disconnects: every replica ends equal to the server's text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyAll, transform } from './ot.mjs';
import { DraftClient } from './client.mjs';
import { DraftRandom } from './random.testkit.mjs';

class MiniServer {
  constructor(doc) { this.doc = doc; this.log = []; this.last = new Map(); }
  get revision() { return this.log.length; }
  submit(clientId, s) {
    if ((this.last.get(clientId) ?? 0) >= s.sequence) return { duplicate: true };
    let ops = s.operations;
    for (const change of this.log.slice(s.baseRevision)) {
      const pair = transform(ops, change.operations, false);
      if (!pair) return { error: 'conflict' };
      ops = pair[0];
    }
    const r = applyAll(this.doc, ops);
    if (r.error) return { error: r.error };
    this.doc = r.doc;
    this.last.set(clientId, s.sequence);
    this.log.push({ revision: this.log.length + 1, clientId, sequence: s.sequence, operations: ops });
    return { revision: this.log.length };
  }
}

function runSession(seed, clients = 3, opsPerClient = 60) {
  const random = new DraftRandom(seed);
  const server = new MiniServer(random.document(3));
  const editors = Array.from({ length: clients }, (_, i) => ({ client: new DraftClient(`c${i}`, server.doc, 0), outbox: [], seen: 0, left: opsPerClient, online: true }));
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
  const client = new DraftClient('me', doc, 0);
  assert.equal(client.state, 'synchronised');
  const sent = client.edit([{ type: 'insertText', provisionId: 'p', offset: 0, text: 'М' }]);
  assert.equal(client.state, 'awaiting');
  client.edit([{ type: 'insertText', provisionId: 'p', offset: 1, text: 'и' }]);
  assert.equal(client.state, 'awaiting-with-buffer');
  client.receive({ revision: 1, clientId: 'other', sequence: 1, operations: [{ type: 'insertText', provisionId: 'p', offset: 0, text: '«' }] });
  assert.equal(client.doc.provisions[0].text, '«Ми');
  const next = client.receive({ revision: 2, clientId: 'me', sequence: sent.sequence, operations: [{ type: 'insertText', provisionId: 'p', offset: 1, text: 'М' }] });
  assert.deepEqual(next.operations, [{ type: 'insertText', provisionId: 'p', offset: 2, text: 'и' }]);
  assert.equal(next.baseRevision, 2);
  client.receive({ revision: 3, clientId: 'me', sequence: next.sequence, operations: next.operations });
  assert.equal(client.state, 'synchronised');
});
