using Lanyard.Core.Policies;

namespace Lanyard.Core.Organisations;

/// <summary>An organisation to add to the register, already validated by <see cref="RegisterOrganisation"/>.</summary>
/// <param name="Name">The organisation's name.</param>
/// <param name="Level">School, trust or federation.</param>
/// <param name="ParentId">The trust or federation a school belongs to, if any.</param>
/// <param name="PackId">The pack attached here, if any.</param>
public sealed record NewOrganisation(string Name, OrganisationLevel Level, long? ParentId, string? PackId);
