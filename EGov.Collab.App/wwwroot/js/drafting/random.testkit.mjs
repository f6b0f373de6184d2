// Seeded random documents and operations for the node tests (a twin of the C# DraftRandom, not the same stream).
import { apply, complete } from './ot.mjs';

const pieces = ['а', 'б', 'ґ', 'є', 'і', 'ї', 'й', 'щ', 'ю', 'я', ' ', '’', "'", '«', '»', "м'ята", 'п’ять', '🙂', '👩‍⚖️', '🇺🇦', '.', '1'];
const kinds = ['title', 'preamble', 'section', 'chapter', 'article', 'part', 'item', 'paragraph', 'finalProvisions', 'transitionalProvisions'];

export class DraftRandom {
  constructor(seed) {
    this.state = seed >>> 0 || 1;
    this.ids = 0;
    this.seed = seed;
  }

  next() {
    // mulberry32
    let t = (this.state += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(n) { return Math.floor(this.next() * n); }

  id() { return `${this.seed}-${++this.ids}`; }

  text(n) { let s = ''; for (let i = 0; i < n; i++) s += pieces[this.int(pieces.length)]; return s; }

  provision() { return { id: this.id(), kind: kinds[this.int(kinds.length)], text: this.text(this.int(10)) }; }

  document(max = 4) { return { provisions: Array.from({ length: this.int(max + 1) }, () => this.provision()) }; }

  boundary(text) {
    let o = this.int(text.length + 1);
    const hi = (c) => c >= 0xd800 && c <= 0xdbff;
    if (o > 0 && o < text.length && hi(text.charCodeAt(o - 1))) o--;
    return o;
  }

  operation(doc, structural = true) {
    const ps = doc.provisions;
    if (ps.length === 0) return { type: 'addProvision', index: 0, provision: this.provision() };
    let roll = this.int(100);
    if (!structural) roll %= 65;
    const p = ps[this.int(ps.length)];
    const index = ps.indexOf(p);
    let op;
    if (roll < 40) op = { type: 'insertText', provisionId: p.id, offset: this.boundary(p.text), text: this.text(1 + this.int(3)) };
    else if (roll < 65) {
      let s = this.boundary(p.text), e = this.boundary(p.text);
      if (e < s) [s, e] = [e, s];
      op = s === e ? { type: 'insertText', provisionId: p.id, offset: s, text: this.text(1) } : { type: 'deleteText', provisionId: p.id, offset: s, text: p.text.slice(s, e) };
    } else if (roll < 71) op = { type: 'addProvision', index: this.int(ps.length + 1), provision: this.provision() };
    else if (roll < 76) op = { type: 'deleteProvision', index, removed: p };
    else if (roll < 82) op = { type: 'moveProvision', provisionId: p.id, toIndex: this.int(ps.length), fromIndex: -1 };
    else if (roll < 90) op = { type: 'splitProvision', provisionId: p.id, offset: this.boundary(p.text), newProvisionId: this.id(), index: -1 };
    else if (roll < 96 && index > 0) op = { type: 'mergeProvision', provisionId: p.id, intoProvisionId: ps[index - 1].id, index: -1, intoLength: -1 };
    else op = { type: 'changeKind', provisionId: p.id, from: p.kind, to: kinds[this.int(kinds.length)] };
    return complete(doc, op);
  }

  operations(doc, count, structural = true) {
    const ops = [];
    for (let i = 0; i < count; i++) {
      const op = this.operation(doc, structural);
      doc = apply(doc, op).doc;
      ops.push(op);
    }
    return ops;
  }
}
