// DOM binding of the live draft editor. The Blazor component (DraftEditor.razor) owns access checks and the server
// session; this module owns the text on screen: it turns keystrokes into operations, runs the client state machine,
// keeps unacknowledged edits in sessionStorage (so a reload resends them; the server's idempotency makes that safe),
// draws remote cursors and lights "saved" only after acknowledgement. While the circuit's connection is down
// (js/shell/connection.js) it says "offline" and keeps typing local; when the same circuit is back it resends, and
// when a new page replaces a lost circuit, open() resends what sessionStorage kept.
// Structure: the toolbar (data-structure) changes the kind of the provision with the caret and moves it;
// Alt+Shift+Up/Down and dragging a provision's number move it.
// Input methods compose in the page untouched; the composed text becomes one insertion when composition ends.
import { applyAll, complete, invertAll, transform, limits } from './ot.mjs';
import { DraftClient } from './client.mjs';

const editors = new Map();

export async function start(host, dotnet, draftId, options) {
  const editor = new Editor(host, dotnet, draftId, options);
  editors.set(host, editor);
  await editor.open();
  return editor.clientId;
}

export function receive(host, changesJson) { editors.get(host)?.receive(JSON.parse(changesJson)); }
export function labels(host, labelsById) { editors.get(host)?.setLabels(labelsById); }
export function presence(host, people) { editors.get(host)?.setPresence(people); }
export function stop(host) { editors.get(host)?.stop(); editors.delete(host); }
export function state(host) { const e = editors.get(host); return e ? { state: e.client.state, revision: e.client.revision } : null; }

class Editor {
  constructor(host, dotnet, draftId, options) {
    this.host = host;
    this.dotnet = dotnet;
    this.draftId = draftId;
    this.options = options;
    this.readOnly = options.readOnly;
    this.labels = {};
    this.people = [];
    this.undo = [];
    this.redo = [];
    this.offline = false;
    this.disconnected = window.portalConnection?.online === false;
    // Bumped when the connection goes: answers to calls made before are never coming, or come too late to trust.
    this.epoch = 0;
    this.sending = false;
    const key = `drafting:${draftId}:client`;
    this.clientId = sessionStorage.getItem(key) ?? crypto.randomUUID();
    sessionStorage.setItem(key, this.clientId);
    this.pendingKey = `drafting:${draftId}:${this.clientId}:pending`;
    this.status = host.querySelector('[data-save-state]');
    this.body = host.querySelector('[data-provisions]');
    this.body.addEventListener('beforeinput', (e) => this.onBeforeInput(e));
    this.body.addEventListener('keydown', (e) => this.onKeyDown(e));
    this.body.addEventListener('compositionstart', () => this.onCompositionStart());
    this.body.addEventListener('compositionend', (e) => this.onCompositionEnd(e));
    this.body.addEventListener('dragstart', (e) => this.onDragStart(e));
    this.body.addEventListener('dragover', (e) => this.onDragOver(e));
    this.body.addEventListener('drop', (e) => this.onDrop(e));
    this.body.addEventListener('dragend', () => this.endDrag());
    this.current = null;
    this.buildTools();
    this.onSelection = () => { this.reportCursor(); this.trackCurrent(); };
    document.addEventListener('selectionchange', this.onSelection);
    this.onConnection = (e) => this.connection(e.detail.online);
    document.addEventListener('portal:connection', this.onConnection);
    this.timer = setInterval(() => this.tick(), 3000);
  }

  async open() {
    const stored = JSON.parse(sessionStorage.getItem(this.pendingKey) ?? 'null');
    const from = stored?.awaiting ? stored.awaiting.baseRevision : null;
    const opened = await this.dotnet.invokeMethodAsync('Open', from);
    const doc = JSON.parse(opened.document);
    this.client = new DraftClient(this.clientId, this.options.authorId, doc, opened.revision, stored?.nextSequence ?? 1);
    if (stored?.awaiting) {
      // Edits typed before a reload or a lost connection: show them again and resend exactly what was sent.
      const all = opened.revision === from ? applyAll(doc, [...stored.awaiting.operations, ...stored.buffer]) : null;
      if (all && !all.error) {
        this.client.doc = all.doc;
        this.client.awaiting = stored.awaiting;
        this.client.awaitingNow = stored.awaiting.operations;
        this.client.buffer = stored.buffer;
      } else {
        // Never silently: the text moved on too far (or changed under them) for these edits to be merged.
        this.notify(this.options.text['drafting.edit.too-far-behind']);
      }
    }
    this.render();
    this.save();
    await this.flush();
    await this.catchUp();
  }

