using System.Globalization;
using System.Security.Claims;
using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Users;
using Lanyard.Web.Users;

namespace Lanyard.Web.Pages.Governance;

/// <summary>
/// The organisation a governance page is about: the signed-in member of staff's school, or for
/// trust and federation staff the trust itself or one of its schools. An organisation out of their
/// scope is never shown (the page answers 404, as for one that does not exist).
/// </summary>
/// <param name="Choices">Every organisation the user may look at (the trust or federation first, then its schools).</param>
/// <param name="Chosen">The one shown, with the shipped pack attached there.</param>
/// <param name="PersonId">The signed-in member of staff.</param>
/// <param name="Roles">Their roles, from the sign-in.</param>
internal sealed record GovernanceScope(IReadOnlyList<Organisation> Choices, SchoolInContext Chosen, long PersonId, IReadOnlyList<StaffRole> Roles)
{
    /// <summary>The organisation shown.</summary>
    public Organisation Organisation => Chosen.School;

    /// <summary>The organisation whose register holds the versions (the school, or its trust or federation).</summary>
    public Organisation? PackFrom => Chosen.PackFrom;

    /// <summary>True when there is more than one organisation to pick.</summary>
    public bool HasChoice => Choices.Count > 1;

    /// <summary>The <c>org</c> query value to carry in links, or null when there is no choice.</summary>
    public string? QueryValue => HasChoice ? Organisation.Id.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary><c>?org=N</c> (or <c>&amp;org=N</c> after <paramref name="separator"/>) when there is a choice to carry; else empty.</summary>
    public string Query(char separator = '?') => QueryValue is { } value ? $"{separator}org={value}" : string.Empty;

    /// <summary>Leadership or governance: who sees every member of staff's declaration and training.</summary>
    public bool Oversees => AccessPolicies.Allows(AccessPolicies.Leadership, Roles) || AccessPolicies.Allows(AccessPolicies.Governance, Roles);

    /// <summary>Whether the user may see a version stored in the register of <paramref name="version"/>'s organisation.</summary>
    public bool Holds(PolicyVersion version) => version.OrganisationId == PackFrom?.Id;

    /// <summary>The scope, or null when the user has no person or organisation, or asked for one out of scope.</summary>
    public static async Task<GovernanceScope?> FindAsync(ClaimsPrincipal user, long? requested, IOrganisationRegister organisations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        if (SignInPrincipal.OrganisationId(user) is not { } homeId || SignInPrincipal.PersonId(user) is not { } personId)
        {
            return null;
        }

        var all = await organisations.ListAsync(cancellationToken);
        if (all.FirstOrDefault(o => o.Id == homeId) is not { } home)
        {
            return null;
        }

        List<Organisation> choices = home.Level == Core.Policies.OrganisationLevel.School ? [home] : [home, .. SchoolsInScope.Of(home.Id, all)];
        var chosen = requested is { } id ? choices.FirstOrDefault(o => o.Id == id) : choices[0];
        return chosen is null ? null : new GovernanceScope(choices, SchoolInContext.Of(chosen, all), personId, SignInPrincipal.Roles(user));
    }
}
