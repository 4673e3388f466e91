using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Accounts;

/// <summary>What is wrong with one fact of an account, and how to put it right.</summary>
/// <param name="Field">The <see cref="OfficialAccount"/> property to fix.</param>
/// <param name="Message">The explanation.</param>
internal readonly record struct RuleFailure(string Field, string Message);

/// <summary>
/// One check per <see cref="AccountRule"/>: does the account, as recorded, meet the rule? A fact
/// the rule needs but the register lacks counts as not met, because the register has to be able
/// to show the school keeps its policy, not merely fail to show it breaks it.
/// </summary>
internal static class AccountRuleChecks
{
    /// <summary>Words in school names too common to identify a school on their own.</summary>
    private static readonly HashSet<string> GenericNameWords = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "st", "saint", "school", "schools", "primary", "secondary", "community",
        "catholic", "church", "academy", "academies", "learning", "trust", "federation", "infant", "infants",
        "junior", "juniors", "high", "college", "ce", "cofe", "rc", "nursery", "county", "council", "free",
    };

    /// <summary>Null when the rule is met (or does not bite on this account); otherwise what to fix.</summary>
    /// <exception cref="InvalidOperationException">A rule was added to <see cref="AccountRule"/> without a check here.</exception>
    public static RuleFailure? Check(AccountValidator validator, OfficialAccount account, PolicyPack pack, AccountContext context) => validator.Rule switch
    {
        AccountRule.LinkedEmailSchoolDomain => LinkedEmailSchoolDomain(account, context),
        AccountRule.ApprovalRequired => ApprovalRequired(account, validator.ApproverRole, context),
        AccountRule.PlatformMinimumAgeFitsPupils => PlatformMinimumAgeFitsPupils(account, pack, context),
        AccountRule.ParentsInformed => ParentsInformed(account, context),
        AccountRule.SeparateFromPersonalAccounts => SeparateFromPersonalAccounts(account),
        AccountRule.LeadershipNotifiedBeforePupilAccess => LeadershipNotifiedBeforePupilAccess(account, context),
        AccountRule.PolicyLinkRequired => account.HasPolicyLink ? null : new RuleFailure(
            nameof(OfficialAccount.PolicyLinkUrl),
            $"The {account.Platform.Name} page does not link to the school's policy. Add a link to the policy on the school website to the page (it marks the account as officially sanctioned), then record the link."),
        AccountRule.AdminsRestricted => account.Admins.Count > 0 ? null : new RuleFailure(
            nameof(OfficialAccount.Admins),
            "No admins are recorded. Only a limited number of named staff and outside agencies may hold admin or posting rights: list who they are."),
        AccountRule.SafetyMeasuresRequired => account.SafetyMeasures is not null ? null : new RuleFailure(
            nameof(OfficialAccount.SafetyMeasures),
            "No safety measures are recorded. Describe what keeps staff and pupils safe in this space (for example closed membership, moderation of posts, who can join) before it is used."),
        AccountRule.NoPersonalAccountsForSchoolBusiness => account.PersonalAccountLink != PersonalAccountLink.IsPersonalAccount ? null : new RuleFailure(
            nameof(OfficialAccount.PersonalAccountLink),
            $"This is a member of staff's personal {account.Platform.Name} account, and personal accounts must never be used for school business. Create an account for the school, linked to a school email address, and register that instead."),
        AccountRule.NoSchoolEmailOnPersonalAccounts => NoSchoolEmailOnPersonalAccounts(account, context),
        AccountRule.PersonalAccountNotNamedAfterSchool => PersonalAccountNotNamedAfterSchool(account, pack, context),
        _ => throw new InvalidOperationException($"No check is written for the account rule {validator.Rule}."),
    };

    /// <summary>
    /// The head teacher and deputy head sit on the senior leadership team, so their approval is SLT
    /// approval. The reverse does not hold: where a pack names the head teacher (Heathcoat's
    /// "express approval of the Head teacher"), nobody else's approval will do.
    /// </summary>
    public static bool ApprovalRoleSatisfies(Role given, Role required) =>
        given == required
        || (required is Role.Slt or Role.LeadershipTeam or Role.SeniorStaff
            && given is Role.Slt or Role.LeadershipTeam or Role.SeniorStaff or Role.Headteacher or Role.DeputyHead);

    private static RuleFailure? LinkedEmailSchoolDomain(OfficialAccount account, AccountContext context)
    {
        var domains = AccountWording.Either(context.SchoolEmailDomains);
        if (account.LinkedEmail is not { } email)
        {
            return new RuleFailure(
                nameof(OfficialAccount.LinkedEmail),
                $"No linked email address is recorded. The account must be registered to a school email address (@{domains}): link it to one and record it.");
        }

        return context.IsSchoolAddress(email) ? null : new RuleFailure(
            nameof(OfficialAccount.LinkedEmail),
            $"The account is linked to {email}, which is not a school email address. Change the {account.Platform.Name} account's email to a school address (@{domains}) and record it.");
    }

    private static RuleFailure? ApprovalRequired(OfficialAccount account, Role? requiredRole, AccountContext context)
    {
        // The loader refuses an approval-required validator without a role, so null is a defect.
        var required = requiredRole ?? throw new InvalidOperationException("An approval-required validator has no approver role.");
        var who = AccountWording.Role(required);
        if (account.Approval is not { } approval)
        {
            return new RuleFailure(
                nameof(OfficialAccount.Approval),
                $"No approval is recorded. The account needs the approval of the {who}: ask for it, then record who approved it and when.");
        }

        if (!ApprovalRoleSatisfies(approval.Role, required))
        {
            return new RuleFailure(
                nameof(OfficialAccount.Approval),
                $"The account was approved by {approval.Approver} as {AccountWording.Role(approval.Role)}, but the policy needs the approval of the {who}. Ask the {who} to approve it and record that approval.");
        }

        return approval.ApprovedOn <= context.Today ? null : new RuleFailure(
            nameof(OfficialAccount.Approval),
            $"The approval is dated {AccountWording.Date(approval.ApprovedOn)}, which has not come yet. Record the date the {who} actually approved the account.");
    }

    private static RuleFailure? PlatformMinimumAgeFitsPupils(OfficialAccount account, PolicyPack pack, AccountContext context) =>
        account.PupilAccess.PupilsUseIt ? MinimumAgeFailure(account, pack, context) : null;

    /// <summary>
    /// The platform's minimum age against the youngest pupil with access. The minimum is the
    /// higher of the register's figure and any the pack states for the platform (Heathcoat:
    /// Facebook 13), so a pack's own figure is never undercut.
    /// </summary>
    internal static RuleFailure? MinimumAgeFailure(OfficialAccount account, PolicyPack pack, AccountContext context)
    {
        var platform = account.Platform.Name;
        var stated = pack.Parameters.PupilAccess?.MinimumAges
            .Where(m => string.Equals(m.Platform, platform, StringComparison.OrdinalIgnoreCase))
            .Select(m => (int?)m.Age)
            .Max();
        var minimum = account.PlatformMinimumAge is { } recorded && stated is { } packAge
            ? Math.Max(recorded, packAge)
            : account.PlatformMinimumAge ?? stated;
        if (minimum is not { } minimumAge)
        {
            return new RuleFailure(
                nameof(OfficialAccount.PlatformMinimumAge),
                $"Pupils use this account, but {platform}'s minimum age is not recorded. Look up the youngest age {platform}'s terms allow and record it, so it can be checked against the pupils' ages.");
        }

        if (YoungestPupil.Of(account.PupilAccess, context) is not { } youngest)
        {
            return new RuleFailure(
                nameof(OfficialAccount.PupilAccess),
                $"Pupils use this account, but neither their year groups nor their ages are recorded. Record which year groups use it, so their ages can be checked against {platform}'s minimum age of {minimumAge}.");
        }

        return youngest.Age >= minimumAge ? null : new RuleFailure(
            nameof(OfficialAccount.PupilAccess),
            $"{platform}'s terms require users to be at least {minimumAge}, but the youngest pupil with access is {youngest.Age} ({youngest.Basis}). Remove access for pupils under {minimumAge}, or use a platform whose terms allow their age group.");
    }

    private static RuleFailure? ParentsInformed(OfficialAccount account, AccountContext context)
    {
        if (!account.PupilAccess.PupilsUseIt)
        {
            return null;
        }

        return account.ParentsInformedOn is { } told && told <= context.Today ? null : new RuleFailure(
            nameof(OfficialAccount.ParentsInformedOn),
            $"Pupils use this account, but there is no record that their parents were told. Tell parents the school uses {account.Platform.Name} with their children, then record the date.");
    }

    private static RuleFailure? SeparateFromPersonalAccounts(OfficialAccount account) => account.PersonalAccountLink switch
    {
        PersonalAccountLink.IsPersonalAccount => new RuleFailure(
            nameof(OfficialAccount.PersonalAccountLink),
            "This is a member of staff's personal account. An educational account must be a dedicated one, entirely separate from the staff member's personal accounts: set one up and register it instead."),
        PersonalAccountLink.LinkedToPersonalAccount => new RuleFailure(
            nameof(OfficialAccount.PersonalAccountLink),
            "The account is linked to a member of staff's personal account. It must be entirely separate: unlink it from the personal account, then record it as separate."),
        _ => null,
    };

    private static RuleFailure? LeadershipNotifiedBeforePupilAccess(OfficialAccount account, AccountContext context)
    {
        if (!account.PupilAccess.PupilsUseIt)
        {
            return null;
        }

        if (account.LeadershipNotifiedOn is not { } told || told > context.Today)
        {
            return new RuleFailure(
                nameof(OfficialAccount.LeadershipNotifiedOn),
                $"Pupils have access, but no member of the leadership team has been told the account's address and identity. Tell a member of the leadership team ({account}) and record the date before pupils use it.");
        }

        return account.PupilAccess.Since is { } since && told > since ? new RuleFailure(
            nameof(OfficialAccount.LeadershipNotifiedOn),
            $"Pupils had access from {AccountWording.Date(since)}, but the leadership team was told only on {AccountWording.Date(told)}; it must be told before pupils get access. Suspend pupil access until a member of the leadership team has confirmed the account.") : null;
    }

    private static RuleFailure? NoSchoolEmailOnPersonalAccounts(OfficialAccount account, AccountContext context)
    {
        if (account.PersonalAccountLink != PersonalAccountLink.IsPersonalAccount || account.LinkedEmail is not { } email || !context.IsSchoolAddress(email))
        {
            return null;
        }

        return new RuleFailure(
            nameof(OfficialAccount.LinkedEmail),
            $"This personal account is registered to the school email address {email}. A school email address must never be used for a personal account: change the account's email to a personal one.");
    }

    private static RuleFailure? PersonalAccountNotNamedAfterSchool(OfficialAccount account, PolicyPack pack, AccountContext context)
    {
        if (account.PersonalAccountLink != PersonalAccountLink.IsPersonalAccount)
        {
            return null;
        }

        var shown = string.Concat(Normalise(account.Handle), "|", Normalise(account.DisplayName), "|", Normalise(account.Url?.ToString()));
        var names = context.SchoolNames.Append(pack.Organisation.Name).Concat(pack.Organisation.MemberSchools);
        var match = names.FirstOrDefault(name => NameMarkers(name).Any(marker => shown.Contains(marker, StringComparison.Ordinal)));
        return match is null ? null : new RuleFailure(
            account.Handle is not null ? nameof(OfficialAccount.Handle) : nameof(OfficialAccount.DisplayName),
            $"This personal account's name ({account.DisplayName ?? account.Address}) refers to the school ({match}). A personal account must not be named after the school or linked to it: rename it.");
    }

    /// <summary>
    /// The strings that identify a school inside a handle: its whole name squashed together, and
    /// each distinctive word of it ("Chapmanslade" of "Chapmanslade School"), so "@ChapmansladeMissB"
    /// is caught but "@bethbakes" is not.
    /// </summary>
    private static IEnumerable<string> NameMarkers(string name)
    {
        var whole = Normalise(name);
        if (whole.Length >= 3)
        {
            yield return whole;
        }

        foreach (var word in name.Split([' ', '-', '\'', '’', '.', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var marker = Normalise(word);
            if (marker.Length >= 4 && !GenericNameWords.Contains(marker))
            {
                yield return marker;
            }
        }
    }

    private static string Normalise(string? text) =>
        text is null ? string.Empty : string.Concat(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
}
