namespace Lanyard.Core.Checking.PersonalData;

/// <summary>
/// Finds street addresses by their shape: a house number (with an optional letter or range, and an
/// optional "Flat 3," before it), one to four capitalised words, then a street type ("Road", "Rd",
/// "Close", "Mews"…). When a UK postcode follows within <see cref="PostcodeWindow"/> characters of
/// town-name text, the span grows over the town and postcode and the score rises from
/// <see cref="StreetOnlyScore"/> to <see cref="WithPostcodeScore"/>.
/// </summary>
/// <remarks>
/// What is accepted, and why: "4 Mill Lane", "12a High Street", "Flat 3, 27 Oak Road", "10 St John's
/// Road, Leeds LS6 3QH". What is not: a number after a label that counts things ("Chapter 12", "Year 6",
/// "Room 4", "Page 3"); a street type with no name before it ("12 Street Art"); lower-case words ("in 2
/// days"); a type that is an everyday word (Way, Park, Hill, Close…) followed by a lower-case word
/// ("3 Pupils Way to school"), unless a postcode follows; "St"/"Dr" followed by a capitalised name
/// (Saint, Doctor).
/// </remarks>
public sealed class StreetAddressDetector : ITextDetector
{
    /// <summary>How far after the street name a postcode may start and still belong to the address.</summary>
    public const int PostcodeWindow = 60;

    /// <summary>Confidence for a house number and street with no postcode.</summary>
    public const double StreetOnlyScore = 0.6;

    /// <summary>Confidence when a postcode follows.</summary>
    public const double WithPostcodeScore = 0.9;

    private const int MaxNameWords = 4;
    private const int MaxWordLength = 20;

    private static readonly WordSet CountingLabels = new(
    [
        "year", "yr", "class", "chapter", "ch", "page", "pages", "p", "pp", "room", "platform", "stage", "level", "group",
        "team", "under", "grade", "set", "form", "step", "part", "section", "week", "day", "days", "top", "ks", "issue",
        "vol", "volume", "episode", "series", "season", "figure", "fig", "table", "question", "q", "bus", "route",
        "line", "aged", "age", "size", "no", "number", "lesson", "unit", "term", "book", "verse", "psalm", "hymn",
    ]);

    private static readonly WordSet FlatWords = new(["flat", "apartment", "apt"]);

    /// <inheritdoc />
    public string Name => "personal-data.address";

