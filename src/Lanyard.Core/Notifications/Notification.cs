namespace Lanyard.Core.Notifications;

/// <summary>
/// A message to a member of staff: shown in the app and, where a sender is configured, emailed.
/// Its subject and body say only that something needs them and where to look (a case number, a
/// link); never names, post text or case details, because email leaves the school's systems.
/// </summary>
public sealed record Notification
{
    /// <summary>The store's id; 0 before it is stored.</summary>
    public long Id { get; init; }

    /// <summary>The school.</summary>
    public required long OrganisationId { get; init; }

    /// <summary>The member of staff it is for.</summary>
    public required long RecipientPersonId { get; init; }

    /// <summary>The subject line.</summary>
    public required string Subject { get; init; }

    /// <summary>The body: what needs doing and where, no personal data.</summary>
    public required string Body { get; init; }

    /// <summary>A link inside the app (e.g. <c>/cases/12</c>).</summary>
    public string? Link { get; init; }

    /// <summary>When it was queued.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the sender delivered it; null while pending (or when no sender is configured).</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>When the recipient read it in the app.</summary>
    public DateTimeOffset? ReadAt { get; init; }

    /// <summary>Delivery attempts so far.</summary>
    public int Attempts { get; init; }

    /// <summary>The last delivery error, if any (no personal data).</summary>
    public string? LastError { get; init; }
}
