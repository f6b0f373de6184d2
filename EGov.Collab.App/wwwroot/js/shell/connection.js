// The portal's answer to a lost circuit connection, in place of Blazor's modal reconnect dialog (which made the page
// inert: keystrokes typed into the draft editor under it were dropped). A status line (Shell/ConnectionStatus.razor)
// that takes no focus says the connection is being restored; the page stays usable. It retries by itself, forever:
// - the same circuit back (a network blip): Blazor carries on, and modules hear `portal:connection` online;
// - the server answers but no longer knows the circuit (it was restarted, or the circuit expired): the page is
//   reloaded, which is a new circuit. The draft editor keeps its unacknowledged edits in sessionStorage and resends
//   them from there; the server recognises a resend by client id and sequence number and applies it once.
// Resuming the old circuit's persisted state (Blazor.resumeCircuit) is deliberately not tried: it would run the
// editors' first render again over a page whose editors are still live.
// Modules follow the state through `document` events `portal:connection` ({ detail: { online } }) and
// `window.portalConnection.online`.
(() => {
  const retryDelays = [0, 250, 500, 1000, 1000, 2000];
  let down = false;
  let attempts = 0;
  let timer = null;

  window.portalConnection = { online: true };

  function announce(online) {
    window.portalConnection = { online };
    const status = document.getElementById('portal-connection');
    if (status) status.hidden = online;
    document.dispatchEvent(new CustomEvent('portal:connection', { detail: { online } }));
  }

  function scheduleAttempt() {
    clearTimeout(timer);
    // Spread out, so the tabs of a restarted server do not all knock at the same instant.
    const delay = retryDelays[Math.min(attempts, retryDelays.length - 1)] * (0.75 + Math.random() / 2);
    timer = setTimeout(attempt, delay);
    attempts++;
  }

  async function attempt() {
    timer = null;
    if (!down) return;
    try {
      // true: the same circuit again (Blazor has called onConnectionUp); false: reachable, but the circuit is gone.
      if (await Blazor.reconnect()) return;
      location.reload();
    } catch {
      scheduleAttempt(); // not reachable yet
    }
  }

  const reconnectionHandler = {
    onConnectionDown() {
      if (down) return;
      down = true;
      attempts = 0;
      announce(false);
      scheduleAttempt();
    },
    onConnectionUp() {
      if (!down) return;
      down = false;
      clearTimeout(timer);
      timer = null;
      announce(true);
    },
  };

  Blazor.start({ circuit: { reconnectionHandler } });
})();
