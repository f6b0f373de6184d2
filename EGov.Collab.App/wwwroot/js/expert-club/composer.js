// The club composer sends on Enter (and Ctrl/Cmd+Enter) and keeps Shift+Enter for a new line, as chat tools do. The Enter
// that ends an input method's composition (Ukrainian typed through an IME, for instance) is left to the input method.
export function attach(root) {
    if (!root || root.dataset.enterSends === 'true') return;
    root.dataset.enterSends = 'true';
    root.addEventListener('keydown', event => {
        if (event.key !== 'Enter' || event.isComposing || event.shiftKey || event.altKey) return;
        if (!(event.target instanceof HTMLTextAreaElement)) return;
        event.preventDefault();
        const send = root.querySelector('[data-testid=send]');
        if (send && !send.disabled) send.click();
    });
}
