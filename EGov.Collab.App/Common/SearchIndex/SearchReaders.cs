using System.Security.Claims;
using EGov.Collab.Domain.Common.Search;

namespace EGov.Collab.App.Common.SearchIndex;

/// <summary>The audience keys of one reader: public for everyone, members when signed in, and what each module grants (visitors included).</summary>
public sealed class SearchReaders(IEnumerable<ISearchAudienceProvider> providers)
{
    public async Task<IReadOnlyCollection<string>> AudiencesAsync(ClaimsPrincipal reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var keys = new HashSet<string>(StringComparer.Ordinal) { SearchAudience.Public };
        if (reader.MemberId() is not null) keys.Add(SearchAudience.Members);
        foreach (var provider in providers)
            keys.UnionWith(await provider.AudiencesAsync(reader, cancellationToken));
        return keys;
    }
}
