// Draft operations in the browser: the same apply and transform as the C# Domain (DraftOperations, DraftTransform,
// OperationOver, DraftInverse). Positions are UTF-16 offsets, as in .NET strings. Shared JSON vectors
// (EGov.Collab.Tests/Domain/Drafting/ot-vectors.json) keep the two in step.

export const limits = Object.freeze({ maxPasteLength: 20000, maxProvisionLength: 100000, maxProvisions: 5000 });

const E = (code) => ({ error: `drafting.edit.${code}` });

const splitsPair = (text, offset) =>
  offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

const indexOf = (doc, id) => doc.provisions.findIndex((p) => p.id === id);
const withProvision = (doc, index, provision) => {
  const provisions = doc.provisions.slice();
  provisions[index] = provision;
  return { provisions };
};
const sameProvision = (a, b) => a.id === b.id && a.kind === b.kind && a.text === b.text;

/** Applies one operation; returns { doc } or { error } (the same codes as DraftEditingErrors). */
export function apply(doc, op) {
  const ps = doc.provisions;
  switch (op.type) {
    case 'insertText': {
      const i = indexOf(doc, op.provisionId);
      if (i < 0) return E('unknown-provision');
      const text = ps[i].text;
      if (op.text.length > limits.maxPasteLength) return E('paste-too-long');
      if (op.offset < 0 || op.offset > text.length) return E('out-of-range');
      if (splitsPair(text, op.offset)) return E('splits-character');
      if (text.length + op.text.length > limits.maxProvisionLength) return E('provision-too-long');
      return { doc: withProvision(doc, i, { ...ps[i], text: text.slice(0, op.offset) + op.text + text.slice(op.offset) }) };
    }
    case 'deleteText': {
      const i = indexOf(doc, op.provisionId);
      if (i < 0) return E('unknown-provision');
      const text = ps[i].text;
      const end = op.offset + op.text.length;
      if (op.offset < 0 || end > text.length) return E('out-of-range');
      if (splitsPair(text, op.offset) || splitsPair(text, end)) return E('splits-character');
      if (text.slice(op.offset, end) !== op.text) return E('text-mismatch');
      return { doc: withProvision(doc, i, { ...ps[i], text: text.slice(0, op.offset) + text.slice(end) }) };
    }
    case 'addProvision': {
      if (op.index < 0 || op.index > ps.length) return E('out-of-range');
      if (indexOf(doc, op.provision.id) >= 0) return E('duplicate-provision');
      if (ps.length >= limits.maxProvisions) return E('too-many-provisions');
      if (op.provision.text.length > limits.maxPasteLength) return E('paste-too-long');
      const provisions = ps.slice();
      provisions.splice(op.index, 0, { ...op.provision });
      return { doc: { provisions } };
    }
    case 'deleteProvision': {
      if (op.index < 0 || op.index >= ps.length) return E('out-of-range');
      if (ps[op.index].id !== op.removed.id) return E('unknown-provision');
      if (!sameProvision(ps[op.index], op.removed)) return E('text-mismatch');
      const provisions = ps.slice();
      provisions.splice(op.index, 1);
      return { doc: { provisions } };
    }
    case 'moveProvision': {
      const from = indexOf(doc, op.provisionId);
      if (from < 0) return E('unknown-provision');
      if (op.fromIndex !== from || op.toIndex < 0 || op.toIndex >= ps.length) return E('out-of-range');
      const provisions = ps.slice();
      const [moved] = provisions.splice(from, 1);
      provisions.splice(op.toIndex, 0, moved);
      return { doc: { provisions } };
    }
    case 'splitProvision': {
      const i = indexOf(doc, op.provisionId);
      if (i < 0) return E('unknown-provision');
      if (op.index !== i) return E('out-of-range');
      if (indexOf(doc, op.newProvisionId) >= 0) return E('duplicate-provision');
      if (ps.length >= limits.maxProvisions) return E('too-many-provisions');
      const p = ps[i];
      if (op.offset < 0 || op.offset > p.text.length) return E('out-of-range');
      if (splitsPair(p.text, op.offset)) return E('splits-character');
      const provisions = ps.slice();
      provisions.splice(i, 1, { ...p, text: p.text.slice(0, op.offset) }, { id: op.newProvisionId, kind: p.kind, text: p.text.slice(op.offset) });
      return { doc: { provisions } };
    }
    case 'mergeProvision': {
      const i = indexOf(doc, op.provisionId);
      const into = indexOf(doc, op.intoProvisionId);
      if (i < 0 || into < 0 || i === into) return E('unknown-provision');
      const target = ps[into];
      if (op.index !== i || op.intoLength !== target.text.length) return E('out-of-range');
      if (target.text.length + ps[i].text.length > limits.maxProvisionLength) return E('provision-too-long');
      const provisions = ps.slice();
      provisions[into] = { ...target, text: target.text + ps[i].text };
      provisions.splice(i, 1);
      return { doc: { provisions } };
    }
    case 'changeKind': {
      const i = indexOf(doc, op.provisionId);
      if (i < 0) return E('unknown-provision');
      if (ps[i].kind !== op.from) return E('text-mismatch');
      return { doc: withProvision(doc, i, { ...ps[i], kind: op.to }) };
    }
    default:
      return E('malformed');
  }
}

