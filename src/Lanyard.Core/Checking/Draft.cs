using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Checking;

/// <summary>A post before it goes out.</summary>
public sealed record Draft
{
    /// <summary>The text.</summary>
    public required string Text { get; init; }

    /// <summary>A registered school account or a personal account.</summary>
    public PostChannel Channel { get; init; } = PostChannel.SchoolAccount;

    /// <summary>Who is posting: staff, governors, parents, pupils.</summary>
    public Role AuthorRole { get; init; } = Role.Staff;

    /// <summary>Public post, or a private (direct) message.</summary>
    public Audience Audience { get; init; } = Audience.Public;

    /// <summary>For a direct message, who receives it (e.g. <see cref="Role.Pupils"/>); null when not said.</summary>
    public Role? RecipientRole { get; init; }

    /// <summary>When the post goes out, in the school's local time; null when not said.</summary>
    public DateTime? PostedAt { get; init; }

    /// <summary>Attached photos.</summary>
    public IReadOnlyList<PhotoAttachment> Photos { get; init; } = [];

    /// <summary>
    /// Whether the attached photos show pupils, as the author says; null when not said. Lanyard
    /// cannot see faces, so a photo counts as showing a pupil when the author says so or the
    /// post names or tags one.
    /// </summary>
    public bool? PhotosShowPupils { get; init; }

    /// <summary>People tagged, by name.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}
