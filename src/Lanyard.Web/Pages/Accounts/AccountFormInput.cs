using Lanyard.Core.Accounts;

namespace Lanyard.Web.Pages.Accounts;

/// <summary>
/// The register form as the browser posts it: <see cref="OfficialAccountForm"/>'s fields with
/// setters for model binding and a fixed number of admin rows. The use cases' error keys are
/// <see cref="OfficialAccountForm"/>'s property names, which these share, so each error finds its input.
/// </summary>
internal sealed class AccountFormInput
{
    /// <summary>How many admin rows the form offers; blank rows are ignored.</summary>
    public const int AdminRows = 5;

    /// <summary>See <see cref="OfficialAccountForm.Platform"/>.</summary>
    public string? Platform { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.Handle"/>.</summary>
    public string? Handle { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.Url"/>.</summary>
    public string? Url { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.DisplayName"/>.</summary>
    public string? DisplayName { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.Purpose"/>.</summary>
    public string? Purpose { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.LinkedEmail"/>.</summary>
    public string? LinkedEmail { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.Admins"/>; always <see cref="AdminRows"/> rows on the page.</summary>
    public List<AdminRow> Admins { get; set; } = [];

    /// <summary>See <see cref="OfficialAccountForm.ApproverPersonId"/>.</summary>
    public long? ApproverPersonId { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.ApproverName"/>.</summary>
    public string? ApproverName { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.ApproverEmail"/>.</summary>
    public string? ApproverEmail { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.ApproverRole"/>.</summary>
    public string? ApproverRole { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.ApprovedOn"/>.</summary>
    public DateOnly? ApprovedOn { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.LeadershipNotifiedOn"/>.</summary>
    public DateOnly? LeadershipNotifiedOn { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.PupilsUseIt"/>.</summary>
    public bool PupilsUseIt { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.PupilYearGroups"/>.</summary>
    public string? PupilYearGroups { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.YoungestPupilAge"/>.</summary>
    public int? YoungestPupilAge { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.PupilAccessSince"/>.</summary>
    public DateOnly? PupilAccessSince { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.PlatformMinimumAge"/>.</summary>
    public int? PlatformMinimumAge { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.ParentsInformedOn"/>.</summary>
    public DateOnly? ParentsInformedOn { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.PolicyLinkUrl"/>.</summary>
    public string? PolicyLinkUrl { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.PolicyLinkConfirmed"/>.</summary>
    public bool PolicyLinkConfirmed { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.SafetyMeasures"/>.</summary>
    public string? SafetyMeasures { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.NextAttestationOn"/>.</summary>
    public DateOnly? NextAttestationOn { get; set; }

    /// <summary>See <see cref="OfficialAccountForm.PersonalAccountLink"/>.</summary>
    public string? PersonalAccountLink { get; set; } = "separate";

    /// <summary>The inputs filled in from a stored account, for the edit page.</summary>
    public static AccountFormInput From(OfficialAccountForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new AccountFormInput
        {
            Platform = form.Platform,
            Handle = form.Handle,
            Url = form.Url,
            DisplayName = form.DisplayName,
            Purpose = form.Purpose,
            LinkedEmail = form.LinkedEmail,
            Admins = [.. form.Admins.Select(a => new AdminRow { PersonId = a.PersonId, Name = a.Name, Email = a.Email })],
            ApproverPersonId = form.ApproverPersonId,
            ApproverName = form.ApproverName,
            ApproverEmail = form.ApproverEmail,
            ApproverRole = form.ApproverRole,
            ApprovedOn = form.ApprovedOn,
            LeadershipNotifiedOn = form.LeadershipNotifiedOn,
            PupilsUseIt = form.PupilsUseIt,
            PupilYearGroups = form.PupilYearGroups,
            YoungestPupilAge = form.YoungestPupilAge,
            PupilAccessSince = form.PupilAccessSince,
            PlatformMinimumAge = form.PlatformMinimumAge,
            ParentsInformedOn = form.ParentsInformedOn,
            PolicyLinkUrl = form.PolicyLinkUrl,
            PolicyLinkConfirmed = form.PolicyLinkConfirmed,
            SafetyMeasures = form.SafetyMeasures,
            NextAttestationOn = form.NextAttestationOn,
            PersonalAccountLink = form.PersonalAccountLink,
        }.WithAdminRows();
    }

    /// <summary>The form the use cases read. Rows are kept in place, blank ones included, so <c>Admins[i]</c> errors point at row i.</summary>
    public OfficialAccountForm ToForm() => new()
    {
        Platform = Platform,
        Handle = Handle,
        Url = Url,
        DisplayName = DisplayName,
        Purpose = Purpose,
        LinkedEmail = LinkedEmail,
        Admins = [.. Admins.Take(AdminRows).Select(a => new OfficialAccountForm.Admin { PersonId = a.PersonId, Name = a.Name, Email = a.Email })],
        ApproverPersonId = ApproverPersonId,
        ApproverName = ApproverName,
        ApproverEmail = ApproverEmail,
        ApproverRole = ApproverRole,
        ApprovedOn = ApprovedOn,
        LeadershipNotifiedOn = LeadershipNotifiedOn,
        PupilsUseIt = PupilsUseIt,
        PupilYearGroups = PupilYearGroups,
        YoungestPupilAge = YoungestPupilAge,
        PupilAccessSince = PupilAccessSince,
        PlatformMinimumAge = PlatformMinimumAge,
        ParentsInformedOn = ParentsInformedOn,
        PolicyLinkUrl = PolicyLinkUrl,
        PolicyLinkConfirmed = PolicyLinkConfirmed,
        SafetyMeasures = SafetyMeasures,
        NextAttestationOn = NextAttestationOn,
        PersonalAccountLink = PersonalAccountLink,
    };

    /// <summary>Pads (or trims) the admin rows to <see cref="AdminRows"/>, so the page always offers the same number.</summary>
    public AccountFormInput WithAdminRows()
    {
        Admins = [.. Admins.Take(AdminRows)];
        while (Admins.Count < AdminRows)
        {
            Admins.Add(new AdminRow());
        }

        return this;
    }

    /// <summary>One admin row.</summary>
    public sealed class AdminRow
    {
        /// <summary>A member of staff from the register.</summary>
        public long? PersonId { get; set; }

        /// <summary>A name, for someone outside the register (or to override the register's).</summary>
        public string? Name { get; set; }

        /// <summary>Their email.</summary>
        public string? Email { get; set; }
    }
}
