// Keyboard pieces of the shell that must work on the server-rendered account pages as well as in the circuit.
(() => {
    // Shell/FocusHeadingOnNavigate.cs: the new page's heading takes focus (programmatically only, tabindex -1).
    window.portalShell = {
        focusHeading(selector) {
            const heading = document.querySelector(selector);
            if (!heading) return;
            if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
            heading.focus({ preventScroll: true });
        },
    };

    // The skip link moves focus into <main>. Blazor's link handling only scrolls to a same-page fragment, so the click is
    // taken here first. Without JavaScript the link still works: its href is the current page plus "#main".
    window.addEventListener('click', e => {
        const link = e.target instanceof Element ? e.target.closest('a.skip-link') : null;
        const main = link && document.getElementById('main');
        if (!main) return;
        e.preventDefault();
        e.stopPropagation();
        main.focus();
        main.scrollIntoView();
    }, true);

    // The narrow app bar's "more" disclosure (a <details>): Escape closes it and gives focus back to its summary;
    // following a link in it closes it (Blazor navigates without reloading the page).
    document.addEventListener('keydown', e => {
        if (e.key !== 'Escape') return;
        const more = e.target instanceof Element ? e.target.closest('details.appbar-more[open]') : null;
        if (!more) return;
        more.open = false;
        more.querySelector('summary').focus();
    });
    document.addEventListener('click', e => {
        const link = e.target instanceof Element ? e.target.closest('details.appbar-more a') : null;
        if (link) link.closest('details').open = false;
    });
})();
