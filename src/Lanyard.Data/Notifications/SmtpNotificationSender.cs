using System.Net;
using System.Net.Mail;
using System.Text;
using Lanyard.Core.Notifications;

namespace Lanyard.Data.Notifications;

/// <summary>
/// Emails a notification through the school's SMTP relay (System.Net.Mail: plain text, one message
/// per recipient). The message carries only what the notification says, which by design names no
/// one and holds no case details, plus its in-app link made absolute when a base address is known.
/// </summary>
public sealed class SmtpNotificationSender : INotificationSender
{
    private readonly SmtpSettings _settings;
    private readonly Uri? _baseAddress;

    /// <summary>A sender for the given relay; <paramref name="baseAddress"/> turns in-app links into full addresses.</summary>
    public SmtpNotificationSender(SmtpSettings settings, Uri? baseAddress = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _baseAddress = baseAddress;
    }

    /// <inheritdoc />
    public async Task SendAsync(Notification notification, string emailAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentException.ThrowIfNullOrWhiteSpace(emailAddress);
        var body = new StringBuilder(notification.Body);
        if (notification.Link is { Length: > 0 } link)
        {
            body.Append("\r\n\r\n").Append(_baseAddress is null ? link : new Uri(_baseAddress, link).ToString());
        }

        using var message = new MailMessage(_settings.From, emailAddress, notification.Subject, body.ToString())
        {
            BodyEncoding = Encoding.UTF8,
            SubjectEncoding = Encoding.UTF8,
        };
        using var client = new SmtpClient(_settings.Host, _settings.Port)
        {
            EnableSsl = _settings.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (_settings.UserName is not null)
        {
            client.Credentials = new NetworkCredential(_settings.UserName, _settings.Password);
        }

        await client.SendMailAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