  stop() {
    clearInterval(this.timer);
    document.removeEventListener('selectionchange', this.onSelection);
    document.removeEventListener('portal:connection', this.onConnection);
  }

  /** The circuit's connection went or came back. What is awaiting stays awaiting (and in sessionStorage) until acknowledged. */
  async connection(online) {
    this.disconnected = !online;
    if (!online) {
      this.epoch++;
      this.sending = false;
      this.showState();
      return;
    }
    this.showState();
    if (!this.client) return; // still opening: open() sends what is pending
    await this.flush();
    await this.catchUp();
  }

  // ---- local edits --------------------------------------------------------------------------------------------
  onKeyDown(e) {
    if (e.isComposing) return;
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') { e.preventDefault(); e.shiftKey ? this.redoLast() : this.undoLast(); }
    else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'y') { e.preventDefault(); this.redoLast(); }
    else if (e.altKey && e.shiftKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      const caret = this.caret();
      if (caret && this.move(caret.id, e.key === 'ArrowUp' ? -1 : 1)) this.restore({ id: caret.id, offset: caret.start });
    }
  }

  // An input method writes into the page while composing (the browser will not let those events be cancelled); the
  // provision being composed in is left alone by render() until the composition ends, then the text is one insertion.
  onCompositionStart() {
    const caret = this.caret();
    if (caret && !this.readOnly) this.composing = { ...caret, selected: this.client.doc.provisions.find((x) => x.id === caret.id)?.text.slice(caret.start, caret.end) ?? '' };
  }

  onCompositionEnd(e) {
    const c = this.composing;
    this.composing = null;
    if (!c) return;
    const p = this.client.doc.provisions.find((x) => x.id === c.id);
    if (!p) { this.render(); return; }
    const text = (e.data ?? '').replace(/\r?\n/g, ' ');
    const ops = [];
    if (c.selected && p.text.slice(c.start, c.start + c.selected.length) === c.selected) ops.push({ type: 'deleteText', provisionId: p.id, offset: c.start, text: c.selected });
    if (text) ops.push({ type: 'insertText', provisionId: p.id, offset: c.start, text });
    // The page shows the composed text already; the model catches up, and render() puts the two in agreement.
    if (ops.length === 0 || this.local(ops, true) === null) { this.render(); return; }
    this.restore({ id: p.id, offset: c.start + text.length });
    this.dotnet.invokeMethodAsync('Typing').catch(() => {});
  }

  onBeforeInput(e) {
    if (e.isComposing || e.inputType === 'insertCompositionText' || e.inputType === 'deleteCompositionText') return;
    const caret = this.caret();
    if (!caret) return;
    e.preventDefault();
    if (this.readOnly) return;
    const p = this.client.doc.provisions.find((x) => x.id === caret.id);
    if (!p) return;
    const ops = [];
    const selected = p.text.slice(caret.start, caret.end);
    const deleteSelection = () => { if (selected) ops.push({ type: 'deleteText', provisionId: p.id, offset: caret.start, text: selected }); };
    let next = caret.start;
    switch (e.inputType) {
      case 'insertText':
      case 'insertReplacementText':
      case 'insertFromPaste':
      case 'insertFromDrop': {
        const text = (e.data ?? e.dataTransfer?.getData('text/plain') ?? '').replace(/\r?\n/g, ' ');
        if (text.length > limits.maxPasteLength) { this.notify(this.options.text.pasteTooLong); return; }
        deleteSelection();
        if (text) ops.push({ type: 'insertText', provisionId: p.id, offset: caret.start, text });
        next = caret.start + text.length;
        break;
      }
      case 'insertParagraph':
      case 'insertLineBreak':
        deleteSelection();
        ops.push({ type: 'splitProvision', provisionId: p.id, offset: caret.start, newProvisionId: crypto.randomUUID(), index: -1 });
        break;
      case 'deleteContentBackward':
      case 'deleteContentForward':
      case 'deleteWordBackward':
      case 'deleteWordForward':
      case 'deleteByCut': {
        if (selected) { deleteSelection(); break; }
        const back = e.inputType.endsWith('Backward');
        if (back && caret.start === 0) {
          const index = this.client.doc.provisions.indexOf(p);
          if (index > 0) {
            const into = this.client.doc.provisions[index - 1];
            ops.push({ type: 'mergeProvision', provisionId: p.id, intoProvisionId: into.id, index: -1, intoLength: -1 });
            next = { id: into.id, offset: into.text.length };
          }
          break;
        }
        const [s, t] = back ? [step(p.text, caret.start, -1), caret.start] : [caret.start, step(p.text, caret.start, 1)];
        if (s === t) break;
        ops.push({ type: 'deleteText', provisionId: p.id, offset: s, text: p.text.slice(s, t) });
        next = s;
        break;
      }
      case 'historyUndo': this.undoLast(); return;
      case 'historyRedo': this.redoLast(); return;
      default: return;
    }
    if (ops.length === 0) return;
    const after = this.local(ops, true);
    if (after === null) return;
    if (typeof next === 'object') this.restore(next);
    else if (ops.some((o) => o.type === 'splitProvision')) this.restore({ id: ops[ops.length - 1].newProvisionId, offset: 0 });
    else this.restore({ id: p.id, offset: next });
    if (!this.disconnected) this.dotnet.invokeMethodAsync('Typing').catch(() => {});
  }

  /** Completes, applies and queues local operations; records their inverse for undo. */
  local(ops, recordUndo) {
    let doc = this.client.doc;
    const completed = [];
    for (const op of ops) {
      const c = complete(doc, op);
      const r = applyAll(doc, [c]);
      if (r.error) { this.notify(this.options.text[r.error] ?? r.error); return null; }
      completed.push(c);
      doc = r.doc;
    }
    const before = this.client.doc;
    const sent = this.client.edit(completed);
    if (sent?.error) return null;
    if (recordUndo) { this.undo.push(invertAll(before, completed)); this.redo = []; if (this.undo.length > 500) this.undo.shift(); }
    this.render();
    this.save();
    if (sent) this.flush();
    return completed;
  }

  // ---- structure ----------------------------------------------------------------------------------------------
  /** Moves a provision one place up (-1) or down (1); false when it cannot go further. */
  move(id, direction) {
    const from = this.client.doc.provisions.findIndex((x) => x.id === id);
    const to = from + direction;
    if (from < 0 || to < 0 || to >= this.client.doc.provisions.length || this.readOnly) return false;
    return this.local([{ type: 'moveProvision', provisionId: id, toIndex: to, fromIndex: -1 }], true) !== null;
  }

  changeKind(id, kind) {
    const p = this.client.doc.provisions.find((x) => x.id === id);
    if (!p || p.kind === kind || this.readOnly) return;
    this.local([{ type: 'changeKind', provisionId: id, from: p.kind, to: kind }], true);
  }

  buildTools() {
    const box = this.host.querySelector('[data-structure]');
    const t = this.options.structure;
    if (!box || !t || (this.readOnly && !this.options.canComment)) return;
    const comment = document.createElement('button');
    comment.type = 'button';
    comment.textContent = t.comment;
    comment.dataset.structureComment = '';
    comment.addEventListener('click', () => this.commentOnSelection());
    this.tools = { comment };
    if (this.readOnly) { box.replaceChildren(comment); this.updateTools(); return; }
    box.setAttribute('role', 'toolbar');
    box.setAttribute('aria-label', t.toolbar);
    const label = document.createElement('label');
    label.className = 'draft-structure-kind';
    const select = document.createElement('select');
    select.dataset.structureKind = '';
    for (const k of t.kinds) {
      const option = document.createElement('option');
      option.value = k.value;
      option.textContent = k.name;
      select.append(option);
    }
    label.append(t.kind, select);
    const button = (text, direction) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = text;
      b.dataset.structureMove = String(direction);
      b.addEventListener('click', () => { if (this.current) this.move(this.current, direction); });
      return b;
    };
    const up = button(t.moveUp, -1);
    const down = button(t.moveDown, 1);
    select.addEventListener('change', () => { if (this.current) this.changeKind(this.current, select.value); });
    box.replaceChildren(label, up, down, ...(this.options.canComment ? [comment] : []));
    this.tools = { select, up, down, comment };
    this.updateTools();
  }

  /** The toolbar acts on the provision that last had the caret; focus moving onto the toolbar keeps it. */
  trackCurrent() {
    const caret = this.caret();
    if (!caret) return;
    this.selection = caret;
    if (caret.id !== this.current) this.current = caret.id;
    this.updateTools();
  }

  /** Opens the comment form (DraftEditor.razor) on the words last selected in a provision. */
  commentOnSelection() {
    const s = this.selection;
    const p = s && this.client.doc.provisions.find((x) => x.id === s.id);
    if (!p || s.end <= s.start) { this.notify(this.options.structure.selectFirst); return; }
    this.notify('');
    this.dotnet.invokeMethodAsync('BeginComment', p.id, s.start, p.text.slice(s.start, s.end)).catch(() => {});
  }

  updateTools() {
    if (!this.tools?.select || !this.client) return;
    const ps = this.client.doc.provisions;
    const i = ps.findIndex((x) => x.id === this.current);
    if (i < 0) this.current = null;
    this.tools.select.disabled = i < 0;
    if (i >= 0) this.tools.select.value = ps[i].kind;
    this.tools.up.disabled = i <= 0;
    this.tools.down.disabled = i < 0 || i >= ps.length - 1;
  }

  onDragStart(e) {
    const label = e.target.closest?.('.draft-label');
    if (!label || this.readOnly) return;
    this.dragging = label.parentElement.dataset.id;
    e.dataTransfer.setData('application/x-draft-provision', this.dragging);
    e.dataTransfer.effectAllowed = 'move';
  }

  /** Where a dragged provision would land: before or after the provision under the pointer. */
  dropTarget(e) {
    const el = e.target.closest?.('.draft-provision');
    if (!el || !this.dragging || el.dataset.id === this.dragging) return null;
    const box = el.getBoundingClientRect();
    return { el, after: e.clientY > box.top + box.height / 2 };
  }

  onDragOver(e) {
    if (!this.dragging) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    this.markDrop(this.dropTarget(e));
  }

  onDrop(e) {
    if (!this.dragging) return;
    e.preventDefault();
    const target = this.dropTarget(e);
    const id = this.dragging;
    this.endDrag();
    if (!target) return;
    const ps = this.client.doc.provisions;
    const from = ps.findIndex((x) => x.id === id);
    let to = ps.findIndex((x) => x.id === target.el.dataset.id) + (target.after ? 1 : 0);
    if (to > from) to -= 1;
    if (from >= 0 && to !== from) this.local([{ type: 'moveProvision', provisionId: id, toIndex: to, fromIndex: -1 }], true);
  }

  markDrop(target) {
    for (const el of this.body.querySelectorAll('.draft-drop-before, .draft-drop-after')) el.classList.remove('draft-drop-before', 'draft-drop-after');
    target?.el.classList.add(target.after ? 'draft-drop-after' : 'draft-drop-before');
  }

  endDrag() { this.dragging = null; this.markDrop(null); }

  undoLast() { this.replay(this.undo, this.redo); }
  redoLast() { this.replay(this.redo, this.undo); }

  replay(from, to) {
    const ops = from.pop();
    if (!ops) return;
    const before = this.client.doc;
    const done = this.local(ops, false);
    if (done) to.push(invertAll(before, done));
  }

  // ---- the network ----------------------------------------------------------------------------------------------
  async flush() {
    if (this.sending || this.disconnected || !this.client.awaiting) return;
    this.sending = true;
    const epoch = this.epoch;
    const s = this.client.awaiting;
    try {
      const answer = await this.dotnet.invokeMethodAsync('Submit', this.clientId, s.sequence, s.baseRevision, JSON.stringify(s.operations));
      if (epoch !== this.epoch) return; // resent since, under the same sequence number
      this.setOffline(false);
      if (!answer.accepted) {
        this.notify(answer.message);
        await this.resync();
        return;
      }
      if (this.client.awaiting === s && this.client.revision < answer.revision) await this.catchUp();
    } catch {
      if (epoch === this.epoch) this.setOffline(true);
    } finally {
      if (epoch === this.epoch) this.sending = false;
      this.showState();
    }
    // The acknowledgement (pushed, or fetched by catchUp above) may have arrived while this call was in flight and
    // moved the buffer into a new submission; its own flush() returned at once because one was sending, so send it now.
    if (epoch === this.epoch && !this.offline && this.client.awaiting && this.client.awaiting !== s) await this.flush();
  }

  receive(changes) {
    for (const change of changes) {
      if (change.revision <= this.client.revision) continue;
      if (change.revision !== this.client.revision + 1) { this.catchUp(); return; }
      const caret = this.caret();
      const next = this.client.receive(change);
      if (this.client.needsResync) { this.resync(); return; }
      // The caret lives in the local text, which holds this editor's unacknowledged edits: it moves by the remote
      // operations as transformed past them, not as the server sent them. Mapped by the server's offsets, a remote
      // insertion at the same spot counted as "before the caret" and the next keystroke landed after it: runs interleaved.
      const applied = this.client.lastRemote ?? [];
      if (this.client.lastRemote) { this.transformUndo(this.client.lastRemote); this.client.lastRemote = null; }
      if (this.composing && change.clientId !== this.clientId) {
        const mapped = mapCaret({ id: this.composing.id, start: this.composing.start }, applied);
        this.composing = { ...this.composing, id: mapped.id, start: mapped.offset };
      }
      this.render();
      if (caret && !this.composing && change.clientId !== this.clientId) this.restore(mapCaret(caret, applied));
      if (next) this.flush();
    }
    this.save();
    this.showState();
  }

  transformUndo(remote) {
    for (const stack of [this.undo, this.redo]) {
      let r = remote;
      for (let i = stack.length - 1; i >= 0; i--) {
        const pair = transform(stack[i], r, false);
        if (!pair) { stack.splice(0, i + 1); break; }
        [stack[i], r] = pair;
      }
    }
  }

  async catchUp() {
    if (this.disconnected) return;
    const epoch = this.epoch;
    try {
      const json = await this.dotnet.invokeMethodAsync('CatchUp', this.client.revision);
      if (epoch !== this.epoch) return;
      this.setOffline(false);
      if (json === null) { await this.resync(); return; }
      this.receive(JSON.parse(json));
    } catch {
      if (epoch === this.epoch) this.setOffline(true);
    }
  }

  async resync() {
    if (this.disconnected) return;
    const opened = await this.dotnet.invokeMethodAsync('Open', null);
    this.client.resync(JSON.parse(opened.document), opened.revision);
    this.undo = [];
    this.redo = [];
    this.render();
    this.save();
  }

  async tick() {
    if (this.disconnected) return;
    if (this.client?.awaiting) await this.flush();
    await this.catchUp();
  }

  save() {
    const p = this.client.pending();
    if (p.awaiting) sessionStorage.setItem(this.pendingKey, JSON.stringify(p));
    else sessionStorage.setItem(this.pendingKey, JSON.stringify({ awaiting: null, buffer: [], nextSequence: p.nextSequence }));
    this.showState();
  }

  setOffline(offline) { this.offline = offline; this.showState(); }

  showState() {
    const state = this.offline || this.disconnected ? 'offline' : this.client?.state === 'synchronised' ? 'saved' : 'saving';
    if (this.status) {
      this.status.dataset.saveState = state;
      this.status.textContent = this.options.text[state];
    }
    this.host.dataset.revision = this.client?.revision ?? 0;
  }

  notify(message) {
    const box = this.host.querySelector('[data-editor-message]');
    if (box) { box.textContent = message ?? ''; box.hidden = !message; }
  }

  // ---- rendering ------------------------------------------------------------------------------------------------
  setLabels(labels) { this.labels = labels ?? {}; this.render(); }

  setPresence(people) { this.people = people ?? []; this.drawCursors(); }

  render() {
    const doc = this.client.doc;
    const existing = new Map([...this.body.children].map((el) => [el.dataset.id, el]));
    doc.provisions.forEach((p, i) => {
      let el = existing.get(p.id);
      if (!el) {
        el = document.createElement('div');
        el.className = 'draft-provision';
        el.dataset.id = p.id;
        el.innerHTML = '<span class="draft-label" contenteditable="false"></span><div class="draft-text"></div>';
        if (!this.readOnly) {
          el.firstChild.draggable = true;
          el.firstChild.title = this.options.structure?.drag ?? '';
        }
        const text = el.lastChild;
        text.contentEditable = this.readOnly ? 'false' : 'true';
        text.dataset.id = p.id;
        text.setAttribute('role', 'textbox');
        text.setAttribute('aria-multiline', 'false');
      }
      existing.delete(p.id);
      el.dataset.kind = p.kind;
      const label = this.labels[p.id] ?? '';
      if (el.firstChild.textContent !== label) el.firstChild.textContent = label;
      const text = el.lastChild;
      text.setAttribute('aria-label', label || this.kindName(p.kind));
      if (text.textContent !== p.text && this.composing?.id !== p.id) text.textContent = p.text;
      if (this.body.children[i] !== el) this.body.insertBefore(el, this.body.children[i] ?? null);
    });
    for (const el of existing.values()) el.remove();
    this.drawCursors();
    this.updateTools();
  }

  kindName(kind) { return this.options.structure?.kinds.find((k) => k.value === kind)?.name ?? kind; }

  caret() {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0) return null;
    const range = sel.getRangeAt(0);
    const box = (range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement)?.closest('.draft-text');
    if (!box || !this.body.contains(box)) return null;
    const offset = (node, off) => (node === box ? (off === 0 ? 0 : box.textContent.length) : off);
    const a = offset(range.startContainer, range.startOffset);
    const b = range.startContainer === range.endContainer || box.contains(range.endContainer) ? offset(range.endContainer, range.endOffset) : a;
    return { id: box.dataset.id, start: Math.min(a, b), end: Math.max(a, b) };
  }

  restore(caret) {
    const box = this.body.querySelector(`.draft-text[data-id="${caret.id}"]`);
    if (!box) return;
    box.focus();
    const node = box.firstChild ?? box;
    const offset = Math.min(caret.offset ?? caret.start ?? 0, node.nodeType === 3 ? node.length : 0);
    const range = document.createRange();
    range.setStart(node, offset);
    range.collapse(true);
    const sel = document.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }

  reportCursor() {
    const caret = this.caret();
    if (!caret) return;
    const key = `${caret.id}:${caret.start}:${caret.end}`;
    if (key === this.lastCursor) return;
    this.lastCursor = key;
    if (!this.disconnected) this.dotnet.invokeMethodAsync('Cursor', key).catch(() => {});
  }

  drawCursors() {
    const layer = this.host.querySelector('[data-cursors]');
    if (!layer) return;
    layer.replaceChildren();
    const origin = layer.getBoundingClientRect();
    for (const person of this.people) {
      const [id, s, e] = (person.location ?? '').split(':');
      const box = this.body.querySelector(`.draft-text[data-id="${id}"]`);
      const node = box?.firstChild;
      if (!box) continue;
      const len = node?.nodeType === 3 ? node.length : 0;
      const start = Math.min(Number(s) || 0, len);
      const end = Math.min(Number(e) || start, len);
      const range = document.createRange();
      if (node?.nodeType === 3) { range.setStart(node, start); range.setEnd(node, end); } else range.selectNodeContents(box);
      const rects = [...range.getClientRects()];
      const caretRect = rects[rects.length - 1] ?? box.getBoundingClientRect();
      if (end > start) for (const r of rects) layer.append(mark('draft-remote-selection', r, origin, person.colour));
      const caretEl = mark('draft-remote-caret', { left: end > start ? caretRect.right : caretRect.left, top: caretRect.top, width: 2, height: caretRect.height || 18 }, origin, person.colour);
      const flag = document.createElement('span');
      flag.className = 'draft-remote-name';
      flag.textContent = person.name;
      flag.style.background = person.colour;
      caretEl.append(flag);
      caretEl.dataset.person = person.name;
      layer.append(caretEl);
    }
  }
}

