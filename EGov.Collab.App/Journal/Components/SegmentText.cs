using System.Globalization;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Journal.Components;

/// <summary>A segment in words, in the reader's language: "Медіа · українська · Львівська область", or "every subscriber".</summary>
public static class SegmentText
{
    public static string Describe(NewsletterSegment segment, IStringLocalizer<JournalResource> l)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(l);
        if (segment.IsEveryone) return l["Segment.Everyone"];
        var parts = new List<string>();
        if (segment.Audiences.Count > 0) parts.Add(string.Join(", ", segment.Audiences.Select(a => l["Audience." + a].Value)));
        if (segment.Languages.Count > 0) parts.Add(string.Join(", ", segment.Languages.Select(x => l["Language." + x].Value)));
        if (segment.RegionCodes.Count > 0) parts.Add(string.Join(", ", segment.RegionCodes.Select(r => Regions.NameOf(r, CultureInfo.CurrentUICulture))));
        return string.Join(" · ", parts);
    }
}
