using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Components.Forms;

namespace EGov.Collab.App.Account;

/// <summary>Shows errors beside their inputs in an EditForm (through its validation messages) and keeps those without a field for the top of the form.</summary>
public sealed class FormErrors
{
    private readonly EditContext _context;
    private readonly ValidationMessageStore _store;
    private readonly List<Error> _shown = [];

    public FormErrors(EditContext context)
    {
        _context = context;
        _store = new ValidationMessageStore(context);
    }

    public List<string> General { get; } = [];

    public bool Any => _shown.Count > 0;

    public bool Has(Error error) => _shown.Contains(error);

    public void Show(IEnumerable<Error> errors, AccountText text)
    {
        foreach (var error in errors)
        {
            _shown.Add(error);
            if (error.Field is null)
                General.Add(text.Describe(error));
            else
                _store.Add(_context.Field(error.Field), text.Describe(error));
        }
        _context.NotifyValidationStateChanged();
    }

    public void Show(Error error, AccountText text) => Show([error], text);
}
