using Lanyard.Core.Checking;

namespace Lanyard.Web.Checking;

/// <summary>What each finding category is called in plain words; the category id is shown beside it.</summary>
internal static class FindingWords
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [FindingCategory.PupilName] = "Pupil named",
        [FindingCategory.PupilTag] = "Pupil tagged",
        [FindingCategory.StaffTag] = "Member of staff tagged",
        [FindingCategory.Phone] = "Phone number",
        [FindingCategory.Email] = "Email address",
        [FindingCategory.Postcode] = "Postcode",
        [FindingCategory.Address] = "Street address",
        [FindingCategory.DateOfBirth] = "Date of birth",
        [FindingCategory.NationalInsuranceNumber] = "National Insurance number",
        [FindingCategory.NhsNumber] = "NHS number",
        [FindingCategory.Profanity] = "Swearing",
        [FindingCategory.Insult] = "Insult",
        [FindingCategory.IdentityAttack] = "Attack on who someone is",
        [FindingCategory.Threat] = "Threat",
        [FindingCategory.Sexual] = "Sexual content",
        [FindingCategory.Offensive] = "Offensive tone",
        [FindingCategory.Political] = "Political campaigning",
        [FindingCategory.Commercial] = "Advertising",
        [FindingCategory.PersonalDetailsRequest] = "Asks for personal details",
        ["link.adult"] = "Link to an adult site",
        ["link.gambling"] = "Link to a gambling site",
        ["link.hate"] = "Link to a hate site",
        ["link.drugs"] = "Link to a drugs site",
        ["link.dangerous-material"] = "Link to dangerous material",
        ["link.malware"] = "Link to malware",
        ["link.phishing"] = "Link to a phishing site",
        ["link.shortener"] = "Shortened link",
        [FindingCategory.PhotoLocation] = "Location in a photo",
        [FindingCategory.PhotoOwner] = "Camera owner in a photo",
        [FindingCategory.PhotoUnreadable] = "Photo could not be read",
        [FindingCategory.ColleagueCriticism] = "Criticism of a colleague",
        [FindingCategory.DirectMessageToPupil] = "Private message to a pupil",
        [FindingCategory.LessonTime] = "Posted during a lesson",
        [FindingCategory.SchoolIdentity] = "School named on a personal account",
    };

    /// <summary>The plain words for a category; the id itself for one without.</summary>
    public static string Label(string category) =>
        Labels.TryGetValue(category, out var label) ? label : category;

    /// <summary>Where a finding that is not a span of the text is: a photo, a tag, the audience.</summary>
    public static string Place(ReportedFinding reported)
    {
        ArgumentNullException.ThrowIfNull(reported);
        var finding = reported.Finding;
        return (finding.Category, reported.Subject) switch
        {
            (var c, { } photo) when c.StartsWith("photo.", StringComparison.Ordinal) => $"The photo {photo}",
            (_, { } tag) => $"The tag {tag}",
            (FindingCategory.PupilTag or FindingCategory.StaffTag, null) => "A tag",
            _ when finding.Subject == "photos" => "The photos",
            (FindingCategory.DirectMessageToPupil, _) => "Who receives it",
            (FindingCategory.LessonTime, _) => "When it goes out",
            _ => "The post as a whole",
        };
    }
}
