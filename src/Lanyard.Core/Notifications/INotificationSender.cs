namespace Lanyard.Core.Notifications;

/// <summary>Delivers a notification outside the app (e.g. by the school's SMTP relay).</summary>
public interface INotificationSender
{
    /// <summary>Delivers one notification to an email address.</summary>
    Task SendAsync(Notification notification, string emailAddress, CancellationToken cancellationToken);
}
