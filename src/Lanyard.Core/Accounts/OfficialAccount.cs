using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Accounts;

/// <summary>
/// An entry in the official account register: the facts the packs' account rules are judged on
/// (CLAUSES.md §3 row 13 and §4 "Social media account"). Checked for shape when made and never
/// changed after; whether the facts satisfy a school's policy is <see cref="ValidateOfficialAccount"/>'s
/// job, because that depends on the pack and on today.
/// </summary>
public sealed class OfficialAccount
{
    /// <summary>Records an account.</summary>
    /// <param name="platform">The platform it is on.</param>
    /// <param name="handle">Its handle or username, e.g. <c>@TestbourneCS</c>; a handle or a URL is needed.</param>
    /// <param name="url">Its web address (http or https).</param>
    /// <param name="organisationId">The school, trust or federation that owns it.</param>
    /// <param name="purpose">What it is for.</param>
    /// <param name="linkedEmail">The email address the platform account is registered to.</param>
    /// <param name="admins">Who holds admin or posting rights.</param>
    /// <param name="approval">Who approved it, in which role, and when.</param>
    /// <param name="leadershipNotifiedOn">When a member of the leadership team was told its address and identity.</param>
    /// <param name="pupilAccess">Whether pupils use it, and which; none when omitted.</param>
    /// <param name="platformMinimumAge">The youngest age the platform's own terms allow, when known.</param>
    /// <param name="parentsInformedOn">When parents were told pupils use it.</param>
    /// <param name="policyLinkUrl">The link to the school's policy shown on the account's page.</param>
    /// <param name="policyLinkConfirmed">True when someone has checked the page links to the policy but no address was recorded.</param>
    /// <param name="safetyMeasures">How the account keeps staff and pupils safe (closed membership, moderation…).</param>
    /// <param name="nextAttestationOn">When someone next confirms the entry is still true.</param>
    /// <param name="personalAccountLink">How it stands to the personal accounts of the staff member who runs it.</param>
    /// <param name="displayName">The name shown on its profile, when it differs from the handle.</param>
    /// <exception cref="ArgumentException">A fact has the wrong shape; the message says which and how to fix it.</exception>
    public OfficialAccount(
        AccountPlatform platform,
        string? handle,
        string? url,
        long organisationId,
        AccountPurpose purpose,
        string? linkedEmail = null,
        IEnumerable<AccountPerson>? admins = null,
        AccountApproval? approval = null,
        DateOnly? leadershipNotifiedOn = null,
        PupilAccess? pupilAccess = null,
        int? platformMinimumAge = null,
        DateOnly? parentsInformedOn = null,
        string? policyLinkUrl = null,
        bool policyLinkConfirmed = false,
        string? safetyMeasures = null,
        DateOnly? nextAttestationOn = null,
        PersonalAccountLink personalAccountLink = PersonalAccountLink.Separate,
        string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(platform);
        Platform = platform;
        Handle = OptionalText(handle, nameof(handle), 200);
        if (Handle is not null && Handle.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"A handle has no spaces; '{Handle}' is not a handle. Put the profile's name in the display name.", nameof(handle));
        }

