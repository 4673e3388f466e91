namespace Lanyard.Browser.Tests.Infrastructure;

/// <summary>
/// Every browser test class joins this collection (<c>[Collection(SharedBrowser.Name)]</c>), so
/// they share one app and one browser and run one after another: on two cores a second Chromium
/// would only slow both down.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Shared browser";
}
