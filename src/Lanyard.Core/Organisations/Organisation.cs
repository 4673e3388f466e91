using Lanyard.Core.Policies;

namespace Lanyard.Core.Organisations;

/// <summary>
/// A school, trust or federation. A school may belong to a trust or a federation; a policy pack
/// attaches at the level it declares and the schools below inherit it.
/// </summary>
/// <param name="Id">The register's id.</param>
/// <param name="Name">The organisation's name.</param>
/// <param name="Level">School, trust or federation.</param>
/// <param name="ParentId">The trust or federation a school belongs to, if any.</param>
/// <param name="PackId">The pack attached here, if any (a school in a trust usually has none of its own).</param>
public sealed record Organisation(long Id, string Name, OrganisationLevel Level, long? ParentId, string? PackId)
{
    /// <summary>The month the school year starts (default September): consent and "this school year" follow it.</summary>
    public int YearStartMonth { get; init; } = 9;

    /// <summary>The day of <see cref="YearStartMonth"/> the school year starts (default the 1st).</summary>
    public int YearStartDay { get; init; } = 1;

    /// <summary>The school's own email domains, e.g. <c>testbourne.hants.sch.uk</c>; official accounts must use one.</summary>
    public IReadOnlyList<string> EmailDomains { get; init; } = [];
}