/** Applies a sequence; { doc } or { error }. */
export function applyAll(doc, ops) {
  for (const op of ops) {
    const r = apply(doc, op);
    if (r.error) return r;
    doc = r.doc;
  }
  return { doc };
}

/** Fills in the indexes structural operations carry (as DraftOperations.Complete). */
export function complete(doc, op) {
  switch (op.type) {
    case 'moveProvision': return op.fromIndex >= 0 ? op : { ...op, fromIndex: indexOf(doc, op.provisionId) };
    case 'splitProvision': return op.index >= 0 ? op : { ...op, index: indexOf(doc, op.provisionId) };
    case 'mergeProvision': {
      if (op.index >= 0 && op.intoLength >= 0) return op;
      const into = doc.provisions[indexOf(doc, op.intoProvisionId)];
      return { ...op, index: indexOf(doc, op.provisionId), intoLength: into ? into.text.length : -1 };
    }
    default: return op;
  }
}

/** (a′, b′) for concurrent sequences a and b, or null for a conflict. aFirst breaks ties; server operations go first. */
export function transform(a, b, aFirst) {
  let current = a;
  const bOut = [];
  for (const y of b) {
    // One b operation at a time through all of a, so long sequences (a buffer typed offline) stay linear.
    const aOut = [];
    let ys = [y];
    for (const x of current) {
      const pair = lists([x], ys, aFirst);
      if (!pair) return null;
      aOut.push(...pair[0]);
      ys = pair[1];
    }
    current = aOut;
    bOut.push(...ys);
  }
  return [current, bOut];
}

function lists(a, b, aFirst) {
  if (a.length === 0 || b.length === 0) return [a, b];
  if (a.length === 1 && b.length === 1) {
    const x = over(a[0], b[0], aFirst);
    const y = over(b[0], a[0], !aFirst);
    return x && y ? [x, y] : null;
  }
  if (a.length > 1) {
    const head = lists([a[0]], b, aFirst);
    if (!head) return null;
    const rest = lists(a.slice(1), head[1], aFirst);
    if (!rest) return null;
    return [[...head[0], ...rest[0]], rest[1]];
  }
  const first = lists(a, [b[0]], aFirst);
  if (!first) return null;
  const others = lists(first[0], b.slice(1), aFirst);
  if (!others) return null;
  return [others[0], [...first[1], ...others[1]]];
}

const afterDelete = (position, offset, length) =>
  position <= offset ? position : position >= offset + length ? position - length : offset;

const textTarget = (op) => (op.type === 'insertText' || op.type === 'deleteText' ? op.provisionId : null);

