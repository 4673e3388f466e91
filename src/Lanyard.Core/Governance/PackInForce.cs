using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Governance;

/// <summary>The policy a school (or trust) is held to on a day, and which recorded version it is.</summary>
/// <param name="PackFrom">The organisation the pack is attached to (the school, or its trust or federation); its register holds the versions.</param>
/// <param name="Pack">The pack in force.</param>
/// <param name="Version">The register's version; null while no version is recorded and the shipped pack is in force.</param>
public sealed record PackInForce(Organisation PackFrom, PolicyPack Pack, PolicyVersion? Version)
{
    /// <summary>The version label (from the register, or the shipped pack's own).</summary>
    public string VersionLabel => Version?.Version ?? Pack.Version;

    /// <summary>The register's version id, or null for the shipped pack.</summary>
    public long? VersionId => Version?.Id;
}
