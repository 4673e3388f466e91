namespace Lanyard.Browser.Tests.Infrastructure;

public sealed class DebianChromiumTests
{
    [Fact]
    public void EnsureInstalled_BrowserMissing_FailsSayingHowToInstallIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), "lanyard-no-such-browser", "chromium");

        var failure = Should.Throw<InvalidOperationException>(() => DebianChromium.EnsureInstalled(missing));

        failure.Message.ShouldContain(missing);
        failure.Message.ShouldContain("apt-get install -y chromium");
        failure.Message.ShouldContain("./test.sh");
    }
}
