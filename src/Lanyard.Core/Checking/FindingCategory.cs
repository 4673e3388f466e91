namespace Lanyard.Core.Checking;

/// <summary>The fixed vocabulary of finding categories (issue 3, "Verdicts"). Link categories are <c>link.&lt;category&gt;</c>.</summary>
public static class FindingCategory
{
    /// <summary>A pupil on the roster named in the text.</summary>
    public const string PupilName = "pupil-name";

    /// <summary>A pupil tagged.</summary>
    public const string PupilTag = "pupil-tag";

    /// <summary>A member of staff tagged.</summary>
    public const string StaffTag = "staff-tag";

    /// <summary>A UK phone number.</summary>
    public const string Phone = "personal-data.phone";

    /// <summary>An email address.</summary>
    public const string Email = "personal-data.email";

    /// <summary>A UK postcode.</summary>
    public const string Postcode = "personal-data.postcode";

    /// <summary>A street address.</summary>
    public const string Address = "personal-data.address";

    /// <summary>A date of birth.</summary>
    public const string DateOfBirth = "personal-data.dob";

    /// <summary>A National Insurance number.</summary>
    public const string NationalInsuranceNumber = "personal-data.nino";

    /// <summary>An NHS number.</summary>
    public const string NhsNumber = "personal-data.nhs";

    /// <summary>Profanity.</summary>
    public const string Profanity = "language.profanity";

    /// <summary>An insult aimed at a person.</summary>
    public const string Insult = "language.insult";

    /// <summary>An attack on a person for who they are (hate).</summary>
    public const string IdentityAttack = "language.identity-attack";

    /// <summary>A threat.</summary>
    public const string Threat = "language.threat";

    /// <summary>Sexual content.</summary>
    public const string Sexual = "language.sexual";

    /// <summary>The context classifier judges the whole text offensive or hateful.</summary>
    public const string Offensive = "language.offensive";

    /// <summary>Party-political campaigning.</summary>
    public const string Political = "political";

    /// <summary>Commercial promotion.</summary>
    public const string Commercial = "commercial";

    /// <summary>A request for personal details ("DM us your address").</summary>
    public const string PersonalDetailsRequest = "personal-details-request";

    /// <summary>Prefix of link categories: <c>link.gambling</c>, <c>link.adult</c>, <c>link.shortener</c>.</summary>
    public const string LinkPrefix = "link.";

    /// <summary>Location metadata in a photo.</summary>
    public const string PhotoLocation = "photo.location";

    /// <summary>Camera owner or serial number in a photo.</summary>
    public const string PhotoOwner = "photo.owner";

    /// <summary>A photo that cannot be read as an image.</summary>
    public const string PhotoUnreadable = "photo.unreadable";

    /// <summary>A named member of staff criticised or disparaged.</summary>
    public const string ColleagueCriticism = "colleague-criticism";

    /// <summary>A private (direct) message to a pupil.</summary>
    public const string DirectMessageToPupil = "direct-message.pupil";

    /// <summary>Posted while a lesson is taking place.</summary>
    public const string LessonTime = "usage.lesson-time";

    /// <summary>The school named or associated on a personal account.</summary>
    public const string SchoolIdentity = "school-identity";

    /// <summary>Link categories the web category database and shortener list produce.</summary>
    public static IReadOnlyList<string> LinkCategories { get; } =
        ["link.adult", "link.gambling", "link.hate", "link.drugs", "link.dangerous-material", "link.malware", "link.phishing", "link.shortener"];

    /// <summary>Every category a finding can have; a pack may cite only these (or a prefix of them with <c>*</c>).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        PupilName, PupilTag, StaffTag, Phone, Email, Postcode, Address, DateOfBirth, NationalInsuranceNumber, NhsNumber,
        Profanity, Insult, IdentityAttack, Threat, Sexual, Offensive, Political, Commercial, PersonalDetailsRequest,
        .. LinkCategories, PhotoLocation, PhotoOwner, PhotoUnreadable, SchoolIdentity, ColleagueCriticism, DirectMessageToPupil, LessonTime,
    ];
}
