using System.Text.RegularExpressions;

namespace Lanyard.Core.Casework.Letters;

/// <summary>
/// The placeholders a letter template may use, written <c>{{name}}</c>. The list is closed: a
/// template naming anything else is refused when it is saved, so a typing slip cannot reach a
/// parent as a literal <c>{{recipent.name}}</c>.
/// </summary>
public static partial class LetterPlaceholders
{
    /// <summary>The school's name (from the register).</summary>
    public const string SchoolName = "school.name";

    /// <summary>The case reference (from the case).</summary>
    public const string CaseReference = "case.reference";

    /// <summary>The date the letter is issued (from the clock).</summary>
    public const string Date = "date";

    /// <summary>The content's web address (from the case or its evidence, or given).</summary>
    public const string ContentUrl = "content.url";

    /// <summary>The evidence list with capture times and SHA-256 hashes (from the case's evidence).</summary>
    public const string EvidenceList = "evidence.list";

    /// <summary>The platform or website (given).</summary>
    public const string ContentPlatform = "content.platform";

    /// <summary>Who the letter is to (given).</summary>
    public const string RecipientName = "recipient.name";

    /// <summary>Who signs it (given).</summary>
    public const string SignatoryName = "signatory.name";

    /// <summary>The signatory's role (given).</summary>
    public const string SignatoryRole = "signatory.role";

    /// <summary>When the meeting is (given).</summary>
    public const string MeetingDateTime = "meeting.datetime";

    /// <summary>Where the meeting is (given).</summary>
    public const string MeetingPlace = "meeting.place";

    /// <summary>Every placeholder, with what fills it.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [SchoolName] = "the school's name, from the register",
        [CaseReference] = "the case reference",
        [Date] = "the date the letter is issued",
        [ContentUrl] = "the web address of the content (from the case, or given)",
        [EvidenceList] = "the evidence list with capture times and SHA-256 hashes (from the case, or given)",
        [ContentPlatform] = "the platform or website (given)",
        [RecipientName] = "who the letter is to (given)",
        [SignatoryName] = "who signs it (given)",
        [SignatoryRole] = "the signatory's role (given)",
        [MeetingDateTime] = "when the meeting is (given)",
        [MeetingPlace] = "where the meeting is (given)",
    };

    /// <summary>The placeholders always taken from the records, never typed in, so a letter cannot misstate them.</summary>
    public static IReadOnlySet<string> FromRecords { get; } = new HashSet<string>([SchoolName, CaseReference, Date], StringComparer.Ordinal);

    /// <summary>The placeholders a template uses, in order of first use.</summary>
    public static IReadOnlyList<string> UsedIn(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return [.. Placeholder().Matches(template).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>What is wrong with a template's placeholders: unknown names and braces that do not form one. Empty when all is well.</summary>
    public static IReadOnlyList<string> Problems(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var problems = new List<string>();
        var unknown = UsedIn(template).Where(n => !All.ContainsKey(n)).ToList();
        if (unknown.Count > 0)
        {
            problems.Add("Unknown placeholder" + (unknown.Count == 1 ? " " : "s ") + string.Join(", ", unknown.Select(n => "{{" + n + "}}")) +
                ". The placeholders are: " + string.Join(", ", All.Keys.Select(n => "{{" + n + "}}")) + ".");
        }

        var stray = Placeholder().Replace(template, string.Empty);
        if (stray.Contains("{{", StringComparison.Ordinal) || stray.Contains("}}", StringComparison.Ordinal))
        {
            problems.Add("A placeholder is not written as {{name}} (lower-case letters, dots and hyphens between double braces).");
        }

        return problems;
    }

    /// <summary>Fills the template: each placeholder with a non-blank value is replaced; the rest stay as written and are listed.</summary>
    public static RenderedLetter Render(string template, IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var unfilled = new List<string>();
        var text = Placeholder().Replace(template, match =>
        {
            var name = match.Groups["name"].Value;
            if (values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }

            if (!unfilled.Contains(name, StringComparer.Ordinal))
            {
                unfilled.Add(name);
            }

            return match.Value;
        });
        return new RenderedLetter(text, unfilled);
    }

    [GeneratedRegex(@"\{\{\s*(?<name>[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
