using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EGov.Collab.App.Journal;
using EGov.Collab.Domain.Methodology;

namespace EGov.Collab.App.Methodology;

/// <summary>
/// An act's schema.org <c>Legislation</c> with the European Legislation Identifier properties, for the act's page
/// (a <c>script type="application/ld+json"</c>). Absolute ids come from Portal:PublicUrl only.
/// </summary>
public static class ActJsonLd
{
    public static JsonObject Build(ActView view, JournalLinks links)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(links);
        var act = view.Act;
        var latest = view.Editions.Count > 0 ? view.Editions.Max(e => e.EditionDate) : act.AdoptedOn;
        var changes = new JsonArray(view.Links.Where(l => l.Outgoing && l.Type is ActLinkType.Amends or ActLinkType.Repeals)
            .Select(l => (JsonNode)new JsonObject
            {
                ["@type"] = "Legislation",
                ["@id"] = links.Absolute(MethodologyLinks.Act(l.OtherId)),
                ["name"] = l.OtherTitle,
            }).ToArray());
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Legislation",
            ["@id"] = links.Absolute(MethodologyLinks.Act(act.Id)),
            ["name"] = act.Title,
            ["legislationIdentifier"] = act.Identifier,
            ["legislationType"] = LegalActCsv.TypeName(act.Type),
            ["legislationDate"] = Iso(act.AdoptedOn),
            ["legislationDateVersion"] = Iso(latest),
            ["legislationLegalForce"] = LegalForce(view.Status),
            ["legislationPassedBy"] = new JsonObject { ["@type"] = "Organization", ["name"] = act.AdopterName },
            ["legislationChanges"] = changes,
            ["inLanguage"] = "uk",
        };
        if (act.OfficialUrl is not null) json["sameAs"] = act.OfficialUrl;
        if (act.Tags.Count > 0) json["keywords"] = string.Join(", ", act.Tags);
        return json;
    }

    /// <summary>The script element; the default encoder escapes &lt; and &gt;, so no text can close the element early.</summary>
    public static string Script(ActView view, JournalLinks links) =>
        "<script type=\"application/ld+json\">" + Build(view, links).ToJsonString(new JsonSerializerOptions { WriteIndented = false }) + "</script>";

    /// <summary>schema.org's LegalForceStatus: InForce, NotInForce (lost force or not yet in force).</summary>
    public static string LegalForce(LegalActStatus status) =>
        status == LegalActStatus.InForce ? "https://schema.org/InForce" : "https://schema.org/NotInForce";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