const applyText = (text, op) =>
  op.type === 'insertText'
    ? text.slice(0, op.offset) + op.text + text.slice(op.offset)
    : text.slice(0, op.offset) + text.slice(op.offset + op.text.length);

function elementOver(index, b) {
  switch (b.type) {
    case 'addProvision': return index >= b.index ? index + 1 : index;
    case 'deleteProvision': return index > b.index ? index - 1 : index;
    case 'moveProvision': {
      if (index === b.fromIndex) return b.toIndex;
      const without = index > b.fromIndex ? index - 1 : index;
      return without >= b.toIndex ? without + 1 : without;
    }
    case 'splitProvision': return index > b.index ? index + 1 : index;
    case 'mergeProvision': return index > b.index ? index - 1 : index;
    default: return index;
  }
}

function insertionOver(point, b, aFirst) {
  switch (b.type) {
    case 'addProvision': return point > b.index || (point === b.index && !aFirst) ? point + 1 : point;
    case 'deleteProvision': return point > b.index ? point - 1 : point;
    case 'moveProvision': {
      const without = point > b.fromIndex ? point - 1 : point;
      return without > b.toIndex || (without === b.toIndex && !aFirst) ? without + 1 : without;
    }
    case 'splitProvision': return point > b.index ? point + 1 : point;
    case 'mergeProvision': return point > b.index ? point - 1 : point;
    default: return point;
  }
}

function moveRemoved(a, removedIndex) {
  const point = removedIndex > a.fromIndex ? removedIndex - 1 : removedIndex;
  return { ...a, fromIndex: a.fromIndex > removedIndex ? a.fromIndex - 1 : a.fromIndex, toIndex: a.toIndex > point ? a.toIndex - 1 : a.toIndex };
}

