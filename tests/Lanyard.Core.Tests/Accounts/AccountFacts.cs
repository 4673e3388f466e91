using Lanyard.Core.Accounts;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Tests.Accounts;

/// <summary>
/// The facts of one register entry, defaulting to an account that meets every rule of every pack
/// (school email, head teacher's approval, admins, leadership told, policy link, safety measures,
/// no pupils). Each test changes the one fact it is about.
/// </summary>
internal sealed record AccountFacts
{
    /// <summary>Stands for "the school's own address" until the pack's domain is known.</summary>
    public const string SchoolAddress = "<school>";

    public static DateOnly Today { get; } = new(2025, 3, 3);

    public static AccountFacts Compliant { get; } = new();

    public AccountPlatform Platform { get; init; } = AccountPlatform.Named("Twitter");

    public string? Handle { get; init; } = "@SchoolClass6";

    public string? Url { get; init; }

    public AccountPurpose Purpose { get; init; } = AccountPurpose.Curriculum;

    public string? LinkedEmail { get; init; } = SchoolAddress;

    public IReadOnlyList<AccountPerson> Admins { get; init; } = [new AccountPerson(11, "Beth Baker")];

    public AccountApproval? Approval { get; init; } = new(new AccountPerson(1, "Head"), Role.Headteacher, new DateOnly(2025, 1, 6));

    public DateOnly? LeadershipNotifiedOn { get; init; } = new DateOnly(2025, 1, 7);

    public PupilAccess PupilAccess { get; init; } = PupilAccess.None;

    public int? PlatformMinimumAge { get; init; } = 13;

    public DateOnly? ParentsInformedOn { get; init; } = new DateOnly(2025, 1, 8);

    public string? PolicyLinkUrl { get; init; } = "https://school.example/policies/social-media";

    public bool PolicyLinkConfirmed { get; init; }

    public string? SafetyMeasures { get; init; } = "Closed membership; every post moderated by the class teacher";

    public DateOnly? NextAttestationOn { get; init; } = new DateOnly(2025, 9, 1);

    public PersonalAccountLink PersonalAccountLink { get; init; } = PersonalAccountLink.Separate;

    public string? DisplayName { get; init; }

    /// <summary>The email domain each school's context uses.</summary>
    public static string Domain(string packId) => packId switch
    {
        "chapmanslade" => "chapmanslade.wilts.sch.uk",
        "testbourne" => "testbourne.hants.sch.uk",
        "cambrian" => "cambriantrust.org.uk",
        "st-marys-sefton" => "stmarys.sefton.sch.uk",
        "heathcoat" => "heathcoat.devon.sch.uk",
        _ => throw new ArgumentException(packId, nameof(packId)),
    };

    public static AccountContext Context(string packId, IEnumerable<DateOnly>? datesOfBirth = null) =>
        new(Today, [Domain(packId)], datesOfBirth);

    public OfficialAccount Build(string packId) => new(
        Platform,
        Handle,
        Url,
        organisationId: 7,
        Purpose,
        LinkedEmail == SchoolAddress ? $"office@{Domain(packId)}" : LinkedEmail,
        Admins,
        Approval,
        LeadershipNotifiedOn,
        PupilAccess,
        PlatformMinimumAge,
        ParentsInformedOn,
        PolicyLinkUrl,
        PolicyLinkConfirmed,
        SafetyMeasures,
        NextAttestationOn,
        PersonalAccountLink,
        DisplayName);

    /// <summary>Validates these facts under a shipped pack, as of <see cref="Today"/>.</summary>
    public AccountValidation ValidateUnder(string packId, IEnumerable<DateOnly>? datesOfBirth = null) =>
        ValidateOfficialAccount.Handle(Build(packId), BuiltInPacks.Get(packId), Context(packId, datesOfBirth));
}