function mark(cls, r, origin, colour) {
  const el = document.createElement('div');
  el.className = cls;
  Object.assign(el.style, { left: `${r.left - origin.left}px`, top: `${r.top - origin.top}px`, width: `${r.width}px`, height: `${r.height}px` });
  el.style.setProperty('--person-colour', colour);
  return el;
}

/** One character step that never splits a surrogate pair. */
function step(text, offset, direction) {
  if (direction < 0) {
    if (offset <= 0) return 0;
    const c = text.charCodeAt(offset - 1);
    return c >= 0xdc00 && c <= 0xdfff && offset >= 2 ? offset - 2 : offset - 1;
  }
  if (offset >= text.length) return text.length;
  const c = text.charCodeAt(offset);
  return c >= 0xd800 && c <= 0xdbff && offset + 1 < text.length ? offset + 2 : offset + 1;
}

/** The local caret moved through remote operations (remote text typed before it pushes it on). */
function mapCaret(caret, ops) {
  let { id, start: offset } = caret;
  for (const op of ops) {
    if (op.type === 'insertText' && op.provisionId === id && op.offset < offset) offset += op.text.length;
    else if (op.type === 'deleteText' && op.provisionId === id && op.offset < offset) offset = Math.max(op.offset, offset - op.text.length);
    else if (op.type === 'splitProvision' && op.provisionId === id && op.offset < offset) { id = op.newProvisionId; offset -= op.offset; }
    else if (op.type === 'mergeProvision' && op.provisionId === id) { id = op.intoProvisionId; offset += op.intoLength; }
  }
  return { id, offset };
}
