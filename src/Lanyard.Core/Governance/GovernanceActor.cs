using Lanyard.Core.Organisations;
using Lanyard.Core.People;

namespace Lanyard.Core.Governance;

/// <summary>
/// The signed-in member of staff, read from the people register by the person id the host gives
/// (web: the cookie principal's person; CLI: the person named). Roles always come from the
/// register. Who may draft, edit or withdraw a policy version and record triggers: the head
/// teacher, deputy head, SLT, governors, the chair of governors and the COO — the people who
/// prepare policies for a governing body; anyone else is refused.
/// </summary>
internal static class GovernanceActor
{
    public static readonly StaffRole[] PolicyEditors =
        [StaffRole.Headteacher, StaffRole.DeputyHead, StaffRole.Slt, StaffRole.Governor, StaffRole.ChairOfGovernors, StaffRole.Coo];

    /// <summary>The actor when they are staff of <paramref name="packFrom"/> or of a school under it; else null with an error added.</summary>
    public static async Task<Person?> LoadAsync(long personId, Organisation packFrom, IReadOnlyList<Organisation> all, IPeopleRegister people, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var person = await people.GetAsync(personId, cancellationToken).ConfigureAwait(false);
        if (person is null || person.Kind != PersonKind.Staff || !Belongs(person.OrganisationId, packFrom, all))
        {
            errors["actor"] = "You are not a member of staff of this organisation.";
            return null;
        }

        return person;
    }

    public static bool Belongs(long organisationId, Organisation packFrom, IReadOnlyList<Organisation> all) =>
        organisationId == packFrom.Id || all.Any(o => o.Id == organisationId && o.ParentId == packFrom.Id);

    public static bool MayEdit(Person person) => person.Roles.Any(PolicyEditors.Contains);
}
