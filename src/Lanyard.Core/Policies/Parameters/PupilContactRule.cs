namespace Lanyard.Core.Policies.Parameters;

/// <summary>Staff contact with current or former pupils on personal accounts (§3 rows 1, 2 and 4).</summary>
public sealed record PupilContactRule : PackParameter
{
    /// <summary>Whether the ban is for ever or only while the pupil is under <see cref="Age"/>.</summary>
    public required AgeRule Blocked { get; init; }

    /// <summary>The age the ban lasts until, when <see cref="Blocked"/> is under-age.</summary>
    public int? Age { get; init; }

    /// <summary>The actions the ban covers.</summary>
    public required IReadOnlyList<ConnectionAction> Actions { get; init; }
}
