namespace Lanyard.Core.Policies;

/// <summary>Another policy this one is read with, or ranks below.</summary>
public sealed record RelatedPolicy
{
    /// <summary>The related policy's name.</summary>
    public required string Name { get; init; }

    /// <summary>True when the related policy takes precedence over this one.</summary>
    public bool TakesPrecedence { get; init; }

    /// <summary>A note, e.g. that the name looks carried over from another organisation.</summary>
    public string? Note { get; init; }
}
