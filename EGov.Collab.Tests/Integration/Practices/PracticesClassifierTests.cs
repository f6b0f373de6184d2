using System.Net;
using System.Text.Json;
using EGov.Collab.App.Practices;
using EGov.Collab.Data;
using EGov.Collab.Domain.Practices;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Practices;

/// <summary>The classifier as published over HTTP (read back from JSON-LD and Turtle) and as its administrator edits it.</summary>
[Collection(SharedPortal.Name)]
public sealed class PracticesClassifierTests(PortalFactory portal)
{
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";

    [Fact]
    public async Task JsonLd_ParsedBack_EveryConceptWithUkAndEnLabelsAndBroader()
    {
        using var client = portal.CreatePlainClient();
        using var response = await client.GetAsync("/practices/classifier.jsonld");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());

        var graph = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        var concepts = graph.Where(n => n.GetProperty("@type").GetString() == "skos:Concept").ToList();
        await using var db = Db();
        Assert.Equal(await db.PracticeClassifier.CountAsync(), concepts.Count);
        Assert.Equal(ConceptSchemes.All.Count, graph.Count(n => n.GetProperty("@type").GetString() == "skos:ConceptScheme"));
        Assert.Equal(Skos, json.RootElement.GetProperty("@context").GetProperty("skos").GetString());

        var portalNode = concepts.Single(n => n.GetProperty("@id").GetString()!.EndsWith("/practices/classifier/technology/PORTAL", StringComparison.Ordinal));
        var labels = portalNode.GetProperty("skos:prefLabel").EnumerateArray()
            .ToDictionary(l => l.GetProperty("@language").GetString()!, l => l.GetProperty("@value").GetString());
        Assert.Equal("Вебпортал", labels["uk"]);
        Assert.Equal("Web portal", labels["en"]);
        Assert.Equal("PORTAL", portalNode.GetProperty("skos:notation").GetString());
        Assert.EndsWith("/technology/CHANNELS", portalNode.GetProperty("skos:broader")[0].GetProperty("@id").GetString(), StringComparison.Ordinal);
        var channels = concepts.Single(n => n.GetProperty("@id").GetString()!.EndsWith("/technology/CHANNELS", StringComparison.Ordinal));
        Assert.Contains(channels.GetProperty("skos:narrower").EnumerateArray(), n => n.GetProperty("@id").GetString() == portalNode.GetProperty("@id").GetString());
    }

    [Fact]
    public async Task Turtle_ParsedBack_SameConceptsAndLabelsAsJsonLd()
    {
        using var client = portal.CreatePlainClient();
        using var response = await client.GetAsync("/practices/classifier.ttl");
        Assert.Equal("text/turtle", response.Content.Headers.ContentType?.MediaType);
        var triples = TurtleReader.Parse(await response.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await client.GetStringAsync("/practices/classifier.jsonld"));

        var fromTurtle = triples.Where(t => t.Predicate == Skos + "prefLabel").Select(t => (t.Subject, t.Value, t.Language)).ToHashSet();
        var fromJson = json.RootElement.GetProperty("@graph").EnumerateArray()
            .SelectMany(n => n.GetProperty("skos:prefLabel").EnumerateArray()
                .Select(l => (n.GetProperty("@id").GetString()!, l.GetProperty("@value").GetString()!, (string?)l.GetProperty("@language").GetString())))
            .ToHashSet();
        Assert.True(fromJson.SetEquals(fromTurtle), "The Turtle and the JSON-LD publish different labels.");
        Assert.Contains(fromTurtle, t => t.Value == "Охорона здоров'я" && t.Language == "uk");
        Assert.Contains(fromTurtle, t => t.Value == "Health" && t.Language == "en");
        var broader = triples.Single(t => t.Subject.EndsWith("/technology/PORTAL", StringComparison.Ordinal) && t.Predicate == Skos + "broader");
        Assert.EndsWith("/technology/CHANNELS", broader.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ConceptCycle_RefusedAndNothingChanged()
    {
        var admin = PrincipalOf((await portal.MemberByEmailAsync("expert1@demo.egov.ua")).Id);
        var classifier = Service<ClassifierEditing>();
        var top = (await classifier.SaveAsync(admin, new ConceptForm(null, ConceptScheme.Technology, "T-" + Suffix(), "Верх", "Top", null))).Value;
        var child = (await classifier.SaveAsync(admin, new ConceptForm(null, ConceptScheme.Technology, "C-" + Suffix(), "Низ", "Child", top))).Value;

        var cycle = await classifier.SaveAsync(admin, new ConceptForm(top, ConceptScheme.Technology, "T2-" + Suffix(), "Верх", "Top", child));

        Assert.Equal(PracticeErrors.ConceptCycle, cycle.Error);
        await using var db = Db();
        Assert.Null((await db.PracticeClassifier.SingleAsync(c => c.Id == top)).BroaderId);
    }

    [Fact]
    public async Task Delete_ConceptInUse_RefusedUnusedDeleted_OthersForbidden()
    {
        var admin = PrincipalOf((await portal.MemberByEmailAsync("expert1@demo.egov.ua")).Id);
        var member = PrincipalOf((await portal.MemberByEmailAsync("member1@demo.egov.ua")).Id);
        var classifier = Service<ClassifierEditing>();
        await using var db = Db();
        var queue = await db.PracticeClassifier.SingleAsync(c => c.Scheme == ConceptScheme.Technology && c.Notation == "QUEUE");
        var unused = (await classifier.SaveAsync(admin, new ConceptForm(null, ConceptScheme.Technology, "U-" + Suffix(), "Зайве", "Unused", null))).Value;

        Assert.Equal(PracticeErrors.ConceptInUse, (await classifier.DeleteAsync(admin, queue.Id)).Error);
        Assert.Equal(EGov.Collab.Domain.Common.CommonErrors.Forbidden, (await classifier.DeleteAsync(member, unused)).Error);
        Assert.True((await classifier.DeleteAsync(admin, unused)).IsSuccess);
        Assert.False(await db.PracticeClassifier.AnyAsync(c => c.Id == unused));
        Assert.True(await db.PracticeClassifier.AnyAsync(c => c.Id == queue.Id));
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];

    private T Service<T>() where T : notnull => portal.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private CollabDbContext Db() => portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContext();
}
