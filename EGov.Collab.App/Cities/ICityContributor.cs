using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Cities;

/// <summary>
/// What one module holds for a territorial community, for its city cabinet (<c>/cities/{KATOTTG}</c>) and its open data.
/// Cities gather, they do not own: each module registers one (<c>services.AddScoped&lt;ICityContributor, XxxCityContributor&gt;()</c>),
/// as newsletter sources do; a module that registers none is shown as "not built yet".
/// </summary>
public interface ICityContributor
{
    ModuleKey Module { get; }

    /// <summary>The module's items of one community (<see cref="Community.Id"/>): practices it implemented or replicated,
    /// listings it leads or is interested in, programmes, documents. Only what anyone may read.</summary>
    Task<IReadOnlyList<CityItem>> ForCommunityAsync(Guid communityId, CancellationToken cancellationToken);

    /// <summary>
    /// Items that address any of the readiness codes (a component code such as <c>SERV</c>, or an indicator code such as
    /// <c>SERV.1</c>, which also addresses its component), for the gap-to-peers view. When <paramref name="amongCommunities"/>
    /// is not null, only items of those communities (the peers); a module whose items belong to no community (project
    /// listings) ignores it. Empty when the module tags nothing with readiness codes.
    /// </summary>
    Task<IReadOnlyList<CityItem>> AddressingAsync(IReadOnlyCollection<string> readinessCodes, IReadOnlyCollection<Guid>? amongCommunities, CancellationToken cancellationToken);
}

/// <summary>One item a module shows in a city cabinet. <see cref="Kind"/> is a stable key for open data (e.g. <c>practice</c>,
/// <c>replication</c>, <c>listing</c>, <c>interest</c>, <c>programme</c>); titles come in both languages.</summary>
public sealed record CityItem(
    ModuleKey Module,
    string Kind,
    Guid Id,
    string TitleUk,
    string TitleEn,
    string Url,
    DateTimeOffset? Date,
    Guid? CommunityId,
    IReadOnlyList<string> ReadinessCodes)
{
    public string Title(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "uk" || TitleEn.Length == 0 ? TitleUk : TitleEn;

    /// <summary>True when this item addresses the readiness <paramref name="code"/> (an indicator code addresses its component).</summary>
    public bool Addresses(string code) =>
        ReadinessCodes.Any(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase)
            || c.StartsWith(code + ".", StringComparison.OrdinalIgnoreCase));
}
