namespace Lanyard.Core.Policies.Parameters;

/// <summary>What a school may do with an offensive comment on its own pages.</summary>
public sealed record CommentModeration
{
    /// <summary>Actions offered to the moderator.</summary>
    public required IReadOnlyList<ModerationAction> Actions { get; init; }

    /// <summary>The audience must be told exactly why (Chapmanslade).</summary>
    public bool PublicExplanationRequired { get; init; }
}
