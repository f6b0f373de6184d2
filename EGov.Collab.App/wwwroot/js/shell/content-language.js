// Language of parts (WCAG 3.1.2): members write titles, names and texts in whichever language they like, and most exist
// in Ukrainian only. On a page in another language, an element whose own text is Cyrillic gets lang="uk" so a screen
// reader switches voice; the portal's languages are Ukrainian and English, so Cyrillic means Ukrainian. Attributes only
// (never wrapping nodes), so Blazor's rendering of the same elements is undisturbed; re-run on every DOM change.
(() => {
    const cyrillic = /[\u0400-\u04FF]/;

    function ownText(element) {
        let text = '';
        for (const node of element.childNodes) if (node.nodeType === Node.TEXT_NODE) text += node.data;
        return text;
    }

    function mark(root) {
        if (document.documentElement.lang === 'uk') return;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const parents = new Set();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (cyrillic.test(node.data) && node.parentElement) parents.add(node.parentElement);
        }
        for (const element of parents) {
            // A language already declared inside the page (by a component, or by an earlier pass) stands.
            if (element.closest('[lang]') !== document.documentElement) continue;
            if (element.closest('script, style, .language-switch')) continue;
            if (!cyrillic.test(ownText(element))) continue;
            element.setAttribute('lang', 'uk');
        }
        // Attribute values a screen reader speaks (aria-label, title) are left to the components that set them.
    }

    function start() {
        mark(document.body);
        new MutationObserver(records => {
            for (const record of records) {
                const target = record.target.nodeType === Node.TEXT_NODE ? record.target.parentElement : record.target;
                if (target) mark(target);
            }
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
    }

    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
