namespace Lanyard.Core.Policies;

/// <summary>The level of organisation a pack attaches to; schools below it inherit it.</summary>
public enum OrganisationLevel
{
    /// <summary>A single school.</summary>
    School,

    /// <summary>A multi-academy trust: every academy inherits the pack.</summary>
    Trust,

    /// <summary>A federation: every member school inherits the pack.</summary>
    Federation,
}
