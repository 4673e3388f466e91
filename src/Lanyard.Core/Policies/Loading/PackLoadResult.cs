namespace Lanyard.Core.Policies.Loading;

/// <summary>
/// The outcome of loading a pack. A pack with any error is never returned: there is no
/// half-loaded pack. Warnings do not stop loading.
/// </summary>
public sealed record PackLoadResult
{
    /// <summary>The pack, or null when <see cref="Errors"/> is not empty.</summary>
    public PolicyPack? Pack { get; init; }

    /// <summary>Errors, in file order.</summary>
    public IReadOnlyList<PackDiagnostic> Errors { get; init; } = [];

    /// <summary>Warnings: inconsistencies in the source document and governance gaps.</summary>
    public IReadOnlyList<PackDiagnostic> Warnings { get; init; } = [];

    /// <summary>True when the pack loaded.</summary>
    public bool Succeeded => Pack is not null;
}
