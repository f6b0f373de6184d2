// Suggestions under the app-bar search box as one types: debounced, a WAI-ARIA combobox (arrows, Enter, Escape).
// Delegated from the document, so it survives Blazor re-rendering the box; without JavaScript the box is a plain GET form.
(() => {
    const delay = 250;
    let timer = 0;
    let active = -1;
    let items = [];
    let asked = 0;

    const inputOf = target => target instanceof HTMLInputElement && target.dataset.suggest ? target : null;

    function list(input) {
        let ul = document.getElementById(input.dataset.suggestList);
        if (!ul) {
            ul = document.createElement('ul');
            ul.id = input.dataset.suggestList;
            input.setAttribute('aria-controls', ul.id);
            ul.setAttribute('role', 'listbox');
            ul.setAttribute('aria-label', input.dataset.suggestLabel || '');
            ul.hidden = true;
            input.form.classList.add('search-suggest');
            input.form.appendChild(ul);
            ul.addEventListener('mousedown', e => {
                const option = e.target.closest('[role=option]');
                if (option) { e.preventDefault(); location.assign(option.dataset.url); }
            });
        }
        return ul;
    }

    function close(input) {
        const ul = list(input);
        ul.hidden = true;
        ul.replaceChildren();
        items = [];
        active = -1;
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
    }

    function show(input, suggestions) {
        const ul = list(input);
        ul.replaceChildren(...suggestions.map((s, i) => {
            const li = document.createElement('li');
            li.id = `${ul.id}-${i}`;
            li.setAttribute('role', 'option');
            li.setAttribute('aria-selected', 'false');
            li.dataset.url = s.url;
            li.textContent = s.title;
            return li;
        }));
        items = suggestions;
        active = -1;
        ul.hidden = suggestions.length === 0;
        input.setAttribute('aria-expanded', suggestions.length > 0 ? 'true' : 'false');
    }

    function move(input, step) {
        if (items.length === 0) return;
        const ul = list(input);
        active = (active + step + items.length) % items.length;
        [...ul.children].forEach((li, i) => li.setAttribute('aria-selected', i === active ? 'true' : 'false'));
        input.setAttribute('aria-activedescendant', ul.children[active].id);
    }

    async function ask(input) {
        const q = input.value.trim();
        if (q.length < 2) { close(input); return; }
        const ticket = ++asked;
        try {
            const response = await fetch(`${input.dataset.suggest}?q=${encodeURIComponent(q)}`, { headers: { Accept: 'application/json' } });
            if (!response.ok || ticket !== asked) return;
            show(input, await response.json());
        } catch {
            close(input);
        }
    }

    document.addEventListener('input', e => {
        const input = inputOf(e.target);
        if (!input) return;
        clearTimeout(timer);
        timer = setTimeout(() => ask(input), delay);
    });

    document.addEventListener('keydown', e => {
        const input = inputOf(e.target);
        if (!input) return;
        if (e.key === 'ArrowDown') { e.preventDefault(); move(input, 1); }
        else if (e.key === 'ArrowUp') { e.preventDefault(); move(input, -1); }
        else if (e.key === 'Escape') close(input);
        else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); location.assign(items[active].url); }
    });

    document.addEventListener('focusout', e => {
        const input = inputOf(e.target);
        if (input) setTimeout(() => close(input), 150);
    });
})();