        Url = OptionalWebAddress(url, nameof(url));
        if (Handle is null && Url is null)
        {
            throw new ArgumentException("Enter the account's handle or its web address, so people can find it.", nameof(handle));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(organisationId);
        OrganisationId = organisationId;
        if (!Enum.IsDefined(purpose))
        {
            throw new ArgumentException($"Unknown account purpose {purpose}.", nameof(purpose));
        }

        Purpose = purpose;
        LinkedEmail = string.IsNullOrWhiteSpace(linkedEmail) ? null : EmailAddress.Parse(linkedEmail, nameof(linkedEmail));
        Admins = [.. admins ?? []];
        var repeated = Admins.Where(a => a.PersonId is not null).GroupBy(a => a.PersonId).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"{repeated.First()} is listed as an admin more than once.", nameof(admins));
        }

        Approval = approval;
        LeadershipNotifiedOn = leadershipNotifiedOn;
        PupilAccess = pupilAccess ?? PupilAccess.None;
        if (platformMinimumAge is < 0 or > 21)
        {
            throw new ArgumentOutOfRangeException(nameof(platformMinimumAge), platformMinimumAge, "A platform's minimum age is between 0 and 21.");
        }

        PlatformMinimumAge = platformMinimumAge;
        ParentsInformedOn = parentsInformedOn;
        PolicyLinkUrl = OptionalWebAddress(policyLinkUrl, nameof(policyLinkUrl));
        PolicyLinkConfirmed = policyLinkConfirmed;
        SafetyMeasures = OptionalText(safetyMeasures, nameof(safetyMeasures), 2000);
        NextAttestationOn = nextAttestationOn;
        if (!Enum.IsDefined(personalAccountLink))
        {
            throw new ArgumentException($"Unknown personal account link {personalAccountLink}.", nameof(personalAccountLink));
        }

        PersonalAccountLink = personalAccountLink;
        DisplayName = OptionalText(displayName, nameof(displayName), 200);
    }

    /// <summary>The platform it is on.</summary>
    public AccountPlatform Platform { get; }

    /// <summary>Its handle, trimmed; null when only a URL is known.</summary>
    public string? Handle { get; }

    /// <summary>Its web address; null when only a handle is known.</summary>
    public Uri? Url { get; }

    /// <summary>The owning school, trust or federation.</summary>
    public long OrganisationId { get; }

    /// <summary>What it is for.</summary>
    public AccountPurpose Purpose { get; }

    /// <summary>The email address the platform account is registered to.</summary>
    public EmailAddress? LinkedEmail { get; }

    /// <summary>Who holds admin or posting rights; empty when none are recorded.</summary>
    public IReadOnlyList<AccountPerson> Admins { get; }

    /// <summary>Who approved it and when; null when no approval is recorded.</summary>
    public AccountApproval? Approval { get; }

    /// <summary>When the leadership team was told its address and identity.</summary>
    public DateOnly? LeadershipNotifiedOn { get; }

    /// <summary>Whether pupils use it, and which.</summary>
    public PupilAccess PupilAccess { get; }

    /// <summary>The youngest age the platform's terms allow, when recorded.</summary>
    public int? PlatformMinimumAge { get; }

    /// <summary>When parents were told pupils use it.</summary>
    public DateOnly? ParentsInformedOn { get; }

    /// <summary>The policy link on the account's page, when its address is recorded.</summary>
    public Uri? PolicyLinkUrl { get; }

    /// <summary>True when the page was checked and links to the policy, though no address was recorded.</summary>
    public bool PolicyLinkConfirmed { get; }

    /// <summary>True when the account's page links to the school's policy.</summary>
    public bool HasPolicyLink => PolicyLinkUrl is not null || PolicyLinkConfirmed;

    /// <summary>How it keeps staff and pupils safe; null when nothing is recorded.</summary>
    public string? SafetyMeasures { get; }

    /// <summary>When the entry is next to be confirmed as still true.</summary>
    public DateOnly? NextAttestationOn { get; }

    /// <summary>How it stands to the personal accounts of the staff member who runs it.</summary>
    public PersonalAccountLink PersonalAccountLink { get; }

    /// <summary>The profile's display name, when recorded.</summary>
    public string? DisplayName { get; }

    /// <summary>How people find it: the handle, else the URL.</summary>
    public string Address => Handle ?? Url!.ToString();

    /// <summary>"Facebook @TestbourneCS", for messages.</summary>
    public override string ToString() => $"{Platform.Name} {Address}";

    private static string? OptionalText(string? text, string paramName, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length <= maxLength
            ? trimmed
            : throw new ArgumentException($"{paramName} must be {maxLength} characters or fewer.", paramName);
    }

    private static Uri? OptionalWebAddress(string? text, string paramName)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new ArgumentException($"'{text}' is not a web address: write it in full, starting https://.", paramName);
    }
}