/** One operation a rewritten to apply after a concurrent b: its pieces, or null for a conflict (OperationOver.Over). */
export function over(a, b, aFirst) {
  switch (a.type) {
    case 'insertText': {
      const same = b.provisionId === a.provisionId;
      if (b.type === 'insertText' && same)
        return [a.offset < b.offset || (a.offset === b.offset && aFirst) ? a : { ...a, offset: a.offset + b.text.length }];
      if (b.type === 'deleteText' && same) return [{ ...a, offset: afterDelete(a.offset, b.offset, b.text.length) }];
      if (b.type === 'deleteProvision' && b.removed.id === a.provisionId) return [];
      if (b.type === 'splitProvision' && same)
        return [a.offset <= b.offset ? a : { type: 'insertText', provisionId: b.newProvisionId, offset: a.offset - b.offset, text: a.text }];
      if (b.type === 'mergeProvision' && same)
        return [{ type: 'insertText', provisionId: b.intoProvisionId, offset: a.offset + b.intoLength, text: a.text }];
      return [a];
    }
    case 'deleteText': {
      const start = a.offset;
      const end = a.offset + a.text.length;
      const same = b.provisionId === a.provisionId;
      if (b.type === 'insertText' && same) {
        if (b.offset <= start) return [{ ...a, offset: start + b.text.length }];
        if (b.offset >= end) return [a];
        const cut = b.offset - start;
        return [{ ...a, text: a.text.slice(0, cut) }, { type: 'deleteText', provisionId: a.provisionId, offset: start + b.text.length, text: a.text.slice(cut) }];
      }
      if (b.type === 'deleteText' && same) {
        const otherEnd = b.offset + b.text.length;
        if (otherEnd <= start) return [{ ...a, offset: start - b.text.length }];
        if (b.offset >= end) return [a];
        const before = b.offset > start ? a.text.slice(0, b.offset - start) : '';
        const after = otherEnd < end ? a.text.slice(otherEnd - start) : '';
        const left = before + after;
        return left.length === 0 ? [] : [{ type: 'deleteText', provisionId: a.provisionId, offset: Math.min(start, b.offset), text: left }];
      }
      if (b.type === 'deleteProvision' && b.removed.id === a.provisionId) return [];
      if (b.type === 'splitProvision' && same) {
        if (end <= b.offset) return [a];
        if (start >= b.offset) return [{ type: 'deleteText', provisionId: b.newProvisionId, offset: start - b.offset, text: a.text }];
        const inHead = b.offset - start;
        return [{ ...a, text: a.text.slice(0, inHead) }, { type: 'deleteText', provisionId: b.newProvisionId, offset: 0, text: a.text.slice(inHead) }];
      }
      if (b.type === 'mergeProvision' && same)
        return [{ type: 'deleteText', provisionId: b.intoProvisionId, offset: start + b.intoLength, text: a.text }];
      return [a];
    }
    case 'addProvision':
      return [{ ...a, index: insertionOver(a.index, b, aFirst) }];
    case 'deleteProvision': {
      const removed = a.removed;
      if (textTarget(b) === removed.id) return [{ ...a, removed: { ...removed, text: applyText(removed.text, b) } }];
      if (b.type === 'changeKind' && b.provisionId === removed.id) return [{ ...a, removed: { ...removed, kind: b.to } }];
      if (b.type === 'deleteProvision' && b.removed.id === removed.id) return [];
      if (b.type === 'moveProvision' && b.provisionId === removed.id) return [{ ...a, index: b.toIndex }];
      if (b.type === 'splitProvision' && b.provisionId === removed.id)
        return [
          { ...a, removed: { ...removed, text: removed.text.slice(0, b.offset) } },
          { type: 'deleteProvision', index: a.index, removed: { id: b.newProvisionId, kind: removed.kind, text: removed.text.slice(b.offset) } },
        ];
      if (b.type === 'mergeProvision' && b.provisionId === removed.id)
        return removed.text.length === 0 ? [] : [{ type: 'deleteText', provisionId: b.intoProvisionId, offset: b.intoLength, text: removed.text }];
      if (b.type === 'mergeProvision' && b.intoProvisionId === removed.id) return null;
      return [{ ...a, index: elementOver(a.index, b) }];
    }
    case 'moveProvision': {
      const from = a.fromIndex;
      switch (b.type) {
        case 'addProvision': {
          const point = b.index > from ? b.index - 1 : b.index;
          const to = a.toIndex > point || (a.toIndex === point && !aFirst) ? a.toIndex + 1 : a.toIndex;
          return [{ ...a, fromIndex: from >= b.index ? from + 1 : from, toIndex: to }];
        }
        case 'deleteProvision':
          return b.removed.id === a.provisionId ? [] : [moveRemoved(a, b.index)];
        case 'moveProvision':
          if (b.provisionId === a.provisionId) return aFirst ? [{ ...a, fromIndex: b.toIndex }] : [];
          return null;
        case 'splitProvision': {
          if (b.provisionId === a.provisionId) return null;
          const inserted = b.index + 1;
          const point = inserted > from ? inserted - 1 : inserted;
          return [{ ...a, fromIndex: from >= inserted ? from + 1 : from, toIndex: a.toIndex >= point ? a.toIndex + 1 : a.toIndex }];
        }
        case 'mergeProvision':
          return b.provisionId === a.provisionId ? [] : [moveRemoved(a, b.index)];
        default:
          return [a];
      }
    }
    case 'splitProvision': {
      const same = b.provisionId === a.provisionId;
      if (b.type === 'insertText' && same) return [b.offset <= a.offset ? { ...a, offset: a.offset + b.text.length } : a];
      if (b.type === 'deleteText' && same) return [{ ...a, offset: afterDelete(a.offset, b.offset, b.text.length) }];
      if (b.type === 'deleteProvision' && b.removed.id === a.provisionId) return [];
      if (b.type === 'moveProvision' && same) return null;
      if (b.type === 'splitProvision' && same)
        return a.offset < b.offset || (a.offset === b.offset && aFirst)
          ? [a]
          : [{ type: 'splitProvision', provisionId: b.newProvisionId, offset: a.offset - b.offset, newProvisionId: a.newProvisionId, index: a.index + 1 }];
      if (b.type === 'mergeProvision' && (b.provisionId === a.provisionId || b.intoProvisionId === a.provisionId)) return null;
      return [{ ...a, index: elementOver(a.index, b) }];
    }
    case 'mergeProvision': {
      if (b.type === 'insertText' && b.provisionId === a.intoProvisionId) return [{ ...a, intoLength: a.intoLength + b.text.length }];
      if (b.type === 'deleteText' && b.provisionId === a.intoProvisionId) return [{ ...a, intoLength: a.intoLength - b.text.length }];
      if (b.type === 'deleteProvision' && b.removed.id === a.provisionId) return [];
      if (b.type === 'deleteProvision' && b.removed.id === a.intoProvisionId) return null;
      if (b.type === 'splitProvision' && (b.provisionId === a.provisionId || b.provisionId === a.intoProvisionId)) return null;
      if (b.type === 'mergeProvision') {
        if (b.provisionId === a.provisionId && b.intoProvisionId === a.intoProvisionId) return [];
        if (b.provisionId === a.provisionId || b.intoProvisionId === a.provisionId || b.provisionId === a.intoProvisionId) return null;
      }
      return [{ ...a, index: elementOver(a.index, b) }];
    }
    case 'changeKind': {
      if (b.type === 'deleteProvision' && b.removed.id === a.provisionId) return [];
      if (b.type === 'mergeProvision' && b.provisionId === a.provisionId) return [];
      if (b.type === 'changeKind' && b.provisionId === a.provisionId) return aFirst ? [{ ...a, from: b.to }] : [];
      if (b.type === 'splitProvision' && b.provisionId === a.provisionId) return [a, { ...a, provisionId: b.newProvisionId }];
      return [a];
    }
    default:
      throw new Error(`Unknown operation ${a.type}`);
  }
}

