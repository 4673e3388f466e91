using Lanyard.Core.Accounts;
using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Time;

namespace Lanyard.Data;

/// <summary>
/// Demo official accounts, one or two per demo school, registered through
/// <see cref="AddOfficialAccount"/> exactly as the register's form does, so each is judged under its
/// school's pack and Chapmanslade's first account raises the policy review its pack ties to it
/// (review.01). One Testbourne account is held (no senior leader's approval yet, 5b.21) and one is
/// overdue its attestation, so the register has something to show. Every handle is invented.
/// Seeded only into a school with no accounts, after the demo staff, who run and approve them.
/// </summary>
public static class DemoAccounts
{
    private sealed record DemoAccount(
        string School,
        string Platform,
        string Handle,
        string Purpose,
        string EmailLocalPart,
        StaffRole? ApproverRole,
        string? ApprovedAs,
        int AttestationInDays,
        string? DisplayName = null);

    private static readonly DemoAccount[] Accounts =
    [
        new("Chapmanslade School", "Facebook", "@ChapmansladeSchool", "communications", "office", StaffRole.Headteacher, "headteacher", 180, "Chapmanslade School"),
        new("Testbourne Community School", "X (Twitter)", "@TestbourneCS", "communications", "comms", StaffRole.Slt, "slt", -3, "Testbourne Community School"),
        new("Testbourne Community School", "YouTube", "@TestbourneMusic", "curriculum", "music", null, null, 200, "Testbourne Music"),
        new("Cambrian Valley Academy", "Facebook", "@CambrianValleyAcademy", "communications", "office", StaffRole.Headteacher, "headteacher", 150),
        new("St Mary's Catholic Primary School", "Instagram", "@StMarysSefton", "communications", "office", StaffRole.Headteacher, "headteacher", 120, "St Mary's Catholic Primary"),
        new("Heathcoat Primary School", "Facebook", "@HeathcoatPrimary", "communications", "office", StaffRole.Headteacher, "headteacher", 240, "Heathcoat Primary School"),
    ];

    /// <summary>Seeds the accounts of each demo school that has none; returns how many were added.</summary>
    /// <exception cref="InvalidOperationException">A demo account was refused: the demo no longer fits its pack.</exception>
    public static async Task<int> SeedAsync(
        IOrganisationRegister organisations,
        IPeopleRegister people,
        IOfficialAccountRegister accounts,
        IReviewTaskRegister reviews,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(clock);
        var registered = (await organisations.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(o => o.Name, StringComparer.OrdinalIgnoreCase);
        var today = UkTime.Today(clock);
        var added = 0;
        foreach (var group in Accounts.GroupBy(a => a.School))
        {
            if (!registered.TryGetValue(group.Key, out var school) || school.EmailDomains.Count == 0
                || (await accounts.ListAsync(school.Id, cancellationToken).ConfigureAwait(false)).Count > 0)
            {
                continue;
            }

            var staff = await people.ListAsync(school.Id, PersonKind.Staff, cancellationToken).ConfigureAwait(false);
            long? Holder(StaffRole role) => staff.FirstOrDefault(p => p.Roles.Contains(role))?.Id;
            var domain = school.EmailDomains[0];
            foreach (var demo in group)
            {
                var approver = demo.ApproverRole is { } role ? Holder(role) : null;
                var commsLead = Holder(StaffRole.CommsLead);
                var form = new OfficialAccountForm
                {
                    Platform = demo.Platform,
                    Handle = demo.Handle,
                    DisplayName = demo.DisplayName,
                    Purpose = demo.Purpose,
                    LinkedEmail = $"{demo.EmailLocalPart}@{domain}",
                    Admins = commsLead is { } id ? [new OfficialAccountForm.Admin { PersonId = id }] : [new OfficialAccountForm.Admin { Name = "School office" }],
                    ApproverPersonId = approver,
                    ApproverName = demo.ApproverRole is not null && approver is null ? "Head teacher" : null,
                    ApproverRole = demo.ApprovedAs,
                    ApprovedOn = demo.ApprovedAs is null ? null : today.AddDays(-120),
                    LeadershipNotifiedOn = today.AddDays(-118),
                    PlatformMinimumAge = 13,
                    PolicyLinkUrl = $"https://www.{domain}/policies/social-media",
                    NextAttestationOn = today.AddDays(demo.AttestationInDays),
                };
                var result = await AddOfficialAccount.HandleAsync(new AddOfficialAccount.Request(school.Id, form), organisations, people, accounts, reviews, clock, cancellationToken).ConfigureAwait(false);
                if (!result.Registered)
                {
                    throw new InvalidOperationException($"Demo account {demo.Platform} {demo.Handle} was refused: {string.Join(" ", result.Errors.Values)}");
                }

                added++;
            }
        }

        return added;
    }
}
