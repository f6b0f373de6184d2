// Fetches the scripts that start the circuit (MudBlazor's, Blazor's and js/shell/connection.js) only once the
// stylesheets are in. Fetched with the stylesheets they took half the bandwidth of a slow line away from the first
// paint, which needs only the server-rendered page and its styles. A deferred script runs after the stylesheets
// have loaded, so this is that moment; the scripts keep their order (async = false) and their attributes.
(() => {
  const boot = document.currentScript;
  for (const src of boot.dataset.scripts.split(' ')) {
    const script = document.createElement('script');
    script.src = src;
    script.async = false;
    if (src === boot.dataset.blazor) script.setAttribute('autostart', 'false');
    document.body.appendChild(script);
  }
})();
