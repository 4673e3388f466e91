using System.Globalization;

namespace Lanyard.Data.Notifications;

/// <summary>
/// The school's mail relay, from <c>Notifications:Smtp:{Host,Port,EnableSsl,UserName,Password,From}</c>.
/// Without a host there is no sender and notifications stay in the app.
/// </summary>
public sealed record SmtpSettings
{
    /// <summary>The relay's host name.</summary>
    public required string Host { get; init; }

    /// <summary>The relay's port (default 587).</summary>
    public int Port { get; init; } = 587;

    /// <summary>Whether to use TLS (STARTTLS); default true.</summary>
    public bool EnableSsl { get; init; } = true;

    /// <summary>The account to sign in with, if the relay needs one.</summary>
    public string? UserName { get; init; }

    /// <summary>Its password (never logged).</summary>
    public string? Password { get; init; }

    /// <summary>The sender address.</summary>
    public required string From { get; init; }

    /// <summary>
    /// Reads the settings from configuration values by key (<c>Host</c>, <c>Port</c>, …); null when no
    /// host is set.
    /// </summary>
    /// <exception cref="InvalidOperationException">A host is set but the rest is unusable; the message names the key.</exception>
    public static SmtpSettings? Read(Func<string, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (string.IsNullOrWhiteSpace(value("Host")))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(value("From")))
        {
            throw new InvalidOperationException("Notifications:Smtp:Host is set but Notifications:Smtp:From (the sender address) is not.");
        }

        var port = 587;
        if (value("Port") is { Length: > 0 } portText &&
            (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw new InvalidOperationException("Notifications:Smtp:Port must be a port number (1-65535).");
        }

        var ssl = true;
        if (value("EnableSsl") is { Length: > 0 } sslText && !bool.TryParse(sslText, out ssl))
        {
            throw new InvalidOperationException("Notifications:Smtp:EnableSsl must be true or false.");
        }

        return new SmtpSettings
        {
            Host = value("Host")!,
            Port = port,
            EnableSsl = ssl,
            UserName = value("UserName") is { Length: > 0 } user ? user : null,
            Password = value("Password"),
            From = value("From")!,
        };
    }
}
