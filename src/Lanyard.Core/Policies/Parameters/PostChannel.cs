namespace Lanyard.Core.Policies.Parameters;

/// <summary>Where a post goes out.</summary>
public enum PostChannel
{
    /// <summary>A registered official school (or trust) account.</summary>
    SchoolAccount,

    /// <summary>A personal account of a member of staff, governor, parent or pupil.</summary>
    PersonalAccount,
}
