using System.Buffers;

namespace Lanyard.Core.Checking.PersonalData;

/// <summary>
/// Finds dates of birth: a date (numeric, ISO or written out) with a birth cue close by — "born", "DOB",
/// "D.O.B", "date of birth", "birthday", or an age phrase ("turns 7", "turned 11", "7 today"), since a
/// date next to an age gives the birth date away. A date with no cue is an event, not a birth date.
/// </summary>
/// <remarks>
/// The cue must sit within <see cref="CueWindowBefore"/> characters before the date or
/// <see cref="CueWindowAfter"/> after it. A post with no cue word anywhere costs one vectorised search;
/// otherwise dates are found and only the small window around each is searched for cues.
/// </remarks>
public sealed class DateOfBirthDetector : ITextDetector
{
    /// <summary>How far before a date a cue may be ("Born on Tuesday 3rd March 2015").</summary>
    public const int CueWindowBefore = 48;

    /// <summary>How far after a date a cue may be ("3/3/2015 is my DOB").</summary>
    public const int CueWindowAfter = 32;

    private static readonly string[] CueList = ["born", "dob", "d.o.b", "date of birth", "birth date", "birthday", "bday", "b'day"];
    private static readonly SearchValues<string> Cues = SearchValues.Create(CueList, StringComparison.OrdinalIgnoreCase);
    private static readonly WordSet CueWords = new(CueList);

    // Every cue, including the age phrases' fixed words: a post with none of these has no birth date.
    private static readonly SearchValues<string> AnyCue = SearchValues.Create(
        [.. CueList, "turn", "today"], StringComparison.OrdinalIgnoreCase);
    private static readonly WordSet AgeVerbs = new(["turns", "turned", "turning"]);

    /// <inheritdoc />
    public string Name => "personal-data.dob";

    /// <inheritdoc />
    public void Detect(string text, List<Detection> detections)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(detections);

        if (!text.AsSpan().ContainsAny(AnyCue))
        {
            return;
        }

        var i = 0;
        var lastEnd = 0;
        while (i < text.Length)
        {
            var offset = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (offset < 0)
            {
                return;
            }

            var d = i + offset;
            if (DateMatcher.TryMatchAt(text, d, out var start, out var end) && start >= lastEnd)
            {
                if (HasBirthCue(text, start, end))
                {
                    detections.Add(new Detection(
                        FindingCategory.DateOfBirth, start, end - start, "A date of birth.", "[date of birth removed]"));
                }

                i = lastEnd = end;
            }
            else
            {
                i = TextScan.DigitRunEnd(text, d);
            }
        }
    }

    private static bool HasBirthCue(string text, int start, int end)
    {
        var from = Math.Max(0, start - CueWindowBefore);
        var to = Math.Min(text.Length, end + CueWindowAfter);
        return HasCueWord(text, from, to) || HasAgePhrase(text, from, to);
    }

    /// <summary>Whether a cue occurs between <paramref name="from"/> and <paramref name="to"/> as a whole word.</summary>
    private static bool HasCueWord(string text, int from, int to)
    {
        var i = from;
        while (i < to)
        {
            var hit = text.AsSpan(i, to - i).IndexOfAny(Cues);
            if (hit < 0)
            {
                return false;
            }

            var at = i + hit;
            if (TextScan.IsBoundary(text, at - 1) && CueEndsWord(text, at, to))
            {
                return true;
            }

            i = at + 1;
        }

        return false;
    }

    /// <summary>The cue found at <paramref name="at"/> ends at a word boundary ("born", not "borne").</summary>
    private static bool CueEndsWord(string text, int at, int to)
    {
        // SearchValues reports where a cue starts, not which: try the cue lengths that fit.
        for (var length = 3; length <= 13 && at + length <= to; length++)
        {
            if (TextScan.IsBoundary(text, at + length) && CueWords.Contains(text.AsSpan(at, length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"turns 7", "turned 11", "turning 5", or a number followed by "today" ("7 today", "7th birthday" is a cue already).</summary>
    private static bool HasAgePhrase(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!TextScan.IsDigit(text[i]) || !TextScan.IsBoundary(text, i - 1))
            {
                continue;
            }

            var numberEnd = TextScan.DigitRunEnd(text, i);
            if (numberEnd - i > 3)
            {
                continue;
            }

            var before = TextScan.PreviousWord(text, i);
            if (AgeVerbs.Contains(before))
            {
                return true;
            }

            var after = numberEnd;
            if (after < text.Length && text[after] == ' ')
            {
                after++;
            }

            if (after + 5 <= text.Length && text.AsSpan(after, 5).Equals("today", StringComparison.OrdinalIgnoreCase)
                && TextScan.IsBoundary(text, after + 5))
            {
                return true;
            }

            i = numberEnd - 1;
        }

        return false;
    }
}
