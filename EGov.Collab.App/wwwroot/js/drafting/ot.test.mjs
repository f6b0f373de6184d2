// node --test: the shared vectors (the C# tests run the same file) and seeded TP1 / invert properties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { apply, applyAll, transform, invertAll } from './ot.mjs';
import { DraftRandom } from './random.testkit.mjs';

const vectorsPath = fileURLToPath(new URL('../../../../EGov.Collab.Tests/Domain/Drafting/ot-vectors.json', import.meta.url));
const vectors = JSON.parse(readFileSync(vectorsPath, 'utf8'));

test('shared transform vectors give the C# results', () => {
  assert.ok(vectors.transform.length >= 200);
  for (const v of vectors.transform) {
    const pair = transform(v.a, v.b, v.aFirst);
    if (v.aPrime === null) {
      assert.equal(pair, null, v.name);
      continue;
    }
    assert.ok(pair, v.name);
    assert.deepEqual(pair[0], v.aPrime, v.name);
    assert.deepEqual(pair[1], v.bPrime, v.name);
    assert.deepEqual(applyAll(applyAll(v.doc, v.a).doc, pair[1]).doc, v.result, v.name);
  }
});

test('shared invert vectors give the C# results', () => {
  for (const v of vectors.invert) assert.deepEqual(invertAll(v.doc, v.ops), v.inverse, v.name);
});

test('TP1: concurrent sequences converge or conflict (2,000 seeds)', () => {
  for (let seed = 1; seed <= 2000; seed++) {
    const random = new DraftRandom(seed);
    const doc = random.document();
    const a = random.operations(doc, 1 + random.int(3));
    const b = random.operations(doc, 1 + random.int(3));
    const pair = transform(a, b, random.int(2) === 0);
    if (!pair) continue;
    const left = applyAll(applyAll(doc, a).doc, pair[1]);
    const right = applyAll(applyAll(doc, b).doc, pair[0]);
    assert.ok(left.doc && right.doc, `seed ${seed}: ${left.error ?? right.error}`);
    assert.deepEqual(left.doc, right.doc, `seed ${seed}`);
  }
});

test('invert undoes any sequence (1,000 seeds)', () => {
  for (let seed = 1; seed <= 1000; seed++) {
    const random = new DraftRandom(seed);
    const doc = random.document();
    const ops = random.operations(doc, 1 + random.int(4));
    const undone = applyAll(applyAll(doc, ops).doc, invertAll(doc, ops));
    assert.deepEqual(undone.doc, doc, `seed ${seed}`);
  }
});

test('an offset inside an emoji and an oversized paste are refused', () => {
  const doc = { provisions: [{ id: 'p', kind: 'article', text: '🙂' }] };
  assert.equal(apply(doc, { type: 'insertText', provisionId: 'p', offset: 1, text: 'x' }).error, 'drafting.edit.splits-character');
  assert.equal(apply(doc, { type: 'insertText', provisionId: 'p', offset: 0, text: 'я'.repeat(20001) }).error, 'drafting.edit.paste-too-long');
});
