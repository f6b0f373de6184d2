using Xunit.Abstractions;

[assembly: TestCollectionOrderer("EGov.Collab.Tests.Support.BrowserCollectionsFirst", "EGov.Collab.Tests")]

namespace EGov.Collab.Tests.Support;

/// <summary>
/// Starts the collections that share a portal and a Chromium (<see cref="PortalBrowser"/>) before the rest. They are the
/// long queues (minutes each, one test at a time), while the rest are many short ones that fill the threads around them;
/// started last, a long queue would run alone at the end of the suite.
/// </summary>
public sealed class BrowserCollectionsFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(collection => SharesABrowser(collection) ? 0 : 1).ToList();

    private static bool SharesABrowser(ITestCollection collection) =>
        collection.CollectionDefinition is IReflectionTypeInfo { Type: var definition }
        && typeof(ICollectionFixture<PortalBrowser>).IsAssignableFrom(definition);
}
