namespace Lanyard.Core.Governance;

/// <summary>A social media training session (Chapmanslade roles-slt.01, roles-staff.02): when, what, who ran it and who attended.</summary>
public sealed record TrainingSession
{
    /// <summary>The register's id; 0 before it is stored.</summary>
    public long Id { get; init; }

    /// <summary>The school (or trust) it was held for.</summary>
    public required long OrganisationId { get; init; }

    /// <summary>The day it was held.</summary>
    public required DateOnly HeldOn { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Who ran it (a person or an outside provider, by name).</summary>
    public required string Provider { get; init; }

    /// <summary>Who recorded it.</summary>
    public required long RecordedByPersonId { get; init; }

    /// <summary>The staff who attended, by person id.</summary>
    public IReadOnlyList<long> Attendees { get; init; } = [];
}
