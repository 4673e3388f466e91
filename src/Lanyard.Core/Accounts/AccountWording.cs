using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Accounts;

/// <summary>Words for roles, dates and lists in account messages, written for a head teacher rather than a developer.</summary>
internal static class AccountWording
{
    public static string Role(Role role) => role switch
    {
        Policies.Role.Headteacher => "head teacher",
        Policies.Role.DeputyHead => "deputy head",
        Policies.Role.Slt => "senior leadership team",
        Policies.Role.LeadershipTeam => "leadership team",
        Policies.Role.Dsl => "designated safeguarding lead",
        Policies.Role.GoverningBody => "governing board",
        Policies.Role.ChairOfGovernors => "chair of governors",
        Policies.Role.ItManager => "IT manager",
        Policies.Role.Coo => "chief operating officer",
        _ => YamlNaming.Kebab(role).Replace('-', ' '),
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Either(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1],
    };
}
