using Lanyard.Core.Notifications;

namespace Lanyard.Data.Notifications;

// Settable properties, not a positional record: the engines disagree on integer widths.
internal sealed class NotificationRow
{
    public const string Columns =
        "id AS Id, organisation_id AS OrganisationId, recipient_person_id AS RecipientPersonId, subject AS Subject, body AS Body, " +
        "link AS Link, created_at AS CreatedAt, sent_at AS SentAt, read_at AS ReadAt, attempts AS Attempts, last_error AS LastError";

    public long Id { get; set; }

    public long OrganisationId { get; set; }

    public long RecipientPersonId { get; set; }

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    public string? Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public long Attempts { get; set; }

    public string? LastError { get; set; }

    public Notification ToNotification() => new()
    {
        Id = Id,
        OrganisationId = OrganisationId,
        RecipientPersonId = RecipientPersonId,
        Subject = Subject,
        Body = Body,
        Link = Link,
        CreatedAt = CreatedAt,
        SentAt = SentAt,
        ReadAt = ReadAt,
        Attempts = checked((int)Attempts),
        LastError = LastError,
    };
}
