using System.Net;
using System.Text.RegularExpressions;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace EGov.Collab.Tests.Integration.Security;

/// <summary>
/// Role × route × action. The routes are the portal's own endpoints (every page's <c>@page</c> and every mapped
/// endpoint); the roles are the visitor and every demo account; what each role may GET is the hand-reviewed
/// <see cref="AccessTable"/>, not the endpoints' own metadata, so a page whose <c>[Authorize]</c> or access check is
/// missing or wrong fails here. Rules, for every cell: no 5xx; a role the table allows is served (2xx, no in-page
/// refusal); any other role is refused (sent to sign in, 400/401/403/404, or the page's refusal notice); a POST without
/// an antiforgery token never succeeds on a page. A route of the app missing from the table, or a row of the table
/// for a route the app no longer has, fails <see cref="EveryRouteOfTheApp_HasARowInTheAccessTable_AndEveryRowARoute"/>.
/// The matrix has a portal of its own: tests of the shared portal change demo accounts' roles and records.
/// </summary>
[Collection(AccessMatrixPortal.Name)]
public sealed partial class AccessMatrixTests(PortalFactory portal, ITestOutputHelper output)
{
    /// <summary>What the in-page refusal (<c>AccessDeniedNotice</c>) renders.</summary>
    private const string RefusalMarker = "data-access-refused=\"true\"";

    public static TheoryData<string> Roles => new(AccessTable.Roles);

