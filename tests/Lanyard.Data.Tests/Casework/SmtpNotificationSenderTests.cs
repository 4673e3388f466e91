using Lanyard.Core.Notifications;
using Lanyard.Data.Notifications;

namespace Lanyard.Data.Tests.Casework;

public sealed class SmtpNotificationSenderTests
{
    private static readonly Notification Notification = new()
    {
        Id = 7,
        OrganisationId = 1,
        RecipientPersonId = 2,
        Subject = "A case needs your assessment",
        Body = "Case 12 is waiting for an initial assessment.",
        Link = "/cases/12",
        CreatedAt = new DateTimeOffset(2025, 10, 6, 9, 30, 0, TimeSpan.Zero),
    };

    private static SmtpSettings Settings(int port) => new() { Host = "127.0.0.1", Port = port, EnableSsl = false, From = "lanyard@school.example" };

    [Fact]
    public async Task Send_DeliversSubjectBodyAndFullLink_ToTheRecipient()
    {
        await using var server = new LoopbackSmtpServer();
        var sender = new SmtpNotificationSender(Settings(server.Port), new Uri("https://lanyard.school.example/"));

        await sender.SendAsync(Notification, "dsl@school.example", CancellationToken.None);

        var message = server.Messages.ShouldHaveSingleItem();
        message.From.ShouldBe("<lanyard@school.example>");
        message.To.ShouldBe(["<dsl@school.example>"]);
        message.Data.ShouldContain("Subject: A case needs your assessment");
        var body = DecodedBody(message.Data);
        body.ShouldContain("Case 12 is waiting for an initial assessment.");
        body.ShouldContain("https://lanyard.school.example/cases/12");
    }

    [Fact]
    public async Task Send_RelayRefusesTheRecipient_Throws()
    {
        await using var server = new LoopbackSmtpServer(refuseRecipients: true);
        var sender = new SmtpNotificationSender(Settings(server.Port));

        await Should.ThrowAsync<System.Net.Mail.SmtpException>(() => sender.SendAsync(Notification, "gone@school.example", CancellationToken.None));
        server.Messages.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData("smtp.school.example", "lanyard@school.example", null, "smtp.school.example:587 ssl=True")]
    [InlineData("smtp.school.example", "lanyard@school.example", "25", "smtp.school.example:25 ssl=True")]
    public void Settings_Read_FromConfigurationKeys(string? host, string? from, string? port, string? expected)
    {
        var values = new Dictionary<string, string?> { ["Host"] = host, ["From"] = from, ["Port"] = port };

        var settings = SmtpSettings.Read(key => values.GetValueOrDefault(key));

        (settings is null ? null : $"{settings.Host}:{settings.Port} ssl={settings.EnableSsl}").ShouldBe(expected);
    }

    [Theory]
    [InlineData("From", "", "Notifications:Smtp:From")]
    [InlineData("Port", "seventy", "Notifications:Smtp:Port")]
    [InlineData("EnableSsl", "perhaps", "Notifications:Smtp:EnableSsl")]
    public void Settings_Unusable_NameTheKey(string key, string value, string named)
    {
        var values = new Dictionary<string, string?> { ["Host"] = "smtp.school.example", ["From"] = "lanyard@school.example", [key] = value };

        Should.Throw<InvalidOperationException>(() => SmtpSettings.Read(k => values.GetValueOrDefault(k))).Message.ShouldContain(named);
    }

    // System.Net.Mail may send a UTF-8 body as quoted-printable or base64; read it either way.
    internal static string DecodedBody(string data)
    {
        var split = data.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = data[..split];
        var body = data[(split + 4)..];
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
        {
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", string.Empty, StringComparison.Ordinal)));
        }

        return body.Replace("=\r\n", string.Empty, StringComparison.Ordinal).Replace("=3D", "=", StringComparison.Ordinal);
    }
}
