using System.Security.Claims;
using System.Text.RegularExpressions;
using EGov.Collab.Data.Common;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace EGov.Collab.Tests.Integration.Security;

/// <summary>
/// Role × route × action, generated rather than listed: the routes are the portal's own endpoints (every page's
/// <c>@page</c> and every mapped endpoint, so a module merged later is covered without touching this file), the roles
/// are the visitor and every demo account, and what each may do is decided by the endpoint's own authorisation
/// metadata evaluated for that account. Rules, for every cell: no 5xx; where the metadata refuses the account, no 2xx
/// (a visitor is sent to sign in, a member is refused); a POST without an antiforgery token never succeeds.
/// Route values are unknown ids, so "not found" is an acceptable answer everywhere.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed partial class AccessMatrixTests(PortalFactory portal, ITestOutputHelper output)
{
    public static TheoryData<string> Roles => new(DemoData.Accounts.Select(a => a.Email).Prepend("visitor"));

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryRoute_ForThisRole_AnswersWithinItsRights(string role)
    {
        using var client = portal.CreateSessionClient();
        var principal = new ClaimsPrincipal(new ClaimsIdentity());
        if (role != "visitor")
        {
            using var signedIn = await client.SignInAsync(role, DemoData.Password);
            Assert.Equal("/", signedIn.RedirectPath());
            principal = await PrincipalAsync(role);
        }
        var routes = Routes();
        Assert.Contains(routes, r => r.Path == "/drafting" && r.Method == HttpMethods.Get);
        var failures = new List<string>();

        foreach (var route in routes)
        {
            var allowed = await IsAllowedAsync(route.Endpoint, principal);
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path);
            if (route.Method == HttpMethods.Post) request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "x" });
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            if (status >= 500) failures.Add($"{route.Method} {route.Path}: {status}");
            else if (!allowed && status is >= 200 and < 300) failures.Add($"{route.Method} {route.Path}: {status} although its authorisation refuses {role}");
            else if (route.Method == HttpMethods.Post && status is >= 200 and < 300 && route.Endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
                failures.Add($"POST {route.Path}: {status} without an antiforgery token");
        }

        output.WriteLine($"{role}: {routes.Count} route × action cells checked.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private sealed record Route(string Method, string Path, RouteEndpoint Endpoint);

    /// <summary>Every page and endpoint of the app, with unknown values in its parameters, for each method it answers.</summary>
    private List<Route> Routes()
    {
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var routes = new List<Route>();
        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            if (IsFramework(endpoint, pattern)) continue;
            var path = "/" + Parameter().Replace(pattern.TrimStart('/'), match => Sample(match.Value));
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get, HttpMethods.Post];
            foreach (var method in methods.Where(m => m is "GET" or "POST").Distinct())
                routes.Add(new Route(method, path, endpoint));
        }
        return routes.DistinctBy(r => (r.Method, r.Path)).OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
    }

    // The framework's own endpoints (the circuit hub, static files) and the Hangfire dashboard, which guards itself.
    private static bool IsFramework(RouteEndpoint endpoint, string pattern) =>
        pattern.StartsWith('_') || pattern.StartsWith("/_", StringComparison.Ordinal) ||
        pattern.StartsWith("hangfire", StringComparison.OrdinalIgnoreCase) ||
        endpoint.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal));

    private static string Sample(string parameter)
    {
        var inner = parameter.Trim('{', '}');
        if (inner.Contains(":guid", StringComparison.OrdinalIgnoreCase)) return Guid.NewGuid().ToString();
        if (inner.Contains(":int", StringComparison.OrdinalIgnoreCase) || inner.Contains(":long", StringComparison.OrdinalIgnoreCase)) return "987654";
        return "no-such-thing";
    }

    private async Task<bool> IsAllowedAsync(Endpoint endpoint, ClaimsPrincipal principal)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) return true;
        var data = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        if (data.Count == 0) return true;
        await using var scope = portal.Services.CreateAsyncScope();
        var policy = await AuthorizationPolicy.CombineAsync(scope.ServiceProvider.GetRequiredService<IAuthorizationPolicyProvider>(), data);
        if (policy is null) return true;
        var result = await scope.ServiceProvider.GetRequiredService<IAuthorizationService>().AuthorizeAsync(principal, null, policy);
        return result.Succeeded;
    }

    private async Task<ClaimsPrincipal> PrincipalAsync(string email)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var member = await scope.ServiceProvider.GetRequiredService<UserManager<Member>>().FindByEmailAsync(email);
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<Member>>().CreateAsync(member!);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