    /// <inheritdoc />
    public void Detect(string text, List<Detection> detections)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(detections);

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
            if (TryMatch(text, d, out var start, out var end, out var score) && start >= lastEnd)
            {
                detections.Add(new Detection(
                    FindingCategory.Address, start, end - start, "A street address.", "[address removed]", score));
                i = lastEnd = end;
            }
            else
            {
                i = TextScan.DigitRunEnd(text, d);
            }
        }
    }

    private static bool TryMatch(string text, int d, out int start, out int end, out double score)
    {
        start = end = -1;
        score = 0;
        if (!TextScan.IsBoundary(text, d - 1) || (d >= 2 && text[d - 1] is '-' or '.' or '/' or ',' && TextScan.IsDigit(text[d - 2])))
        {
            return false;
        }

        var i = ReadHouseNumber(text, d);
        if (i < 0)
        {
            return false;
        }

        // Cheapest tests first: almost every number in a post is followed by a lower-case word.
        var next = SkipCommaAndSpace(text, i);
        if (next >= text.Length || next == i || !(TextScan.IsUpper(text[next]) || TextScan.IsDigit(text[next])))
        {
            return false;
        }

        var previous = TextScan.PreviousWord(text, d);
        var afterFlat = FlatWords.Contains(previous);
        if (TextScan.IsDigit(text[next]))
        {
            // Only "Flat 3, 27 Oak Road" has two numbers in a row.
            if (!afterFlat)
            {
                return false;
            }

            i = ReadHouseNumber(text, next);
            if (i < 0)
            {
                return false;
            }
        }

        var typeEnd = ReadStreetName(text, i);
        if (typeEnd < 0 || (!afterFlat && CountingLabels.Contains(previous)))
        {
            return false;
        }

        start = afterFlat ? PreviousWordStart(text, d, previous.Length) : d;
        if (PostcodeMatcher.TryFindNext(text, typeEnd, typeEnd + PostcodeWindow, out var postcodeStart, out var postcodeEnd)
            && IsTownText(text, typeEnd, postcodeStart))
        {
            end = postcodeEnd;
            score = WithPostcodeScore;
            return true;
        }

        if (IsAmbiguousEnding(text, i, typeEnd))
        {
            return false;
        }

        end = typeEnd;
        score = StreetOnlyScore;
        return true;
    }

    /// <summary>Reads "12", "12a", "12A" or "12-14"; returns the index after it, or -1.</summary>
    private static int ReadHouseNumber(string text, int d)
    {
        var i = TextScan.DigitRunEnd(text, d);
        if (i - d > 4 || text[d] == '0')
        {
            return -1;
        }

        if (i + 1 < text.Length && text[i] is '-' or '\u2013' && TextScan.IsDigit(text[i + 1]))
        {
            var rangeEnd = TextScan.DigitRunEnd(text, i + 1);
            if (rangeEnd - i - 1 > 4)
            {
                return -1;
            }

            i = rangeEnd;
        }
        else if (i < text.Length && TextScan.IsAsciiLetter(text[i]) && TextScan.IsBoundary(text, i + 1))
        {
            i++;
        }

        return TextScan.IsBoundary(text, i) ? i : -1;
    }

    /// <summary>
    /// Reads ", Name Name Type" after the house number; returns the end of the street type, or -1 when
    /// the words do not make a street name.
    /// </summary>
    private static int ReadStreetName(string text, int i)
    {
        i = SkipCommaAndSpace(text, i);
        for (var word = 0; word <= MaxNameWords; word++)
        {
            var wordEnd = ReadCapitalisedWord(text, i);
            if (wordEnd < 0)
            {
                return -1;
            }

            var kind = word == 0 ? 0 : StreetTypes.Classify(text.AsSpan(i, wordEnd - i));
            if (kind != 0)
            {
                var isTitle = StreetTypes.IsTitleAbbreviation(text.AsSpan(i, wordEnd - i));
                if (!(isTitle && wordEnd + 1 < text.Length && text[wordEnd] == ' ' && TextScan.IsUpper(text[wordEnd + 1])))
                {
                    return ExtendOverTypes(text, wordEnd);
                }
            }

            if (wordEnd >= text.Length || text[wordEnd] != ' ')
            {
                return -1;
            }

            i = wordEnd + 1;
        }

        return -1;
    }

    /// <summary>"Rose Hill Gardens", "Park Road": a type word can be part of the name, so take the last of a run of them.</summary>
    private static int ExtendOverTypes(string text, int typeEnd)
    {
        while (typeEnd + 1 < text.Length && text[typeEnd] == ' ')
        {
            var nextEnd = ReadCapitalisedWord(text, typeEnd + 1);
            if (nextEnd < 0 || StreetTypes.Classify(text.AsSpan(typeEnd + 1, nextEnd - typeEnd - 1)) == 0)
            {
                break;
            }

            typeEnd = nextEnd;
        }

        return typeEnd;
    }

    private static int ReadCapitalisedWord(string text, int i)
    {
        if (i >= text.Length || !TextScan.IsUpper(text[i]))
        {
            return -1;
        }

        var j = i + 1;
        while (j < text.Length && j - i < MaxWordLength && (TextScan.IsAsciiLetter(text[j]) || text[j] is '\'' or '\u2019' or '-'))
        {
            j++;
        }

        return TextScan.IsBoundary(text, j) && text[j - 1] is not ('-' or '\'' or '\u2019') ? j : -1;
    }

    /// <summary>An everyday street type ("Way") followed by a lower-case word reads as a sentence, not an address.</summary>
    private static bool IsAmbiguousEnding(string text, int nameStart, int typeEnd)
    {
        var typeStart = typeEnd;
        while (typeStart > nameStart && TextScan.IsAsciiLetter(text[typeStart - 1]))
        {
            typeStart--;
        }

        if (StreetTypes.Classify(text.AsSpan(typeStart, typeEnd - typeStart)) != 2)
        {
            return false;
        }

        return typeEnd + 1 < text.Length && text[typeEnd] == ' ' && TextScan.IsLower(text[typeEnd + 1]);
    }

    /// <summary>Between a street and its postcode only a town may appear: letters, spaces, commas, hyphens, line breaks.</summary>
    private static bool IsTownText(string text, int from, int postcodeStart)
    {
        for (var k = from; k < postcodeStart; k++)
        {
            var c = text[k];
            // A dot is only allowed straight after an abbreviated type ("High St."): elsewhere it ends the sentence.
            var allowed = TextScan.IsAsciiLetter(c) || TextScan.IsSpace(c) || c is ',' or '-' or '\'' or '\n' or '\r' or '\u2019'
                || (c == '.' && k == from);
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipCommaAndSpace(string text, int i)
    {
        if (i < text.Length && text[i] == ',')
        {
            i++;
        }

        while (i < text.Length && TextScan.IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int PreviousWordStart(string text, int d, int wordLength)
    {
        var i = d - 1;
        while (i >= 0 && !TextScan.IsAsciiLetter(text[i]))
        {
            i--;
        }

        return i - wordLength + 1;
    }
}
