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
public sealed record Organisation(long Id, string Name, OrganisationLevel Level, long? ParentId, string? PackId);