/** The operations that undo op on the document it was applied to (DraftInverse.Invert). */
export function invert(before, op) {
  switch (op.type) {
    case 'insertText': return [{ type: 'deleteText', provisionId: op.provisionId, offset: op.offset, text: op.text }];
    case 'deleteText': return [{ type: 'insertText', provisionId: op.provisionId, offset: op.offset, text: op.text }];
    case 'addProvision': return [{ type: 'deleteProvision', index: op.index, removed: op.provision }];
    case 'deleteProvision': return [{ type: 'addProvision', index: op.index, provision: op.removed }];
    case 'moveProvision': return [{ type: 'moveProvision', provisionId: op.provisionId, toIndex: op.fromIndex, fromIndex: op.toIndex }];
    case 'splitProvision':
      return [{ type: 'mergeProvision', provisionId: op.newProvisionId, intoProvisionId: op.provisionId, index: op.index + 1, intoLength: op.offset }];
    case 'mergeProvision': {
      const merged = before.provisions[indexOf(before, op.provisionId)];
      const targetIndex = indexOf(before, op.intoProvisionId);
      const target = before.provisions[targetIndex];
      const targetIndexAfter = op.index < targetIndex ? targetIndex - 1 : targetIndex;
      const undo = [{ type: 'splitProvision', provisionId: op.intoProvisionId, offset: op.intoLength, newProvisionId: op.provisionId, index: targetIndexAfter }];
      if (merged.kind !== target.kind) undo.push({ type: 'changeKind', provisionId: op.provisionId, from: target.kind, to: merged.kind });
      if (targetIndexAfter + 1 !== op.index)
        undo.push({ type: 'moveProvision', provisionId: op.provisionId, toIndex: op.index, fromIndex: targetIndexAfter + 1 });
      return undo;
    }
    case 'changeKind': return [{ type: 'changeKind', provisionId: op.provisionId, from: op.to, to: op.from }];
    default: throw new Error(`Unknown operation ${op.type}`);
  }
}

/** Undoes a sequence applied to before: inverses in reverse order. */
export function invertAll(before, ops) {
  const inverses = [];
  let doc = before;
  for (const op of ops) {
    inverses.push(invert(doc, op));
    doc = apply(doc, op).doc;
  }
  return inverses.reverse().flat();
}
