using System.Globalization;
using Lanyard.Cli.Checking;
using Lanyard.Core.Casework;
using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;
using Lanyard.Core.Time;
using Lanyard.Core.Workflows;

namespace Lanyard.Cli.Cases;

/// <summary>
/// Reads the values of <c>lanyard cases …</c> options as the web forms read their fields: enums in
/// kebab case, <c>key=value</c> pairs, ISO 8601 times, parties. A value that cannot be read throws
/// <see cref="CliInputException"/> with the usage exit code and a message naming the option and what it accepts.
/// </summary>
internal static class CaseArguments
{
    /// <summary>Someone named with <c>--party</c>: a register person (kind read from the register) or a description.</summary>
    public sealed record PartySpec(long? PersonId, string? Description, PartyKind? Kind, PartyRole Role);

    /// <summary>An enum member from its kebab-case name, e.g. <c>parent-post</c>.</summary>
    public static T Kebab<T>(string text, string option)
        where T : struct, Enum =>
        TryKebab<T>(text) ?? throw Usage($"{option}: '{text}' is not one of: {Names<T>()}.");

    /// <summary>An enum member from its kebab-case name, or null when <paramref name="text"/> is null.</summary>
    public static T? OptionalKebab<T>(string? text, string option)
        where T : struct, Enum => text is null ? null : Kebab<T>(text, option);

    /// <summary>The kebab-case names of every member, comma separated, for messages and help.</summary>
    public static string Names<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => WorkflowText.Kebab(v)));

    /// <summary><c>key=value</c> pairs (values may contain '='), each key once.</summary>
    public static Dictionary<string, string> Pairs(IEnumerable<string>? items, string option)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items ?? [])
        {
            var at = item.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                throw Usage($"{option}: '{item}' is not key=value.");
            }

            var key = item[..at].Trim();
            if (!pairs.TryAdd(key, item[(at + 1)..]))
            {
                throw Usage($"{option}: '{key}' is given twice.");
            }
        }

        return pairs;
    }

    /// <summary>How the time options read their value, for their help text.</summary>
    public const string TimeHelp = "ISO 8601; a bare time such as 2025-10-06T09:30 is UK time (BST or GMT, as the clock showed); "
        + "with Z or an offset (2025-10-06T08:30Z, 2025-10-06T09:30+01:00) it is exactly that instant";

    /// <summary>
    /// An ISO 8601 time. With <c>Z</c> or an offset (<c>2025-10-06T08:30Z</c>, <c>2025-10-06T09:30:00+01:00</c>)
    /// it is exactly that instant; without one (<c>2025-10-06T09:30</c>) it is UK clock time, as the web
    /// forms read it (<see cref="UkTime.Read"/>): a time in the hour the clocks skip is refused, and one in
    /// the hour they repeat is refused asking for the offset that says which.
    /// </summary>
    public static DateTimeOffset? Instant(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd"];
        var trimmed = text.Trim();
        if (!DateTime.TryParseExact(trimmed, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var typed))
        {
            throw Usage($"{option}: '{text}' is not an ISO 8601 time such as 2025-10-06T09:30 (UK time) or 2025-10-06T09:30+01:00.");
        }

        if (typed.Kind != DateTimeKind.Unspecified)
        {
            // Z or an offset was written: that instant, whatever the UK clock said.
            return DateTimeOffset.ParseExact(trimmed, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        }

        var reading = UkTime.Read(typed);
        return reading.Problem switch
        {
            UkTimeProblem.None => reading.Instant,
            UkTimeProblem.Ambiguous => throw Usage($"{option}: {reading.Error} Write it with its offset: "
                + $"{typed.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)}+01:00 for BST, {typed.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)}+00:00 for GMT."),
            _ => throw Usage($"{option}: {reading.Error}"),
        };
    }

    /// <summary>
    /// A party: <c>person:ID:ROLE</c> for someone in the register, or <c>public:DESCRIPTION:ROLE</c> /
    /// <c>unknown:DESCRIPTION:ROLE</c> for someone outside it (the description may contain colons and
    /// may be quoted). ROLE is subject, alleged-perpetrator or witness.
    /// </summary>
    public static PartySpec Party(string spec)
    {
        var first = spec.IndexOf(':', StringComparison.Ordinal);
        var last = spec.LastIndexOf(':');
        if (first <= 0 || last <= first)
        {
            throw Usage($"--party: '{spec}' is not person:ID:ROLE, public:\"DESCRIPTION\":ROLE or unknown:\"DESCRIPTION\":ROLE.");
        }

        var kind = spec[..first].Trim().ToLowerInvariant();
        var middle = spec[(first + 1)..last].Trim().Trim('"').Trim();
        var role = Kebab<PartyRole>(spec[(last + 1)..].Trim(), "--party role");
        switch (kind)
        {
            case "person":
                return long.TryParse(middle, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    ? new PartySpec(id, null, null, role)
                    : throw Usage($"--party: '{middle}' is not a person id (see the people register).");
            case "public" or "unknown":
                return new PartySpec(null, middle, kind == "public" ? PartyKind.Public : PartyKind.Unknown, role);
            default:
                throw Usage($"--party: '{kind}' must be person, public or unknown.");
        }
    }

    /// <summary>A school in the register by id or exact name (case-insensitive).</summary>
    public static async Task<Organisation?> SchoolAsync(string text, IOrganisationRegister organisations, TextWriter error)
    {
        var all = await organisations.ListAsync(CancellationToken.None).ConfigureAwait(false);
        var schools = all.Where(o => o.Level == OrganisationLevel.School).ToList();
        var found = schools.FirstOrDefault(o => o.Id.ToString(CultureInfo.InvariantCulture) == text.Trim() || string.Equals(o.Name, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            error.WriteLine($"--school: no school '{text}' in the register. Schools: {string.Join("; ", schools.Select(o => $"{o.Id.ToString(CultureInfo.InvariantCulture)} {o.Name}"))}");
        }

        return found;
    }

    private static T? TryKebab<T>(string text)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (T?)v).FirstOrDefault(v => string.Equals(WorkflowText.Kebab(v!.Value), text.Trim(), StringComparison.OrdinalIgnoreCase));

    private static CliInputException Usage(string message) => new(CaseExit.Usage, message);
}
