using System.Globalization;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Common.Pages;

/// <summary>
/// The portal-wide results page. Everything is in the query string and every control is a link or a GET form, so the
/// server prerender shows the same results a crawler, a shared link or a browser without the circuit gets.
/// </summary>
public partial class SearchPage
{
    [Inject]
    private IStringLocalizer<SharedResource> L { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SearchResource> S { get; set; } = default!;

    [Inject]
    private PortalSearch Search { get; set; } = default!;

    [Inject]
    private IEnumerable<ISearchProvider> QuickProviders { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "q")]
    public string? Q { get; set; }

    [SupplyParameterFromQuery(Name = "module")]
    public string? Module { get; set; }

    [SupplyParameterFromQuery(Name = "year")]
    public int? Year { get; set; }

    [SupplyParameterFromQuery(Name = "lang")]
    public string? Language { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    public int? Page { get; set; }

    private SearchResults? _results;
    private List<SearchHit> _quick = [];
    private string? _message;

    protected override async Task OnParametersSetAsync()
    {
        _results = null;
        _message = null;
        _quick = [];
        if ((Q ?? "").Trim().Length == 1)
        {
            _message = L["Search.TooShort"];
            return;
        }
        ModuleKey? module = ModuleKeys.TryParseSlug(Module, out var key) ? key : null;
        var request = new SearchRequest(Q, module, Year, Language is "uk" or "en" ? Language : null, Page ?? 1);
        var found = await Search.SearchAsync(await UserAsync(), request, CancellationToken.None);
        if (!found.IsSuccess)
        {
            _message = S[found.Error!.Code];
            return;
        }
        if (request.Page == 1 && module is null && Year is null && request.Language is null)
        {
            var query = found.Value.Query.Text;
            var quick = await Task.WhenAll(QuickProviders.Select(p => p.SearchAsync(query, CultureInfo.CurrentUICulture, 5, CancellationToken.None)));
            _quick = quick.SelectMany(q => q).ToList();
        }
        _results = found.Value;
    }

    private string Link(string? module, int? year, string? language, int page = 1) =>
        SearchLinks.For(Q ?? "", module, year, language, page);
}
