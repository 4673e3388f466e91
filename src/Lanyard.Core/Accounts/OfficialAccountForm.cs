using System.Globalization;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Accounts;

/// <summary>
/// An official account as someone types it into the register's form: text as entered, dates from
/// date pickers, choices written kebab-cased. <see cref="AddOfficialAccount"/> and
/// <see cref="UpdateOfficialAccount"/> turn it into an <see cref="OfficialAccount"/> and answer with
/// errors keyed by these property names (an admin's by <c>Admins[i].Name</c> and so on), so a page
/// can show each message beside its input. Two keys name a group of inputs, because the rule behind
/// them reads the group together: <c>Approval</c> (approver, role, date) and <c>PupilAccess</c>
/// (pupils use it, year groups, youngest age, since).
/// </summary>
public sealed record OfficialAccountForm
{
    /// <summary>The platform's name, e.g. <c>Facebook</c>; LinkedIn and Xing are recognised as professional networks.</summary>
    public string? Platform { get; init; }

    /// <summary>The handle, e.g. <c>@TestbourneCS</c>; a handle or a URL is needed.</summary>
    public string? Handle { get; init; }

    /// <summary>The account's web address.</summary>
    public string? Url { get; init; }

    /// <summary>The name shown on the profile, when it differs from the handle.</summary>
    public string? DisplayName { get; init; }

    /// <summary><c>communications</c>, <c>curriculum</c> or <c>closed-space</c>.</summary>
    public string? Purpose { get; init; }

    /// <summary>The email address the platform account is registered to.</summary>
    public string? LinkedEmail { get; init; }

    /// <summary>Who holds admin or posting rights; rows left wholly blank are ignored.</summary>
    public IReadOnlyList<Admin> Admins { get; init; } = [];

    /// <summary>The approver, from the people register.</summary>
    public long? ApproverPersonId { get; init; }

    /// <summary>The approver's name, when not chosen from the register.</summary>
    public string? ApproverName { get; init; }

    /// <summary>The approver's email.</summary>
    public string? ApproverEmail { get; init; }

    /// <summary>The role they approved it in, kebab-cased as in the packs, e.g. <c>headteacher</c>, <c>slt</c>.</summary>
    public string? ApproverRole { get; init; }

    /// <summary>The day it was approved.</summary>
    public DateOnly? ApprovedOn { get; init; }

    /// <summary>When a member of the leadership team was told the account's address and identity.</summary>
    public DateOnly? LeadershipNotifiedOn { get; init; }

    /// <summary>True when pupils use the account; the pupil fields below are read only then.</summary>
    public bool PupilsUseIt { get; init; }

    /// <summary>Year groups with access, e.g. <c>7, 8, 9</c>, <c>7-9</c> or <c>Reception, Year 1</c>.</summary>
    public string? PupilYearGroups { get; init; }

    /// <summary>The youngest pupil's age, when known by hand; the roster's dates of birth are used as well.</summary>
    public int? YoungestPupilAge { get; init; }

    /// <summary>The day pupils first had access.</summary>
    public DateOnly? PupilAccessSince { get; init; }

    /// <summary>The youngest age the platform's terms allow.</summary>
    public int? PlatformMinimumAge { get; init; }

    /// <summary>When parents were told pupils use it.</summary>
    public DateOnly? ParentsInformedOn { get; init; }

    /// <summary>The link to the school's policy shown on the account's page.</summary>
    public string? PolicyLinkUrl { get; init; }

    /// <summary>Ticked when someone checked the page links to the policy but has no address to record.</summary>
    public bool PolicyLinkConfirmed { get; init; }

    /// <summary>What keeps staff and pupils safe in the space.</summary>
    public string? SafetyMeasures { get; init; }

    /// <summary>When someone next confirms the entry is still true.</summary>
    public DateOnly? NextAttestationOn { get; init; }

    /// <summary><c>separate</c> (the default when blank), <c>linked-to-personal-account</c> or <c>is-personal-account</c>.</summary>
    public string? PersonalAccountLink { get; init; }

    /// <summary>The form filled in from a stored account, for an edit page.</summary>
    public static OfficialAccountForm From(OfficialAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new OfficialAccountForm
        {
            Platform = account.Platform.Name,
            Handle = account.Handle,
            Url = account.Url?.ToString(),
            DisplayName = account.DisplayName,
            Purpose = YamlNaming.Kebab(account.Purpose),
            LinkedEmail = account.LinkedEmail?.ToString(),
            Admins = [.. account.Admins.Select(a => new Admin { PersonId = a.PersonId, Name = a.Name, Email = a.Email?.ToString() })],
            ApproverPersonId = account.Approval?.Approver.PersonId,
            ApproverName = account.Approval?.Approver.Name,
            ApproverEmail = account.Approval?.Approver.Email?.ToString(),
            ApproverRole = account.Approval is { } approval ? YamlNaming.Kebab(approval.Role) : null,
            ApprovedOn = account.Approval?.ApprovedOn,
            LeadershipNotifiedOn = account.LeadershipNotifiedOn,
            PupilsUseIt = account.PupilAccess.PupilsUseIt,
            PupilYearGroups = account.PupilAccess.YearGroups.Count == 0
                ? null
                : string.Join(", ", account.PupilAccess.YearGroups.Select(y => y == 0 ? "Reception" : y.ToString(CultureInfo.InvariantCulture))),
            YoungestPupilAge = account.PupilAccess.YoungestAge,
            PupilAccessSince = account.PupilAccess.Since,
            PlatformMinimumAge = account.PlatformMinimumAge,
            ParentsInformedOn = account.ParentsInformedOn,
            PolicyLinkUrl = account.PolicyLinkUrl?.ToString(),
            PolicyLinkConfirmed = account.PolicyLinkConfirmed,
            SafetyMeasures = account.SafetyMeasures,
            NextAttestationOn = account.NextAttestationOn,
            PersonalAccountLink = YamlNaming.Kebab(account.PersonalAccountLink),
        };
    }

    /// <summary>One admin row: a person from the register, or a name (and email) for someone outside it.</summary>
    public sealed record Admin
    {
        /// <summary>The people register's id, when chosen from it.</summary>
        public long? PersonId { get; init; }

        /// <summary>The person's or agency's name.</summary>
        public string? Name { get; init; }

        /// <summary>Their email.</summary>
        public string? Email { get; init; }
    }
}
