namespace Lanyard.Core.Policies.Parameters;

/// <summary>The ladder for an offensive parent post (§3 row 19).</summary>
public sealed record ParentPostEscalation : PackParameter
{
    /// <summary>Steps in order.</summary>
    public required IReadOnlyList<EscalationStep> Steps { get; init; }

    /// <summary>Moderation of comments on school pages, if the pack says.</summary>
    public CommentModeration? Moderation { get; init; }
}
