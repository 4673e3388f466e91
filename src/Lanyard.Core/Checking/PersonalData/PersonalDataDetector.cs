using System.Buffers;

namespace Lanyard.Core.Checking.PersonalData;

/// <summary>
/// Runs every UK personal-data detector over a draft and reports what they find in text order,
/// without overlaps. When two spans overlap the more specific reading wins: an NHS number is not also
/// a phone number, and an address that runs on to its postcode is not reported twice.
/// </summary>
/// <remarks>
/// Specificity, most to least: NHS number (checksummed), National Insurance number, email, date of
/// birth, street address, phone number, postcode. Every detector here needs a digit, except email which
/// needs an '@', so a post with neither costs one vectorised search and allocates nothing.
/// </remarks>
public sealed class PersonalDataDetector : ITextDetector
{
    private static readonly SearchValues<char> Triggers = SearchValues.Create("0123456789@");

    [ThreadStatic]
    private static List<Detection>? _threadAccepted;

    [ThreadStatic]
    private static List<Detection>? _threadFound;

    private readonly ITextDetector[] _detectors =
    [
        new NhsNumberDetector(),
        new NationalInsuranceNumberDetector(),
        new EmailAddressDetector(),
        new DateOfBirthDetector(),
        new StreetAddressDetector(),
        new UkPhoneNumberDetector(),
        new UkPostcodeDetector(),
    ];

    /// <inheritdoc />
    public string Name => "personal-data";

    /// <inheritdoc />
    public void Detect(string text, List<Detection> detections)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(detections);

        if (!text.AsSpan().ContainsAny(Triggers))
        {
            return;
        }

        // The detectors are listed most specific first, so the first span to claim characters keeps them.
        // Scratch lists are per thread and reused: a post costs no allocation beyond what it finds.
        var accepted = _threadAccepted ??= [];
        var found = _threadFound ??= [];
        accepted.Clear();
        foreach (var detector in _detectors)
        {
            found.Clear();
            detector.Detect(text, found);
            foreach (var detection in found)
            {
                AddIfFree(accepted, detection);
            }
        }

        detections.AddRange(accepted);
        accepted.Clear();
        found.Clear();
    }

    /// <summary>Inserts <paramref name="candidate"/> into <paramref name="accepted"/> (kept in start order) unless it overlaps one already there.</summary>
    private static void AddIfFree(List<Detection> accepted, Detection candidate)
    {
        var low = 0;
        var high = accepted.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (accepted[mid].Start < candidate.Start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        var candidateEnd = candidate.Start + candidate.Length;
        if (low > 0 && accepted[low - 1].Start + accepted[low - 1].Length > candidate.Start)
        {
            return;
        }

        if (low < accepted.Count && accepted[low].Start < candidateEnd)
        {
            return;
        }

        accepted.Insert(low, candidate);
    }
}