    [Fact]
    public void EveryRouteOfTheApp_HasARowInTheAccessTable_AndEveryRowARoute()
    {
        var templates = Routes().Select(r => r.Template).ToHashSet(StringComparer.Ordinal);
        var rows = AccessTable.Rows.Select(r => r.Template).ToHashSet(StringComparer.Ordinal);

        var missing = templates.Except(rows).Order(StringComparer.Ordinal).ToList();
        var gone = rows.Except(templates).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "These routes of the app have no row in EGov.Collab.Tests/Integration/Security/AccessTable.cs; " +
            "add one saying who may open each (and on which demo record):\n" + string.Join("\n", missing));
        Assert.True(gone.Count == 0, "These rows of AccessTable.cs name no route of the app any more; remove or rename them:\n" + string.Join("\n", gone));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryRoute_ForThisRole_AnswersAsTheAccessTableSays(string role)
    {
        using var client = portal.CreateSessionClient();
        if (role != AccessTable.Visitor)
        {
            using var signedIn = await client.SignInAsync($"{role}@{DemoData.EmailDomain}", DemoData.Password);
            Assert.Equal("/", signedIn.RedirectPath());
        }
        var routes = Routes();
        var samples = await AccessMatrixPortal.SamplesAsync(portal);
        var failures = new List<string>();
        var cells = 0;

        foreach (var row in AccessTable.Rows)
        {
            var methods = routes.Where(r => r.Template == row.Template).Select(r => r.Method).ToHashSet();
            if (methods.Count == 0) continue; // the coverage fact reports it
            var method = methods.Contains(HttpMethods.Get) ? HttpMethods.Get : HttpMethods.Post;
            var path = samples.TryGetValue(row, out var sample) ? sample : WithUnknownIds(row.Template);
            var (answer, detail) = await AskAsync(client, method, path);
            cells++;
            output.WriteLine($"CELL\t{role}\t{row.Template}\t{path}\t{answer}\t{detail}");
            if (row.EndsSession && role != AccessTable.Visitor)
            {
                using var again = await client.SignInAsync($"{role}@{DemoData.EmailDomain}", DemoData.Password);
                Assert.Equal("/", again.RedirectPath());
            }
            var expected = row.Allowed.Allows(role) ? (row.Redirects ? Answer.Elsewhere : Answer.Served) : Answer.Refused;
            if (answer == Answer.Failed) failures.Add($"{method} {path}: {detail}");
            else if (answer != expected && !(expected == Answer.Refused && answer == Answer.Elsewhere && row.RefusesByRedirect))
                failures.Add($"{method} {path}: {answer} ({detail}), but AccessTable says {(expected == Answer.Refused ? "refuse" : "serve")} {role}: {row}");
        }

        foreach (var route in routes.Where(r => r.Method == HttpMethods.Post))
        {
            var path = WithUnknownIds(route.Template);
            var (answer, detail) = await AskAsync(client, HttpMethods.Post, path);
            cells++;
            if (answer == Answer.Failed) failures.Add($"POST {path}: {detail}");
            else if (answer == Answer.Served && route.Endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
                failures.Add($"POST {path}: {detail} without an antiforgery token");
        }

        output.WriteLine($"{role}: {cells} route × action cells checked.");
        Assert.True(failures.Count == 0, $"{failures.Count} cells for {role}:\n" + string.Join(Environment.NewLine, failures));
    }

    private enum Answer { Served, Refused, Elsewhere, Failed }

    private static async Task<(Answer Answer, string Detail)> AskAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == HttpMethods.Post) request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "x" });
        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        if (status >= 500) return (Answer.Failed, $"{status}");
        if (status is >= 200 and < 300)
        {
            var body = response.Content.Headers.ContentType?.MediaType == "text/html" ? await response.Content.ReadAsStringAsync() : "";
            return body.Contains(RefusalMarker, StringComparison.Ordinal) ? (Answer.Refused, $"{status} with the refusal notice") : (Answer.Served, $"{status}");
        }
        if (status is >= 300 and < 400)
        {
            var target = response.RedirectPath() ?? "";
            if (target.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase)) return (Answer.Refused, "sent to sign in");
            if (target.StartsWith("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase)) return (Answer.Refused, "sent to access denied");
            return (Answer.Elsewhere, $"{status} to {target}");
        }
        // 400: a POST without an antiforgery token, a token link without its token.
        return response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound
            ? (Answer.Refused, $"{status}")
            : (Answer.Elsewhere, $"{status}");
    }

    private sealed record Route(string Method, string Template, RouteEndpoint Endpoint);

    /// <summary>Every page and endpoint of the app, by its template, for each method it answers.</summary>
    private List<Route> Routes()
    {
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var routes = new List<Route>();
        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            if (IsFramework(endpoint, pattern)) continue;
            var template = "/" + pattern.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get, HttpMethods.Post];
            foreach (var method in methods.Where(m => m is "GET" or "POST").Distinct())
                routes.Add(new Route(method, template, endpoint));
        }
        return routes.DistinctBy(r => (r.Method, r.Template)).OrderBy(r => r.Template, StringComparer.Ordinal).ToList();
    }

    // The framework's own endpoints (the circuit hub, static files) and the Hangfire dashboard, which guards itself.
    private static bool IsFramework(RouteEndpoint endpoint, string pattern) =>
        pattern.StartsWith('_') || pattern.StartsWith("/_", StringComparison.Ordinal) ||
        pattern.StartsWith("hangfire", StringComparison.OrdinalIgnoreCase) || pattern.StartsWith("/hangfire", StringComparison.OrdinalIgnoreCase) ||
        endpoint.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal));

    private static string WithUnknownIds(string template) => Parameter().Replace(template, match => Unknown(match.Value));

    private static string Unknown(string parameter)
    {
        var inner = parameter.Trim('{', '}');
        if (inner.Contains(":guid", StringComparison.OrdinalIgnoreCase)) return Guid.NewGuid().ToString();
        if (inner.Contains(":int", StringComparison.OrdinalIgnoreCase) || inner.Contains(":long", StringComparison.OrdinalIgnoreCase)) return "987654";
        return "no-such-thing";
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}

/// <summary>The access matrix's own portal, and the demo records its rows are opened on (found once).</summary>
[CollectionDefinition(Name)]
public sealed class AccessMatrixPortal : ICollectionFixture<PortalFactory>
{
    public const string Name = "Access matrix";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (PortalFactory Portal, Dictionary<AccessTable.Row, string> Samples)? _found;

    internal static async Task<IReadOnlyDictionary<AccessTable.Row, string>> SamplesAsync(PortalFactory portal)
    {
        await Gate.WaitAsync();
        try
        {
            if (_found is { } found && ReferenceEquals(found.Portal, portal)) return found.Samples;
            var samples = new Dictionary<AccessTable.Row, string>(ReferenceEqualityComparer.Instance);
            foreach (var row in AccessTable.Rows.Where(r => r.Sample is not null))
                samples[row] = await row.Sample!(portal.Services);
            _found = (portal, samples);
            return samples;
        }
        finally
        {
            Gate.Release();
        }
    }
}
