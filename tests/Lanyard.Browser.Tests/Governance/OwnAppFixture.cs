using Lanyard.Browser.Tests.Infrastructure;

namespace Lanyard.Browser.Tests.Governance;

/// <summary>
/// A second app and browser of their own for a test that changes what other tests read: approving a
/// new Testbourne version would change the version every other Testbourne test sees. The class still
/// joins the shared collection, so it runs after the others rather than beside them.
/// </summary>
public sealed class OwnAppFixture : IAsyncLifetime
{
    /// <summary>The app and browser.</summary>
    public BrowserFixture Browser { get; } = new();

    public Task InitializeAsync() => Browser.InitializeAsync();

    public Task DisposeAsync() => Browser.DisposeAsync();
}
