namespace Lanyard.Core.Policies.Parameters;

/// <summary>The channels staff may use to communicate with parents (§3 row 8).</summary>
public sealed record ParentCommunicationChannels : PackParameter
{
    /// <summary>Channels that may be used.</summary>
    public IReadOnlyList<CommunicationChannel> Allowed { get; init; } = [];

    /// <summary>Channels that must not be used.</summary>
    public IReadOnlyList<CommunicationChannel> Forbidden { get; init; } = [];
}
